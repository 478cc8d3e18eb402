import { format, subMonths } from "date-fns";
// The monthly review rendered as the server would, on a real workspace: the sections, what moved, the
// links to print and to the CSV, and the same not-found for anyone outside the workspace.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createTenant } from "@/test/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
  usePathname: () => "/",
  useRouter: () => ({ push: vi.fn(), replace: vi.fn() }),
  useSearchParams: () => new URLSearchParams(),
}));
const ReportsPage = (await import("./page")).default;

let a: TenantCtx;
let b: TenantCtx;

async function kpi(ctx: TenantCtx, name: string, values: Record<string, string>, overrides: Partial<typeof kpis.$inferInsert> = {}) {
  const [row] = await db
    .insert(kpis)
    .values({ orgId: ctx.orgId, name, perspective: "customer", unit: "count", direction: "higher", baseline: "0", target: "100", ...overrides })
    .returning();
  for (const [period, value] of Object.entries(values)) await db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId: row.id, period, value });
}

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("owner"), createTenant("owner")]);
  await kpi(a, "Tickets solved", { "2026-02-01": "40", "2026-03-01": "60" });
  await kpi(a, "CSAT", { "2026-02-01": "70", "2026-03-01": "50" }); // amber → red
  await kpi(a, "Training hours", { "2026-02-01": "30" }, { perspective: "learning_growth" });
  await kpi(b, "Beta secret KPI", { "2026-03-01": "1" });
});

beforeEach(() => {
  session.current = null;
});

async function render(slug: string, month?: string) {
  const page = await ReportsPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(month ? { month } : {}) });
  return renderToStaticMarkup(page);
}

/** The HTML of the element carrying `data-testid`, up to the next sibling section: enough to look inside. */
function section(html: string, testId: string, next: string) {
  const start = html.indexOf(`data-testid="${testId}"`);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf(`data-testid="${next}"`, start);
  return html.slice(start, end === -1 ? undefined : end);
}

describe("reports page", () => {
  it("reviews the chosen month: headline, perspectives, what changed and alerts", async () => {
    session.current = { user: { id: a.userId } };
    const html = await render(a.org.slug, "2026-03");
    expect(html).toContain("Monthly review — March 2026");
    expect(html).toContain(a.org.name);
    for (const id of ["report", "report-headline", "report-perspectives", "report-changes", "report-improved", "report-worsened", "report-alerts", "print-report", "download-kpi-csv"]) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    const improved = section(html, "report-improved", "report-worsened");
    expect(improved).toContain("Tickets solved");
    expect(improved).not.toContain("CSAT");
    const worsened = section(html, "report-worsened", "report-unchanged");
    expect(worsened).toContain("CSAT");
    expect(worsened).toContain("Amber → Red");
    expect(section(html, "report-not-measured", "report-alerts")).toContain("Training hours");
    expect(html).toContain(`href="/w/${a.org.slug}/reports/kpi-values"`);
    expect(html).not.toContain("Beta secret KPI");
  });

  it("falls back to the dashboard's default month, the last complete one, for a malformed ?month=", async () => {
    session.current = { user: { id: a.userId } };
    expect(await render(a.org.slug, "March")).toContain(`Monthly review — ${format(subMonths(new Date(), 1), "MMMM yyyy")}`);
  });

  it("is not found for a member of another workspace", async () => {
    session.current = { user: { id: b.userId } };
    await expect(render(a.org.slug)).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
