/** Methods that change nothing, so a request from another site may make them. */
const SAFE_METHODS = new Set(["GET", "HEAD"]);

/** The first of a header's comma-separated values (the client end of a chain of proxies), or null. */
export const firstHeaderValue = (header: string | null) => header?.split(",")[0]?.trim() || null;

/**
 * True when another site made the request. The host is compared the way Next.js compares it for server
 * actions (`x-forwarded-host`, else `host`): the URL the server sees names its own address, not the one
 * the browser used. `Origin: null` (sandboxed frames, cross-site redirects) counts as foreign; no Origin
 * at all is not a browser's cross-site request (browsers send one with every write).
 */
export function isCrossSite(headers: Headers): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = firstHeaderValue(headers.get("x-forwarded-host")) ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * The one cross-site rule, for the proxy and every route handler: a write (anything but GET and HEAD)
 * made by another site's page is refused, since browsers send cookies with some cross-site posts.
 */
export function isCrossSiteWrite(request: Pick<Request, "method" | "headers">): boolean {
  return !SAFE_METHODS.has(request.method) && isCrossSite(request.headers);
}
