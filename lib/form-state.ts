/** What every form action returns to `useActionState`: field errors beside fields, a message above, values kept. */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { ok: false };

/** Only same-site paths: an open redirect through ?callbackUrl= would make phishing easy. */
export function safeCallbackUrl(value: unknown, fallback = "/workspaces"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
