import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="text-sm text-slate-600 hover:text-slate-900">
        Sign out
      </button>
    </form>
  );
}
