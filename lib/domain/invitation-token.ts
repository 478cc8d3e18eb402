import { createHash } from "node:crypto";

/**
 * An invitation token's stored form and shape: the database is searched by the hash, and a value that
 * cannot be a token never reaches it. Pure, so db/queries and lib/members share it.
 */

/** SHA-256 of a token, hex. Only this is stored, so a leaked database holds no usable link. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens come from URLs; anything else cannot name an invitation, so it skips the database. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
