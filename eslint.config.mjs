import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layers, one way: page (app/) → a feature's view or action (lib/<feature>) → db/queries (thin,
 * tenant-scoped) → db. Each rule below names what a folder may not import; type-only imports pass where
 * the rule says so (a component may name a row's type, never load it).
 */
const restrict = (...patterns) => ["error", { patterns }];

const database = {
  regex: "^@/db(/.*)?$",
  allowTypeImports: true,
  message: "Components read data through a page's view and write through server actions: only types may come from db/.",
};
const databaseClient = {
  regex: "^@/db(/(index|client|handle|scope|schema)(/.*)?)?$",
  allowTypeImports: true,
  message: "Pages and features reach the database through db/queries (tenant-scoped), never the client or tables.",
};
/** A view may read its page's figures in one scoped snapshot (`tenantRead`, `withScope`). */
const databaseClientFromLib = { ...databaseClient, regex: "^@/db(/(index|client|handle|schema)(/.*)?)?$" };
const pagesSkipViews = {
  group: ["@/db/queries/*"],
  allowTypeImports: true,
  message: "A page reads through its feature's view (lib/<feature>/view.ts), which calls db/queries.",
};
const components = { group: ["@/components/*", "@/components/**"], message: "lib/ and db/ never import UI components." };
const app = { group: ["@/app/*", "@/app/**"], message: "Nothing imports a route: move the shared code to lib/." };
const financeInside = {
  group: ["@/lib/finance/*"],
  message: "lib/finance is imported through its index: `@/lib/finance`.",
};
const features = {
  regex: "^@/lib/(?!(domain|errors|ids|slug|auth/tenant-context)(/|$))",
  allowTypeImports: true,
  message: "db/ imports nothing of a feature: only lib/domain, errors, ids, slug and the tenant context's type.",
};
const anything = {
  group: ["@/*", "@/**"],
  message: "lib/finance is pure math: it imports nothing of the app.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", "node_modules/**", "reports/**", "next-env.d.ts", ".data/**", "test-results/**", "playwright-report/**", ".stryker-tmp/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  // Layers. Tests, the e2e suite, benches and scripts are exempt: they set up and inspect every layer.
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(database, app, financeInside) },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(databaseClient, pagesSkipViews, financeInside) },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation*.ts"],
    ignores: ["**/*.test.{ts,tsx}", "lib/finance/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(components, app, financeInside, databaseClientFromLib) },
  },
  {
    // The endpoint wrappers open the scoped transaction every query of a request runs in.
    files: ["lib/actions/tenant-action.ts", "lib/http/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(components, app, financeInside) },
  },
  {
    files: ["lib/finance/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(anything) },
  },
  {
    files: ["db/**/*.ts"],
    ignores: ["**/*.test.ts", "db/seed/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(features, components, app) },
  },
  {
    files: ["db/seed/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(components, app, financeInside) },
  },
]);
