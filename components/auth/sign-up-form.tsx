"use client";

import { useActionState } from "react";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { signUp } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/form-state";

export function SignUpForm() {
  const [state, action] = useActionState(signUp, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field label="Your name" name="name" autoComplete="name" required autoFocus defaultValue={state.values?.name} errors={errors.name} />
      <Field label="Work email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={errors.email} />
      <NewPasswordField errors={errors.password} />
      <Field
        label="Workspace name"
        name="workspace"
        required
        placeholder="e.g. Harbor Bakery"
        hint="Usually your company's name. You can add client workspaces later."
        defaultValue={state.values?.workspace}
        errors={errors.workspace}
      />
      <SubmitButton pendingLabel="Creating your workspace…">Create account</SubmitButton>
    </form>
  );
}
