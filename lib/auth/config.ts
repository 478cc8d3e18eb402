import type { NextAuthConfig } from "next-auth";

/** Paths that need a signed-in user; the proxy only redirects, pages and actions still authorize. */
export function isAppPath(pathname: string): boolean {
  return pathname === "/workspaces" || pathname.startsWith("/workspaces/") || pathname.startsWith("/w/");
}

/** Edge-safe part of the Auth.js config (no database, no Node APIs): shared by the proxy and the server. */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      return isAppPath(request.nextUrl.pathname) ? Boolean(auth?.user) : true;
    },
    session({ session, token }) {
      // The session carries the user id only; memberships and roles are read from the database per request.
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    error(error) {
      // A wrong password is expected behaviour, not a server error.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
