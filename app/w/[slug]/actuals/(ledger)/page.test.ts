// The ledger and the matching rules pages rendered as the server would, on a real workspace.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { actualCosts, matchRules } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";
import { session, signInAs } from "@/test/page-render";

vi.mock("@/lib/auth", async () => (await import("@/test/page-render")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/page-render")).navigationModule);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const ActualsPage = (await import("./page")).default;
const RulesPage = (await import("../rules/page")).default;

let a: TenantCtx;
let viewer: TenantCtx;
let empty: TenantCtx;

beforeAll(async () => {
  [a, empty] = await Promise.all([createTenant("member"), createTenant("owner")]);
  viewer = await addMember(a, "viewer");
  const shop = await createInvestment(a, { name: "Web shop", vendor: "Shopify" });
  await createInvestment(a, { name: "CRM", vendor: "HubSpot" });
  await db.insert(actualCosts).values([
    { orgId: a.orgId, bookedOn: "2026-02-05", amountCents: 4_900, payee: "SHOPIFY* 123", source: "imported", fingerprint: "f1", investmentId: shop.id, costCategory: "subscription" },
    { orgId: a.orgId, bookedOn: "2026-02-09", amountCents: 12_000, payee: "HUBSPOT EMEA", source: "imported", fingerprint: "f2" },
  ]);
  await db.insert(matchRules).values({ orgId: a.orgId, position: 1, field: "description", pattern: "webshop", investmentId: shop.id });
});

beforeEach(() => {
  session.current = null;
});

const ledger = async (slug: string, searchParams: Record<string, string> = {}) =>
  renderToStaticMarkup(await ActualsPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(searchParams) }));
const rules = async (slug: string, searchParams: Record<string, string> = {}) =>
  renderToStaticMarkup(await RulesPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(searchParams) }));

describe("actuals page", () => {
  it("shows a member the ledger, the unmatched notice, the add form and the import link", async () => {
    signInAs(a.userId);
    const html = await ledger(a.org.slug);
    expect(html.match(/data-testid="ledger-row"/g)).toHaveLength(2);
    expect(html).toContain("1 payment is not filed under a technology yet.");
    expect(html).toContain('data-testid="add-payment-form"');
    expect(html).toContain(`href="/w/${a.org.slug}/actuals/import"`);
    expect(html).toContain("$169.00");
    expect(html).toContain(`href="/w/${a.org.slug}/actuals/rules?pattern=HUBSPOT%20EMEA#add-rule-heading"`);
  });

  it("filters from the URL", async () => {
    signInAs(a.userId);
    const html = await ledger(a.org.slug, { match: "unmatched" });
    expect(html.match(/data-testid="ledger-row"/g)).toHaveLength(1);
    expect(html).toContain("HUBSPOT EMEA");
    expect(html).not.toContain("SHOPIFY* 123");
  });

  it("lets a viewer read the ledger without the add form or edit buttons", async () => {
    signInAs(viewer.userId);
    const html = await ledger(a.org.slug);
    expect(html.match(/data-testid="ledger-row"/g)).toHaveLength(2);
    expect(html).not.toContain("add-payment-form");
    expect(html).not.toContain("edit-payment");
  });

  it("sends an empty workspace to the import", async () => {
    signInAs(empty.userId);
    const html = await ledger(empty.org.slug);
    expect(html).toContain('data-testid="ledger-empty"');
    expect(html).toContain(`href="/w/${empty.org.slug}/actuals/import"`);
  });

  it("is not found for someone outside the workspace", async () => {
    signInAs(empty.userId);
    await expect(ledger(a.org.slug)).rejects.toThrow("NEXT_NOT_FOUND");
  });
});

describe("matching rules page", () => {
  it("lists the rules, offers to apply them and suggests a rule from a vendor in an unmatched payee", async () => {
    signInAs(a.userId);
    const html = await rules(a.org.slug);
    expect(html).toContain("Description contains “webshop” → Web shop");
    expect(html).toContain("Apply to 1 unmatched payment now");
    expect(html).toContain("Payee contains “HubSpot” → CRM");
    expect(html).toContain('data-testid="add-rule-form"');
  });

  it("starts a new rule from a payee picked in the ledger", async () => {
    signInAs(a.userId);
    expect(await rules(a.org.slug, { pattern: "HUBSPOT EMEA" })).toContain('value="HUBSPOT EMEA"');
  });

  it("shows a viewer the rules only", async () => {
    signInAs(viewer.userId);
    const html = await rules(a.org.slug);
    expect(html).toContain("Description contains “webshop” → Web shop");
    expect(html).not.toContain("apply-rules");
    expect(html).not.toContain("rule-suggestion");
    expect(html).not.toContain("add-rule-form");
  });
});
