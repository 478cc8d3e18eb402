"use client";

import { useActionState } from "react";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
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
      <NewPasswordField errors={errors.password} />
      <SubmitButton pendingLabel="Creating your account…">Create account and join {workspace}</SubmitButton>
    </form>
  );
}
