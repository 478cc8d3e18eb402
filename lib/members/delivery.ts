import "server-only";
import { headers } from "next/headers";
import { createTransport, type Transporter } from "nodemailer";
import type { Role } from "@/lib/domain/values";
import { INVITATION_TTL_MS } from "./tokens";

/** "emailed": sent over SMTP; "failed": SMTP is configured but sending did not succeed; "logged": no SMTP, the link went to the server console. The admin always sees the link. */
export type Delivery = "emailed" | "failed" | "logged";

export type InvitationMail = { email: string; link: string; workspace: string; role: Role };

const DEFAULT_FROM = "Techfolio <no-reply@techfolio.app>";
/** The longest an invite action waits for the mail server. */
export const SEND_TIMEOUT_MS = 10_000;
// Each phase is bounded by nodemailer itself; SEND_TIMEOUT_MS bounds them together.
const TIMEOUTS = { dnsTimeout: 5_000, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: SEND_TIMEOUT_MS };

let cached: { url: string; transport: Transporter } | undefined;

/** Created on first use and reused while SMTP_URL stays the same. Timeouts are set unless the URL sets them. */
function transportFor(url: string): Transporter {
  if (cached?.url !== url) {
    const configured = new URL(url);
    for (const [key, value] of Object.entries(TIMEOUTS)) if (!configured.searchParams.has(key)) configured.searchParams.set(key, String(value));
    cached = { url, transport: createTransport(configured.toString()) };
  }
  return cached.transport;
}

/** The SMTP URL and any text derived from it, with the password (raw and decoded) masked. */
function redact(text: string, url: string): string {
  let password = "";
  try {
    password = new URL(url).password;
  } catch {
    return text.replace(/\/\/[^@/\s]*@/g, "//***@");
  }
  if (!password) return text;
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // keep the raw form
  }
  return [password, decoded].filter(Boolean).reduce((out, secret) => out.split(secret).join("***"), text);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const article = (role: Role) => (/^[aeiou]/.test(role) ? "an" : "a");

export function invitationMessage({ email, link, workspace, role }: InvitationMail) {
  const name = workspace.replace(/[\r\n]+/g, " ").trim();
  const days = Math.round(INVITATION_TTL_MS / 86_400_000);
  const text = [
    `You have been invited to join ${name} on Techfolio as ${article(role)} ${role}.`,
    "",
    "Accept the invitation:",
    link,
    "",
    `The link works for ${days} days and only once. If you did not expect this invitation, ignore this email.`,
  ].join("\n");
  const html =
    `<p>You have been invited to join <strong>${escapeHtml(name)}</strong> on Techfolio as ${article(role)} ${escapeHtml(role)}.</p>` +
    `<p><a href="${escapeHtml(link)}">Accept the invitation</a></p>` +
    `<p>The link works for ${days} days and only once. If you did not expect this invitation, ignore this email.</p>`;
  return { to: email, from: process.env.SMTP_FROM || DEFAULT_FROM, subject: `You're invited to ${name} on Techfolio`, text, html };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the mail server within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends an invitation. Call it after the invitation is committed, never inside a transaction: it may wait on
 * the network (at most SEND_TIMEOUT_MS). With SMTP_URL the link is emailed; if that fails the error is logged
 * (without the password) and the result says so. Without SMTP_URL the link is logged to the server console.
 * Either way the inviting admin sees the link once and can copy it.
 */
export async function deliverInvitation(invitation: InvitationMail): Promise<Delivery> {
  const url = process.env.SMTP_URL;
  if (!url) {
    console.info(`[invitations] Invitation for ${invitation.email}: ${invitation.link}`);
    return "logged";
  }
  try {
    await withTimeout(transportFor(url).sendMail(invitationMessage(invitation)), SEND_TIMEOUT_MS);
    return "emailed";
  } catch (error) {
    const e = error as { message?: unknown; code?: unknown; responseCode?: unknown };
    const detail = [e?.code, e?.responseCode, e?.message ?? String(error)].filter((x) => x !== undefined && x !== null && x !== "").join(" ");
    console.error(redact(`[invitations] Could not email the invitation for ${invitation.email} via ${url}: ${detail}`, url));
    return "failed";
  }
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
