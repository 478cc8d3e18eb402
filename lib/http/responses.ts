/**
 * Answers of route handlers. Every one is private and never stored: a shared cache must not hand one
 * user's download, or their 404, to another.
 */

export const PRIVATE_NO_STORE = "private, no-store";

/** How a route words its refusals: plain text for downloads, `{ ok: false, message }` for the app's own fetches. */
export type AnswerFormat = "text" | "json";

/** The same response with `Cache-Control: private, no-store`, whatever the handler set. */
export function privately(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", PRIVATE_NO_STORE);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** A refusal or a short message: `text/plain`, or JSON `{ ok: false, message }`. */
export function refusal(status: number, message: string, format: AnswerFormat = "text"): Response {
  if (format === "json") return jsonAnswer({ ok: false, message }, status);
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PRIVATE_NO_STORE } });
}

export function jsonAnswer(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": PRIVATE_NO_STORE } });
}

/**
 * A file name that cannot break out of the header's quotes or name a path: letters, digits, dot, dash and
 * underscore are kept, anything else becomes a dash.
 */
export function safeFilename(name: string): string {
  const safe = name
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+|-+$/g, "")
    .slice(0, 150);
  return safe || "download";
}

/** A download: `Content-Disposition: attachment` under a safe name. */
export function download(filename: string, body: BodyInit, contentType: string): Response {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${safeFilename(filename)}"`, "Cache-Control": PRIVATE_NO_STORE },
  });
}

/** A CSV download. The BOM makes Excel read the file as UTF-8 (names with accents would garble otherwise). */
export const csvDownload = (filename: string, csv: string) => download(filename, `\uFEFF${csv}`, "text/csv; charset=utf-8");

/** A JSON download, indented so a person can read it too. */
export const jsonDownload = (filename: string, value: unknown) => download(filename, JSON.stringify(value, null, 2), "application/json; charset=utf-8");
