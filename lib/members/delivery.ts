import "server-only";
import { headers } from "next/headers";

export type Delivery = "logged" | "shown";

/**
 * Sends an invitation link. There is no mail dependency yet: when SMTP settings are present (SMTP_URL) the
 * link is logged to the server console, where an operator (or a later mail transport, added here and only
 * here) picks it up; either way the inviting admin sees the link once and can copy it.
 */
export async function deliverInvitation(email: string, link: string): Promise<Delivery> {
  if (!process.env.SMTP_URL) return "shown";
  console.info(`[invitations] Invitation for ${email}: ${link}`);
  return "logged";
}

/**
 * Where links point. AUTH_URL, when configured, wins over request headers: a link that may be emailed
 * should not be built from a Host header a client can set.
 */
export async function requestOrigin(): Promise<string> {
  const configured = process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's own origin
    }
  }
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host");
  if (!host) return "http://localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
