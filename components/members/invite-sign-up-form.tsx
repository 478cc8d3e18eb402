"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";
import { initialFormState } from "@/lib/form-state";
import { signUpFromInvitation } from "@/lib/members/actions";

/** A new account for the invited email: the email is fixed to the invitation's and not sent from here. */
export function InviteSignUpForm({ token, email, workspace }: { token: string; email: string; workspace: string }) {
  const [state, action] = useActionState(signUpFromInvitation, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate data-testid="invite-signup-form">
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <Field label="Email" name="email-shown" id="invite-signup-email" type="email" value={email} readOnly disabled hint="The address this invitation was sent to." />
      <Field label="Your name" name="name" autoComplete="name" required autoFocus defaultValue={state.values?.name} errors={errors.name} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`At least ${PASSWORD_MIN} characters. A passphrase works well.`}
        errors={errors.password}
      />
      <SubmitButton pendingLabel="Creating your account…">Create account and join {workspace}</SubmitButton>
    </form>
  );
}
