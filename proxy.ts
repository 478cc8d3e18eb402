import { NextResponse, type NextRequest } from "next/server";
import { firstHeaderValue, isCrossSiteWrite } from "@/lib/http/cross-site";

/** Auth.js's session cookie: plain over http, `__Secure-` prefixed over https. */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** Pages that are no use without a session; the rest (sign-in, sign-up, invitations) are public. */
const SIGNED_IN_AREAS = /^\/(workspaces|w)(\/|$)/;
/** A year, with subdomains: once a browser has seen the site over https it never tries http again. */
const HSTS = "max-age=31536000; includeSubDomains";

/** True when the browser reached us over https, directly or through a proxy that says so. */
function isHttps(request: NextRequest): boolean {
  return (firstHeaderValue(request.headers.get("x-forwarded-proto")) ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

/**
 * Scripts run only with this response's nonce ('strict-dynamic' lets them load Next's chunks); styles
 * allow inline because the charts set `style` attributes. Nothing may frame the app.
 */
function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

function withSecurityHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

function signInRedirect(request: NextRequest): NextResponse {
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

/**
 * Every response gets the security headers and a fresh script nonce, which Next.js reads from the
 * request's `Content-Security-Policy` and puts on its own scripts. Writes from another site are refused
 * before any action runs (Next.js checks server actions' origin again). A visitor without a session
 * cookie is sent to sign in and back afterwards: only a convenience, since every page, action and route
 * handler verifies the session itself and authorizes against the database. It reads no token, so a page
 * view costs no decryption here and no re-issued cookies.
 */
export default function proxy(request: NextRequest) {
  const https = isHttps(request);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, https);

  if (isCrossSiteWrite(request)) {
    const refused = new NextResponse("Cross-origin request refused.", { status: 403, headers: { "Content-Type": "text/plain" } });
    return withSecurityHeaders(refused, csp, https);
  }
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && SIGNED_IN_AREAS.test(request.nextUrl.pathname)) return withSecurityHeaders(signInRedirect(request), csp, https);

  const headers = new Headers(request.headers);
  // Once the marker of Next's internal sub-requests; it must never reach the app from outside.
  headers.delete("x-middleware-subrequest");
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp, https);
}

export const config = {
  // Everything but the build's static files: pages, actions and route handlers all get the headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
