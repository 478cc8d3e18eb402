import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashInvitationToken, invitationLink, isWellFormedToken, newInvitationToken } from "./tokens";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url, different every time, stored only as their SHA-256", () => {
    const a = newInvitationToken();
    const b = newInvitationToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(createHash("sha256").update(a.token).digest("hex"));
    expect(a.tokenHash).not.toContain(a.token);
    expect(hashInvitationToken(a.token)).toBe(a.tokenHash);
  });

  it("recognise only well-formed tokens", () => {
    expect(isWellFormedToken(newInvitationToken().token)).toBe(true);
    for (const bad of ["", "short", "x".repeat(44), `${"a".repeat(42)}=`, "../../etc/passwd", null, 42]) expect(isWellFormedToken(bad)).toBe(false);
  });

  it("build the link from an origin, with or without a trailing slash", () => {
    expect(invitationLink("https://app.example.com/", "tok")).toBe("https://app.example.com/invite/tok");
    expect(invitationLink("http://localhost:3000", "tok")).toBe("http://localhost:3000/invite/tok");
  });
});
