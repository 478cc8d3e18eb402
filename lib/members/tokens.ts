import { createHash, randomBytes } from "node:crypto";

/** An invitation link is valid for a week. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** SHA-256 of a token, hex. Only this is stored, so a leaked database holds no usable link. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 32 random bytes as base64url (43 characters): the secret in the link, shown once, never stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** Tokens come from URLs; anything else cannot name an invitation, so it skips the database. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/invite/${token}`;
}
