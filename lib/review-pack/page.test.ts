// The quarterly review pack rendered as the server would, on a real workspace: the quarter, the top
// actions, who prepared it, any member may open it, and the same not-found for anyone outside.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { goals, memberships } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createTenant, createUser } from "@/test/factories";
import { kpiWithValues, section, session } from "@/test/page-render";

vi.mock("@/lib/auth", async () => (await import("@/test/page-render")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/page-render")).navigationModule);
const QuarterlyPage = (await import("@/app/w/[slug]/reports/quarterly/page")).default;

let a: TenantCtx;
let b: TenantCtx;
let viewerId: string;

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("owner"), createTenant("owner")]);
  const viewer = await createUser({ name: "Dana Consultant" });
  viewerId = viewer.id;
  await db.insert(memberships).values({ orgId: a.orgId, userId: viewerId, role: "viewer" });
  // Q3 2025 ends in September, Q4 2025 in December: the last complete quarter with data for any later today.
  await kpiWithValues(a, "Tickets solved", { "2025-09-01": "40", "2025-11-01": "55", "2025-12-01": "70" });
  await kpiWithValues(a, "CSAT", { "2025-09-01": "80", "2025-12-01": "30" }); // green → red over the quarter
  await kpiWithValues(a, "Training hours", { "2025-08-01": "20" }, { perspective: "learning_growth" });
  await db.insert(goals).values({ orgId: a.orgId, title: "Open a second shop", perspective: "financial" });
  await kpiWithValues(b, "Beta secret KPI", { "2025-12-01": "1" });
});

beforeEach(() => {
  session.current = null;
});

async function render(slug: string, quarter?: string) {
  const page = await QuarterlyPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(quarter ? { quarter } : {}) });
  return renderToStaticMarkup(page);
}

describe("quarterly review pack page", () => {
  it("shows the last complete quarter with data by default, prepared by the reader", async () => {
    session.current = { user: { id: viewerId } };
    const html = await render(a.org.slug);
    for (const id of ["review-pack", "review-pack-quarter", "review-pack-actions", "review-pack-prepared-by", "report-headline", "report-perspectives", "review-pack-changes", "print-report"]) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect(html).toContain("data-print-report");
    expect(section(html, "review-pack-quarter", "review-pack-prepared-by")).toContain("Q4 2025");
    expect(section(html, "review-pack-prepared-by", "review-pack-quarter-nav")).toContain("Prepared by <span class=\"font-medium text-slate-900\">Dana Consultant</span>");
    expect(html).not.toContain("Beta secret KPI");
  });

  it("ranks the quarter's actions and what moved over it", async () => {
    session.current = { user: { id: a.userId } };
    const html = await render(a.org.slug, "2025-Q4");
    const actions = section(html, "review-pack-actions", "report-headline");
    expect(actions).toContain("Recover <span class=\"font-medium text-slate-900\">CSAT</span>");
    expect(actions).toContain("Open a second shop");
    // The red KPI comes before the goal without a technology.
    expect(actions.indexOf("CSAT")).toBeLessThan(actions.indexOf("Open a second shop"));
    expect(section(html, "review-pack-improved", "review-pack-worsened")).toContain("Tickets solved");
    expect(section(html, "review-pack-worsened", "review-pack-not-measured")).toContain("CSAT");
    expect(html).toContain("Not measured this quarter: Training hours.");
  });

  it("takes ?quarter= and links the quarter before", async () => {
    session.current = { user: { id: a.userId } };
    const html = await render(a.org.slug, "2025-Q3");
    expect(html).toContain('data-quarter="2025-Q3"');
    expect(html).toContain(`href="/w/${a.org.slug}/reports/quarterly?quarter=2025-Q4"`);
  });

  it("is not found for a member of another workspace", async () => {
    session.current = { user: { id: b.userId } };
    await expect(render(a.org.slug)).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
