import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { MemberRow } from "@/db/queries/members";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { Role } from "@/lib/domain/values";
import type { Locale } from "@/lib/format";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/members/actions", () => ({ changeMemberRole: vi.fn(), removeMember: vi.fn(), transferOwnership: vi.fn(), revokeInvitation: vi.fn(), inviteMember: vi.fn() }));
const { MemberList } = await import("./member-list");
const { InvitationList } = await import("./invitation-list");
const { InviteForm } = await import("./invite-form");

const joinedAt = new Date("2026-03-04T10:00:00Z");
const members: MemberRow[] = [
  { userId: "u-owner", name: "Olive Owner", email: "olive@example.com", role: "owner", joinedAt },
  { userId: "u-admin", name: "Adam Admin", email: "adam@example.com", role: "admin", joinedAt },
  { userId: "u-viewer", name: "Vera Viewer", email: "vera@example.com", role: "viewer", joinedAt },
];
const ctxAs = (role: Role, userId: string, locale: Locale = "en-US"): TenantCtx => ({ orgId: "o", userId, role, org: { slug: "cafe", name: "Cafe", currency: "USD", locale } });
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const list = (role: Role, userId: string) => renderToStaticMarkup(createElement(MemberList, { ctx: ctxAs(role, userId), members }));

describe("MemberList", () => {
  it("shows everyone their fellow members with role and joining date, and a viewer no controls", () => {
    const html = list("viewer", "u-viewer");
    expect(count(html, /data-testid="member-row"/g)).toBe(3);
    expect(html).toContain("olive@example.com");
    expect(html).toContain("Mar 4, 2026");
    expect(count(html, /<select/g)).toBe(0);
    expect(html).not.toMatch(/remove-member|transfer-ownership/);
    expect(count(html, /data-testid="member-role"/g)).toBe(3);
  });

  it("dates the joining in the workspace's locale", () => {
    expect(renderToStaticMarkup(createElement(MemberList, { ctx: ctxAs("viewer", "u-viewer", "de-DE"), members }))).toContain("04.03.2026");
    expect(renderToStaticMarkup(createElement(MemberList, { ctx: ctxAs("viewer", "u-viewer", "en-GB"), members }))).toContain("4 Mar 2026");
  });

  it("lets an admin manage non-owners only, and offers no owner role or transfer", () => {
    const html = list("admin", "u-admin");
    expect(count(html, /<select[^>]*data-testid="member-role"/g)).toBe(2); // the owner's row is read-only
    expect(count(html, /data-testid="remove-member"/g)).toBe(2);
    expect(html).not.toContain("transfer-ownership");
    expect(html).not.toMatch(/<option[^>]*value="owner"/);
  });

  it("lets an owner manage everyone and transfer ownership to non-owners other than themselves", () => {
    const html = list("owner", "u-owner");
    expect(count(html, /<select[^>]*data-testid="member-role"/g)).toBe(3);
    expect(count(html, /data-testid="transfer-ownership"/g)).toBe(2);
    expect(count(html, /data-testid="remove-member"/g)).toBe(3);
  });
});

describe("InvitationList and InviteForm", () => {
  it("lists pending invitations with expiry, inviter and a revoke button, never a link", () => {
    const html = renderToStaticMarkup(
      createElement(InvitationList, {
        slug: "cafe",
        locale: "en-US",
        invitations: [
          { id: "i1", email: "new@example.com", role: "member", expiresAt: new Date("2026-12-01T00:00:00Z"), createdAt: joinedAt, invitedBy: "Olive Owner", expired: false },
          { id: "i2", email: "old@example.com", role: "viewer", expiresAt: new Date("2026-01-01T00:00:00Z"), createdAt: joinedAt, invitedBy: null, expired: true },
        ],
      }),
    );
    expect(count(html, /data-testid="invitation-row"/g)).toBe(2);
    expect(count(html, /data-testid="revoke-invitation"/g)).toBe(2);
    expect(html).toContain("Expired Jan 1, 2026");
    expect(html).toContain("Olive Owner");
    expect(html).not.toContain("/invite/");
  });

  it("offers the owner role only to owners", () => {
    const admin = renderToStaticMarkup(createElement(InviteForm, { slug: "cafe", canInviteOwner: false }));
    const owner = renderToStaticMarkup(createElement(InviteForm, { slug: "cafe", canInviteOwner: true }));
    for (const id of ["invite-form", "invite-email", "invite-role", "invite-submit"]) expect(admin).toContain(`data-testid="${id}"`);
    expect(admin).not.toMatch(/<option[^>]*value="owner"/);
    expect(owner).toMatch(/<option[^>]*value="owner"/);
  });
});
