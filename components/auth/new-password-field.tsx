import { Field } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";

/** The password of a new account, with the length rule the server applies. */
export function NewPasswordField({ errors }: { errors?: string[] }) {
  return (
    <Field
      label="Password"
      name="password"
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={`At least ${PASSWORD_MIN} characters. A passphrase works well.`}
      errors={errors}
    />
  );
}
