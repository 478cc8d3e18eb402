import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BenchmarkTable } from "@/components/benchmarking/benchmark-table";
import { db } from "@/db";
import { kpiMeasurements, kpis, memberships, organizations } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { Role } from "@/lib/domain/values";
import { countReads } from "@/test/count-reads";
import { addRecurringCost, createInvestment, createTenant, createUser } from "@/test/factories";
import { getBenchmark } from "./view";

const today = new Date(2026, 5, 20, 12); // June 2026

type Org = Partial<typeof organizations.$inferInsert>;

/** A workspace the consultant belongs to, with a yearly run-rate, an NPS and (optionally) an eNPS. */
async function client(consultantId: string, org: Org, { spendCents = 0, nps, enps, role = "admin" }: { spendCents?: number; nps?: number; enps?: number; role?: Role } = {}) {
  const ctx = await createTenant("owner", org);
  await db.insert(memberships).values({ orgId: ctx.orgId, userId: consultantId, role });
  if (spendCents) await addRecurringCost(ctx, (await createInvestment(ctx)).id, spendCents, "annual");
  for (const [name, value] of [["NPS", nps], ["eNPS", enps]] as const) {
    if (value === undefined) continue;
    const [kpi] = await db
      .insert(kpis)
      .values({ orgId: ctx.orgId, name, perspective: "customer", unit: "score", direction: "higher", baseline: "0", target: "50" })
      .returning();
    await db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId: kpi.id, period: "2026-05-01", value: String(value) });
  }
  return { ...ctx, userId: consultantId, role } satisfies TenantCtx;
}

afterEach(() => vi.restoreAllMocks());

describe("getBenchmark", () => {
  it("compares with the other workspaces of the industry, by quartiles, without naming any of them", async () => {
    const consultant = await createUser();
    const self = await client(consultant.id, { name: "Self Bakery", industry: "bakery", employees: 10 }, { spendCents: 1_000_000, nps: 40, enps: 90 });
    const peers = [
      await client(consultant.id, { name: "Secret Crumbs Ltd", industry: "bakery", employees: 20 }, { spendCents: 1_000_000, nps: 10, enps: -50, role: "viewer" }),
      await client(consultant.id, { name: "Hidden Loaf GmbH", industry: "bakery", employees: 10 }, { spendCents: 2_000_000, nps: 20 }),
      await client(consultant.id, { name: "Covert Rolls SA", industry: "bakery", employees: 5 }, { spendCents: 1_500_000, nps: 30 }),
    ];
    // Not a peer: another industry and size band; and a bakery the consultant does not belong to.
    await client(consultant.id, { name: "Elsewhere Legal", industry: "legal", sizeBand: "large", employees: 1 }, { spendCents: 9_000_000, nps: 99 });
    await createTenant("owner", { name: "Stranger Bakery", industry: "bakery", employees: 1 });

    const view = await getBenchmark(self, today);
    expect(view).toMatchObject({ status: "ok", basis: "industry", peerCount: 3 });
    if (view?.status !== "ok") throw new Error("expected figures");
    const row = (metric: string) => view.rows.find((r) => r.metric === metric)!;
    // Per employee: self 100,000 ¢; peers 50,000, 200,000, 300,000 → P25 125,000, median 200,000, P75 250,000.
    expect(row("spend_per_employee")).toMatchObject({ value: 100_000, peerCount: 3, quartiles: { p25: 125_000, median: 200_000, p75: 250_000 }, position: "below_p25" });
    // NPS, not eNPS: peers 10, 20, 30.
    expect(row("nps")).toMatchObject({ value: 40, quartiles: { p25: 15, median: 20, p75: 25 }, position: "above_p75" });
    expect(row("automation_rate")).toMatchObject({ value: null, peerCount: 0, quartiles: null });

    const html = renderToStaticMarkup(createElement(BenchmarkTable, { view, locale: "en-US" }));
    expect(html).toContain('data-testid="benchmark-row"');
    expect(html).toContain('data-metric="nps"');
    expect(html).toContain(">$1,000<"); // spend per employee, in the workspace's currency
    const de = renderToStaticMarkup(createElement(BenchmarkTable, { view, locale: "de-DE" }));
    expect(de).toContain(">1.250\u00a0$<"); // the lower quartile, in the workspace's locale
    for (const secret of [...peers.flatMap((p) => [p.org.name, p.org.slug, p.orgId]), "Elsewhere Legal", "Stranger Bakery"]) {
      expect(html).not.toContain(secret);
      expect(JSON.stringify(view)).not.toContain(secret);
    }
  });

  it("falls back to the size band, and shows no figures with fewer than 3 comparable clients", async () => {
    const consultant = await createUser();
    const self = await client(consultant.id, { name: "Lonely Florist", industry: "florist", sizeBand: "medium", employees: 10 }, { nps: 50 });
    await client(consultant.id, { name: "Peer One", industry: "florist", sizeBand: "large" }, { nps: 1 });
    await client(consultant.id, { name: "Peer Two", industry: "garage", sizeBand: "medium" }, { nps: 2 });
    const tooFew = await getBenchmark(self, today);
    expect(tooFew).toEqual({ status: "too_few", industry: "florist", sizeBand: "medium", comparable: 1, minimum: 3 });
    const html = renderToStaticMarkup(createElement(BenchmarkTable, { view: tooFew!, locale: "en-US" }));
    expect(html).toContain('data-testid="benchmark-too-few"');
    expect(html).not.toContain("benchmark-row");
    expect(html).not.toMatch(/Peer One|Peer Two/);

    await client(consultant.id, { name: "Peer Three", industry: "salon", sizeBand: "medium" }, { nps: 3 });
    await client(consultant.id, { name: "Peer Four", industry: "cafe", sizeBand: "medium" }, { nps: 4 });
    const bySize = await getBenchmark(self, today);
    expect(bySize).toMatchObject({ status: "ok", basis: "size_band", peerCount: 3 });
  });

  it("reads the same number of times for four workspaces as for eight", async () => {
    const readsFor = async (size: number) => {
      const consultant = await createUser();
      const all = [];
      for (let i = 0; i < size; i++) all.push(await client(consultant.id, { industry: `count-${size}`, employees: 3 }, { spendCents: 100_000 * (i + 1), nps: i }));
      const reads = countReads();
      const view = await getBenchmark(all[0], today);
      const calls = reads();
      vi.restoreAllMocks();
      return { view, calls };
    };
    const four = await readsFor(4);
    const eight = await readsFor(8);
    expect(four.view).toMatchObject({ status: "ok", peerCount: 3 });
    expect(eight.view).toMatchObject({ status: "ok", peerCount: 7 });
    expect(four.calls).toBeGreaterThan(0);
    expect(eight.calls).toBe(four.calls);
  });

  it("is null for a workspace the user does not belong to", async () => {
    const outsider = await createTenant("owner");
    const other = await createTenant("owner");
    expect(await getBenchmark({ ...other, userId: outsider.userId }, today)).toBeNull();
  });
});
