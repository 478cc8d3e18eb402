import { expect, vi } from "vitest";
import { db } from "@/db";
import { kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/**
 * Server pages rendered in a test as the server would. Mock with these before importing the page:
 *
 *   vi.mock("@/lib/auth", async () => (await import("@/test/page-render")).authModule);
 *   vi.mock("next/navigation", async () => (await import("@/test/page-render")).navigationModule);
 */

/** The signed-in user `auth()` answers with; null is "signed out". Reset it in `beforeEach`. */
export const session = { current: null as null | { user: { id: string } } };
export const signInAs = (userId: string | null) => (session.current = userId ? { user: { id: userId } } : null);
export const authModule = { auth: async () => session.current };

/** Next's interrupts throw, as they do in a render; the client hooks answer a neutral page. */
export const navigationModule = {
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  forbidden: () => {
    throw new Error("NEXT_FORBIDDEN");
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
  usePathname: () => "/",
  useParams: () => ({}),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn() }),
  useSearchParams: () => new URLSearchParams(),
};

/** A KPI of the workspace (customer, count, higher is better, 0 → 100 unless overridden) with its values by month. */
export async function kpiWithValues(ctx: TenantCtx, name: string, values: Record<string, string>, overrides: Partial<typeof kpis.$inferInsert> = {}) {
  const [row] = await db
    .insert(kpis)
    .values({ orgId: ctx.orgId, name, perspective: "customer", unit: "count", direction: "higher", baseline: "0", target: "100", ...overrides })
    .returning();
  for (const [period, value] of Object.entries(values)) await db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId: row.id, period, value });
  return row;
}

/** The HTML from the element carrying `data-testid` up to the next one named: enough to look inside a section. */
export function section(html: string, testId: string, next: string) {
  const start = html.indexOf(`data-testid="${testId}"`);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf(`data-testid="${next}"`, start);
  return html.slice(start, end === -1 ? undefined : end);
}
