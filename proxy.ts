import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// Redirects signed-out visitors to /sign-in (and back afterwards). Only a convenience:
// every page and action authorizes on its own against the database.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  matcher: ["/workspaces/:path*", "/w/:path*"],
};
