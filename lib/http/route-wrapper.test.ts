import { describe, expect, it } from "vitest";
import { exportedNames, readSource, sourceFiles } from "@/test/source-inventory";

/**
 * Every route handler in app/ is built by `tenantRoute` or `userRoute`, so none skips the session, the
 * membership, the role, the cross-site rule or the private cache header. Auth.js's own endpoints are the
 * one exception: the library serves them and checks its own CSRF token.
 */
const AUTH_JS = "app/api/auth/[...nextauth]/route.ts";
const METHOD = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/;

describe("route handlers", () => {
  const files = sourceFiles(["app"], (path) => /(^|\/)route\.[jt]sx?$/.test(path)).filter((path) => path !== AUTH_JS);

  it("are found", () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files)("%s exports only handlers built by tenantRoute or userRoute", (path) => {
    const source = readSource(path);
    const handlers = exportedNames(source).filter((name) => METHOD.test(name));
    expect(handlers.length, "a route file exports at least one handler").toBeGreaterThan(0);
    for (const name of handlers) {
      expect(source, `${name} goes through the wrapper`).toMatch(new RegExp(`export const ${name} = (tenantRoute|userRoute)\\(`));
    }
    expect(source, "no hand-rolled session or membership check").not.toMatch(/\bauth\(\)|resolveTenant|getRouteTenant/);
  });
});
