import { describe, expect, it } from "vitest";
import { readSource, sourceFiles } from "@/test/source-inventory";
import { PAGE_ROLES, pageRole } from "./page-roles";

describe("pageRole", () => {
  it.each([
    ["/w/acme/goals/new", { slug: "acme", role: "admin" }],
    ["/w/acme/portfolio/0b5e/edit", { slug: "acme", role: "member" }],
    ["/w/acme/settings/data", { slug: "acme", role: "owner" }],
    ["/w/acme/templates/", { slug: "acme", role: "admin" }],
    ["/w/acme/portfolio/0b5e", null],
    ["/w/acme/goals/new/extra", null],
    ["/w/acme/dashboard", null],
    ["/workspaces", null],
    ["/", null],
  ])("%s → %j", (path, expected) => {
    expect(pageRole(path)).toEqual(expected);
  });
});

/** A page file's path under /w/[slug]/ as PAGE_ROLES writes it: route groups dropped, dynamic segments as "*". */
const routeOf = (file: string) =>
  file
    .replace(/^app\/w\/\[slug\]\//, "")
    .replace(/\/?page\.tsx$/, "")
    .split("/")
    .filter((part) => !/^\(.*\)$/.test(part))
    .map((part) => (/^\[.*\]$/.test(part) ? "*" : part))
    .join("/");

describe("the pages and PAGE_ROLES", () => {
  it("agree: each page asks getTenant for the role the not-allowed page names, and no other page asks for one", () => {
    const pages = sourceFiles(["app/w/[slug]"], (path) => path.endsWith("/page.tsx"));
    const asked = Object.fromEntries(
      pages.flatMap((file) => {
        const role = readSource(file).match(/getTenant\(.*?,\s*\{\s*role:\s*"(\w+)"\s*\}\)/)?.[1];
        return role ? [[routeOf(file), role]] : [];
      }),
    );
    expect(asked).toEqual(PAGE_ROLES);
  });
});
