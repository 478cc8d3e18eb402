import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 p-8 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="text-2xl font-semibold" data-testid="not-found-title">
        Page not found
      </h1>
      <p className="text-slate-600">This page doesn&apos;t exist, or you don&apos;t have access to it.</p>
      <Link href="/workspaces" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
        Go to your workspaces
      </Link>
    </main>
  );
}
