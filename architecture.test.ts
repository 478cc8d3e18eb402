import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layers are kept by lint (eslint.config.mjs), so a wrong import fails CI before any test runs. Each
 * case lints one line as if it were written in the named file, with the project's own configuration.
 */
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  await eslint.lintText("export {};\n", { filePath: "lib/warm-up.ts" }); // loads the plugins once
}, 120_000);

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = value;\n`, { filePath });
  return result.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("import boundaries", () => {
  it.each([
    ["a component loading rows itself", "components/portfolio/x.tsx", `import { db as value } from "@/db";`, /only types may come from db/],
    ["a component calling a query", "components/kpis/x.tsx", `import { listKpis as value } from "@/db/queries/kpis";`, /only types may come from db/],
    ["a page skipping its view", "app/w/[slug]/kpis/x.tsx", `import { listKpis as value } from "@/db/queries/kpis";`, /reads through its feature's view/],
    ["a page using the database client", "app/w/[slug]/x.tsx", `import { db as value } from "@/db";`, /never the client or tables/],
    ["a feature using tables directly", "lib/kpis/x.ts", `import { kpis as value } from "@/db/schema";`, /never the client or tables/],
    ["lib importing a component", "lib/reports/x.ts", `import { Button as value } from "@/components/ui/button";`, /never import UI components/],
    ["a route imported from lib", "lib/reports/x.ts", `import { GET as value } from "@/app/w/[slug]/reports/kpi-values/route";`, /Nothing imports a route/],
    ["finance reaching into the app", "lib/finance/x.ts", `import { formatMoney as value } from "@/lib/format";`, /imports nothing of the app/],
    ["finance past its index", "lib/portfolio/x.ts", `import { npv as value } from "@/lib/finance/returns";`, /through its index/],
    ["a query importing a feature", "db/queries/x.ts", `import { valuePortfolio as value } from "@/lib/portfolio/valuation";`, /imports nothing of a feature/],
  ])("refuses %s", async (_what, filePath, source, message) => {
    const errors = await boundaryErrors(filePath, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ["a component naming a row's type", "components/portfolio/x.tsx", `import type { Investment as value } from "@/db/schema";`],
    ["a page using its view", "app/w/[slug]/kpis/x.tsx", `import { loadKpiList as value } from "@/lib/kpis/view";`],
    ["a feature using lib/finance's index", "lib/portfolio/x.ts", `import { npv as value } from "@/lib/finance";`],
    ["a view reading through queries", "lib/kpis/view.ts", `import { listKpis as value } from "@/db/queries/kpis";`],
    ["a query naming the tenant context", "db/queries/x.ts", `import type { TenantCtx as value } from "@/lib/auth/tenant-context";`],
    ["a test setting up any layer", "components/portfolio/x.test.tsx", `import { db as value } from "@/db";`],
  ])("allows %s", async (_what, filePath, source) => {
    expect(await boundaryErrors(filePath, source)).toEqual([]);
  });
});
