import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { integrations } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { IntegrationMap as MapData, MapNode } from "@/lib/integrations/types";
import { addMember, createInvestment, createTenant } from "@/test/factories";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { IntegrationMap, IntegrationMapPanel } = await import("./integration-map");
const { SiloList } = await import("./silo-list");
const { DependentsTable } = await import("./dependents-table");
const { IntegrationsSection } = await import("@/components/portfolio/detail/integrations-section");

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const node = (id: string, name: string, status: MapNode["status"] = "live"): MapNode => ({ id, name, category: "other", status });

const map: MapData = {
  nodes: [node("pos", "Cloud POS"), node("acc", "Cloud accounting"), node("online", "Online ordering"), node("mfa", "MFA & backup")],
  edges: [
    { id: "e1", from: "online", to: "pos", description: "Orders" },
    { id: "e2", from: "pos", to: "acc", description: "Sales <totals>" },
  ],
  silos: ["mfa"],
  dependents: { online: { direct: 1, transitive: 2 }, pos: { direct: 1, transitive: 1 }, acc: { direct: 0, transitive: 0 }, mfa: { direct: 0, transitive: 0 } },
};

describe("IntegrationMap", () => {
  const html = renderToStaticMarkup(createElement(IntegrationMap, { map, slug: "cafe" }));

  it("draws every technology as a link to its page, an arrow per integration, silos flagged", () => {
    expect(count(html, "integration-map")).toBe(1);
    expect(count(html, "integration-node")).toBe(4);
    expect(count(html, "integration-edge")).toBe(2);
    expect(html).toContain('href="/w/cafe/portfolio/pos"');
    expect(html.match(/data-silo="true"[^>]*data-testid|data-testid="integration-node" data-id="mfa" data-silo="true"/)).not.toBeNull();
    expect(html).toContain("marker-end=\"url(#integration-arrow)\"");
    expect(html).toContain("Online ordering: 2 technologies depend on it");
    expect(html).toContain("Sales &lt;totals&gt;"); // descriptions are escaped
  });

  it("lists the silos and ranks technologies by what depends on them", () => {
    const silos = renderToStaticMarkup(createElement(SiloList, { map, slug: "cafe" }));
    expect(count(silos, "silo-list")).toBe(1);
    expect(count(silos, "silo-item")).toBe(1);
    expect(silos).toContain("MFA &amp; backup");
    const table = renderToStaticMarkup(createElement(DependentsTable, { map, slug: "cafe" }));
    const order = [...table.matchAll(/data-testid="dependents-row" data-id="(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(["online", "pos", "acc", "mfa"]);
  });
});

describe("with the database", () => {
  let member: TenantCtx;
  let viewer: TenantCtx;
  let other: TenantCtx;
  let ids: Record<string, string>;

  beforeAll(async () => {
    member = await createTenant("member");
    viewer = await addMember(member, "viewer");
    other = await createTenant("owner");
    const [online, pos, acc, mfa] = await Promise.all(
      ["Online ordering", "Cloud POS", "Cloud accounting", "MFA & backup"].map((name) => createInvestment(member, { name })),
    );
    await createInvestment(other, { name: "Other workspace's ERP" });
    ids = { online: online.id, pos: pos.id, acc: acc.id, mfa: mfa.id };
    await db.insert(integrations).values([
      { orgId: member.orgId, fromInvestmentId: online.id, toInvestmentId: pos.id, description: "Orders" },
      { orgId: member.orgId, fromInvestmentId: pos.id, toInvestmentId: acc.id, description: "Daily totals" },
    ]);
  });

  const section = async (ctx: TenantCtx, id: string) => renderToStaticMarkup(await IntegrationsSection({ ctx, technologyId: id }));

  it("shows both directions and the direct and transitive dependents, with add and remove for members", async () => {
    const html = await section(member, ids.online);
    expect(count(html, "integrations-section")).toBe(1);
    expect(count(html, "integration-row")).toBe(1);
    expect(html).toMatch(/data-testid="dependents-count" data-direct="1" data-transitive="2"/);
    expect(html).toContain("2 technologies depend on it");
    expect(html).toContain("Cloud accounting, Cloud POS"); // by name
    expect(count(html, "add-integration")).toBe(1);
    expect(count(html, "remove-integration")).toBe(1);
    expect(html).not.toContain("Other workspace");

    const pos = await section(member, ids.pos);
    expect(count(pos, "integration-row")).toBe(2);
    expect(pos).toMatch(/data-direction="sends" data-other-id="[^"]+"/);
    expect(pos).toMatch(/data-direction="receives"/);
  });

  it("flags a silo and gives viewers no editing controls", async () => {
    const html = await section(viewer, ids.mfa);
    expect(count(html, "integration-silo")).toBe(1);
    expect(html).toMatch(/data-transitive="0"/);
    expect(count(html, "add-integration")).toBe(0);
    const pos = await section(viewer, ids.pos);
    expect(count(pos, "integration-row")).toBe(2);
    expect(count(pos, "remove-integration")).toBe(0);
  });

  it("refuses another workspace's technology", async () => {
    await expect(section(other, ids.pos)).rejects.toMatchObject({ code: "not_found" });
  });

  it("renders the panel for a workspace, and an empty state without technologies", async () => {
    const html = renderToStaticMarkup(await IntegrationMapPanel({ ctx: member }));
    expect(count(html, "integration-node")).toBe(4);
    expect(count(html, "silo-item")).toBe(1);
    expect(html).toContain("4 technologies, 2 integrations, 1 silo.");
    const empty = await createTenant("viewer");
    expect(renderToStaticMarkup(await IntegrationMapPanel({ ctx: empty }))).toContain('data-testid="integration-map-empty"');
  });
});
