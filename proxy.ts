import { NextResponse, type NextRequest } from "next/server";

/** Auth.js's session cookie: plain over http, `__Secure-` prefixed over https. */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/**
 * Sends a visitor without a session cookie to sign in, and back afterwards. Only a convenience: every
 * page, action and route handler verifies the session itself and authorizes against the database. It
 * reads no token, so a page view costs no decryption here and no re-issued cookies.
 */
export default function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/workspaces/:path*", "/w/:path*"],
};
