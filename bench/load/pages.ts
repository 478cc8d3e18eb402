// The pages the load views, and what each must contain: a page that failed while streaming still answers
// 200, so the body is checked for rendered rows, not only the page's shell.
import { runConcurrent } from "../shared/measure";
import type { LoadUser } from "./team";

export const PAGE_ROUTES = ["dashboard", "portfolio table", "scorecard", "KPI list"] as const;
export type PageRoute = (typeof PAGE_ROUTES)[number];

export const EXPECTED: Record<PageRoute, string> = {
  dashboard: 'data-testid="dashboard"',
  "portfolio table": "Technology 0",
  scorecard: 'data-testid="scorecard-kpi"',
  "KPI list": 'data-testid="kpi-row"',
};
const SORTS = ["name", "npvCents", "roi", "riskScore", "nextRenewal"];

/** The page's URL path in a user's `round`-th round; the portfolio table changes page, sort and direction. */
export function pagePath(route: PageRoute, slug: string, round: number): string {
  switch (route) {
    case "dashboard":
      return `/w/${slug}/dashboard`;
    case "portfolio table":
      return `/w/${slug}/portfolio?page=${1 + (round % 3)}&pageSize=10&sort=${SORTS[round % SORTS.length]}&dir=${round % 2 ? "desc" : "asc"}`;
    case "scorecard":
      return `/w/${slug}/scorecard`;
    case "KPI list":
      return `/w/${slug}/kpis`;
  }
}

/**
 * Every page of every workspace once, a few at a time, by one of its members: the timed load then meets a
 * running server (routes loaded, code warm) rather than its very first requests. Throws on a wrong answer.
 */
export async function warmUp(base: string, users: LoadUser[]): Promise<number> {
  const visits = new Map<string, { cookie: string; expect: string }>();
  for (const user of users) {
    for (const { slug } of user.workspaces) {
      for (const route of PAGE_ROUTES) {
        const path = pagePath(route, slug, 0);
        if (!visits.has(path)) visits.set(path, { cookie: user.cookie, expect: EXPECTED[route] });
      }
    }
  }
  const queue = [...visits];
  await runConcurrent(queue.length, 4, async () => {
    const [path, { cookie, expect }] = queue.pop()!;
    const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200 || !body.includes(expect)) throw new Error(`warm-up: GET ${path} answered ${response.status} without ${expect}`);
  });
  return visits.size;
}
