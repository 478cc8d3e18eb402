/** What every form action returns to `useActionState`: field errors beside fields, a message above, values kept. */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { ok: false };

/** A form field as a string; anything else posted to an action (it is a public endpoint) reads as empty. */
export function formText(formData: FormData, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value : "";
}

/**
 * Where to go after signing in. Only the path of the given URL is kept (the proxy sends absolute URLs),
 * so the redirect can never leave this site; "//host" paths would be protocol-relative, and other schemes
 * have no path, so they fall back.
 * Backslashes left in the query or fragment are encoded: some clients read a backslash as "/" anywhere.
 */
export function safeCallbackUrl(value: unknown, fallback = "/workspaces"): string {
  if (typeof value !== "string" || value === "") return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://localhost");
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`.replaceAll("\\", "%5C");
  // "javascript:x" or "evil.com:443/" parse as a scheme with an opaque path ("x", "443/"): not a path here.
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

/** A NUL, or half of a UTF-16 surrogate pair without its other half. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = "This text contains characters that can't be saved (a null character or a broken emoji). Remove them and try again.";

/**
 * PostgreSQL's text and jsonb columns cannot hold a NUL, and a lone surrogate is either refused (jsonb,
 * the audit log) or silently replaced; such text is refused with a message instead.
 */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}
