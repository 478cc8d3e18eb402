/** What every form action returns to `useActionState`: field errors beside fields, a message above, values kept. */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { ok: false };

/**
 * Where to go after signing in. Only the path of the given URL is kept (the proxy sends absolute URLs),
 * so the redirect can never leave this site; "//host" paths would be protocol-relative, so they fall back.
 */
export function safeCallbackUrl(value: unknown, fallback = "/workspaces"): string {
  if (typeof value !== "string" || value === "") return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://localhost");
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
