import { randomBytes } from "node:crypto";
import { hashInvitationToken } from "@/lib/domain/invitation-token";

export { hashInvitationToken, isWellFormedToken } from "@/lib/domain/invitation-token";

/** An invitation link is valid for a week. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** 32 random bytes as base64url (43 characters): the secret in the link, shown once, never stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/invite/${token}`;
}
