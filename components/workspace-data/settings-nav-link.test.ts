// The "Your data" tab is offered to owners only, and marked current on its page.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/navigation", () => ({ usePathname: () => "/w/cafe/settings/data" }));
const { SettingsNav } = await import("@/components/settings/settings-nav");

describe("SettingsNav's Your data link", () => {
  it("is there for an owner, current on /settings/data", () => {
    const html = renderToStaticMarkup(createElement(SettingsNav, { slug: "cafe", canSeeAudit: true, canManageData: true }));
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/w\/cafe\/settings\/data">Your data<\/a>/);
  });

  it("is not there unless the layout says the user owns the workspace", () => {
    expect(renderToStaticMarkup(createElement(SettingsNav, { slug: "cafe", canSeeAudit: true }))).not.toContain("Your data");
    expect(renderToStaticMarkup(createElement(SettingsNav, { slug: "cafe", canSeeAudit: true, canManageData: false }))).not.toContain("/settings/data");
  });
});
