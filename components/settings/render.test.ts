import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { AuditLogRow } from "@/db/queries/audit-log";

vi.mock("next/navigation", () => ({ usePathname: () => "/w/cafe/settings/audit" }));
vi.mock("@/lib/settings/actions", () => ({ updateWorkspaceSettings: vi.fn() }));
const { SettingsForm } = await import("./settings-form");
const { SettingsValues } = await import("./settings-values");
const { SettingsNav } = await import("./settings-nav");
const { AuditTable } = await import("./audit-table");
const { AuditPager } = await import("./audit-pager");
const { AuditFilters } = await import("./audit-filters");

const values = { name: "Harbor Bakery", industry: "bespoke_bakeries", sizeBand: "small", employees: "18", currency: "NZD", discountRate: "7.5", fiscalYearStartMonth: "4", locale: "en-GB" };

describe("settings", () => {
  it("gives an admin a form holding the stored values, keeping a custom industry and currency as options", () => {
    const html = renderToStaticMarkup(createElement(SettingsForm, { slug: "cafe", initial: { ...values, currency: "XOF" } }));
    expect(html).toContain('data-testid="settings-form"');
    expect(html).toContain('data-testid="settings-save"');
    expect(html).toMatch(/<option value="bespoke_bakeries" selected="">Bespoke bakeries<\/option>/);
    expect(html).toMatch(/<option value="XOF" selected="">XOF<\/option>/);
    expect(html).toMatch(/<option value="4" selected="">April<\/option>/);
    expect(html).toMatch(/<input[^>]*name="discountRate"[^>]*value="7.5"/);
    expect(html).toMatch(/<option value="en-GB" selected="">English \(United Kingdom\) — 1,234.56 · 9 May 2027<\/option>/);
    expect(html).toContain("Deutsch (Deutschland) — 1.234,56 · 09.05.2027");
  });

  it("shows members and viewers the values without a form", () => {
    const html = renderToStaticMarkup(createElement(SettingsValues, { values }));
    expect(html).not.toContain("settings-form");
    expect(html).not.toContain("settings-save");
    expect(html).toContain("7.5% a year");
    expect(html).toContain("NZD");
    expect(html).toContain("English (United Kingdom)");
    expect(html).toContain("April");
  });

  it("links Workspace, Members and, for admins only, the audit log", () => {
    const admin = renderToStaticMarkup(createElement(SettingsNav, { slug: "cafe", canSeeAudit: true }));
    expect(admin).toContain('data-testid="settings-nav"');
    expect(admin).toContain('href="/w/cafe/settings"');
    expect(admin).toContain('href="/w/cafe/settings/members"');
    expect(admin).toMatch(/<a aria-current="page"[^>]*href="\/w\/cafe\/settings\/audit"/);
    expect(admin.match(/aria-current/g)).toHaveLength(1);
    expect(renderToStaticMarkup(createElement(SettingsNav, { slug: "cafe", canSeeAudit: false }))).not.toContain("/settings/audit");
  });
});

const row = (overrides: Partial<AuditLogRow>): AuditLogRow => ({
  id: 1,
  createdAt: new Date("2026-05-01T14:03:09Z"),
  userId: "u1",
  userName: "Ada",
  action: "update",
  entity: "organization",
  entityId: "org-1",
  before: { currency: "USD", name: "Same" },
  after: { currency: "EUR", name: "Same" },
  technologyId: null,
  ...overrides,
});

describe("audit log", () => {
  it("shows time, person (or deleted user), action, entity, a technology link and an expandable diff", () => {
    const html = renderToStaticMarkup(
      createElement(AuditTable, {
        slug: "cafe",
        locale: "en-GB",
        rows: [
          row({}),
          row({ id: 2, userId: null, userName: null, action: "create", entity: "investment", entityId: "t-1", technologyId: "t-1", before: null, after: { name: "POS" } }),
          row({ id: 3, entity: "investment", entityId: "t-gone", technologyId: null }),
        ],
      }),
    );
    expect(html.match(/data-testid="audit-row"/g)).toHaveLength(3);
    expect(html).toContain("1 May 2026, 14:03 UTC");
    expect(html).toContain("Ada");
    expect(html).toContain("deleted user");
    expect(html).toContain('href="/w/cafe/portfolio/t-1"');
    expect(html).not.toContain("/portfolio/t-gone");
    expect(html).toMatch(/<details[^>]*>.*1 field changed/);
    expect(html).toMatch(/currency<\/span>: <del[^>]*>USD<\/del> → <ins[^>]*>EUR<\/ins>/);
    expect(html).toContain("&quot;name&quot;: &quot;POS&quot;"); // a create shows the pretty-printed JSON
  });

  it("names the entities in words, the actuals' included", () => {
    const entities = ["actualCost", "actualImport", "matchRule", "actualBenefit", "kpi", "kpi_measurements"];
    const html = renderToStaticMarkup(createElement(AuditTable, { slug: "cafe", locale: "en-GB", rows: entities.map((entity, id) => row({ id, entity })) }));
    for (const name of ["Payment", "Imported payments file", "Matching rule", "Actual benefit", "KPI", "KPI values"]) expect(html).toContain(`<td class="px-4 py-2">${name}</td>`);
    const form = renderToStaticMarkup(createElement(AuditFilters, { base: "/w/cafe/settings/audit", search: { page: 1 }, people: [], entities, deletedValue: "deleted" }));
    expect(form).toContain('<option value="matchRule">Matching rule</option>');
    expect(form).not.toMatch(/>ActualCost<|>MatchRule<|>Kpi</);
  });

  it("pages with the filter kept in the URL, and filters with a plain GET form", () => {
    const search = { entity: "goal", page: 2 };
    const pager = renderToStaticMarkup(createElement(AuditPager, { base: "/w/cafe/settings/audit", search, pageCount: 3, total: 120 }));
    expect(pager).toContain('data-testid="audit-pager"');
    expect(pager).toContain('href="/w/cafe/settings/audit?entity=goal"');
    expect(pager).toContain('href="/w/cafe/settings/audit?entity=goal&amp;page=3"');
    const form = renderToStaticMarkup(createElement(AuditFilters, { base: "/w/cafe/settings/audit", search, people: [{ id: "u1", name: "Ada" }], entities: ["goal"], deletedValue: "deleted" }));
    expect(form).toMatch(/<form data-testid="audit-filter"[^>]*action="\/w\/cafe\/settings\/audit" method="get"/);
    expect(form).toMatch(/<option value="goal" selected="">Goal<\/option>/);
    for (const name of ["person", "entity", "from", "to"]) expect(form).toContain(`name="${name}"`);
  });
});
