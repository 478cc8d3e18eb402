import type { NextAuthConfig } from "next-auth";

/** The Auth.js options that need no database: JWT sessions, the sign-in page, the session shape. */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" },
  providers: [],
  callbacks: {
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
