import { cardClass } from "@/components/ui/card";
import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { InviteSignUpForm } from "@/components/members/invite-sign-up-form";
import { Button, buttonVariants } from "@/components/ui/button";
import type { InvitationLookup } from "@/db/queries/invitations";
import { auth } from "@/lib/auth";
import { loadInvitation, loadInviteeStep } from "@/lib/invitations/view";
import { signOutToInvitation } from "@/lib/members/actions";

// The path carries a secret: keep it out of search engines and out of Referer headers to other sites.
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

const unavailable: Record<Exclude<InvitationLookup["status"], "valid">, { title: string; body: string }> = {
  expired: { title: "This invitation has expired", body: "Invitations are valid for 7 days. Ask whoever invited you to send a new one." },
  revoked: { title: "This invitation was withdrawn", body: "It can no longer be used. Ask whoever invited you if you should have access." },
  accepted: { title: "This invitation has already been used", body: "Each invitation link works once. If it was you, sign in to open the workspace." },
  unknown: { title: "This invitation link is not valid", body: "Check that you copied the whole link, or ask whoever invited you to send a new one." },
};

const link = "font-medium text-indigo-600 hover:underline";

/** Public: proxy.ts does not guard /invite, and nothing here says whether a workspace exists unless the invitation is usable. */
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const invitation = await loadInvitation(token);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-lg font-semibold tracking-tight text-indigo-700">Techfolio</p>
        <div className={cardClass({ padding: "lg" })} data-testid="invite-page" data-status={invitation.status}>
          {invitation.status === "valid" ? <ValidInvitation token={token} invitation={invitation} /> : <Unavailable {...unavailable[invitation.status]} />}
        </div>
      </div>
    </main>
  );
}

function Unavailable({ title, body }: { title: string; body: string }) {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{title}</h1>
      <p className="text-sm text-slate-600">{body}</p>
      <p className="mt-6 text-center text-sm">
        <Link href="/sign-in" className={link}>
          Go to sign in
        </Link>
      </p>
    </>
  );
}

type Valid = Extract<InvitationLookup, { status: "valid" }>;

async function ValidInvitation({ token, invitation }: { token: string; invitation: Valid }) {
  const { org, role } = invitation;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Join {org.name}</h1>
      <p className="mb-6 text-sm text-slate-600">
        You have been invited to join <strong>{org.name}</strong> on Techfolio as <strong className="capitalize">{role}</strong>.
      </p>
      <NextStep token={token} invitation={invitation} />
    </>
  );
}

/** What the visitor does next: accept as the invited user, switch accounts, sign in, or create the account. */
async function NextStep({ token, invitation: { org, role, email } }: { token: string; invitation: Valid }) {
  const step = await loadInviteeStep((await auth())?.user?.id, email);
  if (step.kind === "accept") return <AcceptInvitationForm token={token} workspace={org.name} role={role} />;
  if (step.kind === "switch-account") return <WrongAccount token={token} invited={email} signedIn={step.signedIn} />;
  if (step.kind === "sign-in") return <SignInToAccept token={token} email={email} />;
  return <InviteSignUpForm token={token} email={email} workspace={org.name} />;
}

function WrongAccount({ token, invited, signedIn }: { token: string; invited: string; signedIn: string }) {
  return (
    <>
      <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="invite-wrong-account">
        This invitation was sent to <strong>{invited}</strong>, but you are signed in as <strong>{signedIn}</strong>. Sign out, then sign in or create an
        account with {invited} to accept it.
      </p>
      <form action={signOutToInvitation.bind(null, token)} className="mt-4">
        <Button type="submit" variant="secondary" block data-testid="invite-sign-out">
          Sign out
        </Button>
      </form>
    </>
  );
}

function SignInToAccept({ token, email }: { token: string; email: string }) {
  return (
    <>
      <p className="text-sm text-slate-600">
        You already have an account with <strong>{email}</strong>. Sign in and you will come back here to join.
      </p>
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className={buttonVariants({ block: true, className: "mt-6" })} data-testid="invite-sign-in">
        Sign in to accept
      </Link>
    </>
  );
}
