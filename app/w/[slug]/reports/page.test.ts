import { format, subMonths } from "date-fns";
// The monthly review rendered as the server would, on a real workspace: the sections, what moved, the
// links to print and to the CSV, and the same not-found for anyone outside the workspace.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createTenant } from "@/test/factories";
import { kpiWithValues, section, session } from "@/test/page-render";

vi.mock("@/lib/auth", async () => (await import("@/test/page-render")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/page-render")).navigationModule);
const ReportsPage = (await import("./page")).default;

let a: TenantCtx;
let b: TenantCtx;

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("owner"), createTenant("owner")]);
  await kpiWithValues(a, "Tickets solved", { "2026-02-01": "40", "2026-03-01": "60" });
  await kpiWithValues(a, "CSAT", { "2026-02-01": "70", "2026-03-01": "50" }); // amber → red
  await kpiWithValues(a, "Training hours", { "2026-02-01": "30" }, { perspective: "learning_growth" });
  await kpiWithValues(b, "Beta secret KPI", { "2026-03-01": "1" });
});

beforeEach(() => {
  session.current = null;
});

async function render(slug: string, month?: string) {
  const page = await ReportsPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(month ? { month } : {}) });
  return renderToStaticMarkup(page);
}

describe("reports page", () => {
  it("reviews the chosen month: headline, perspectives, what changed and alerts", async () => {
    session.current = { user: { id: a.userId } };
    const html = await render(a.org.slug, "2026-03");
    expect(html).toContain("Monthly review — March 2026");
    expect(html).toContain(a.org.name);
    for (const id of ["report", "report-headline", "report-benefits", "report-perspectives", "report-changes", "report-improved", "report-worsened", "report-alerts", "print-report", "download-kpi-csv"]) {
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
