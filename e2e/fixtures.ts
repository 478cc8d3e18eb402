import path from "node:path";
import { expect, test as base } from "@playwright/test";
import { Techfolio } from "./pages/app";
import type { Role } from "./pages/auth";

export { demo, unique, type Role } from "./pages/auth";
export { PERSPECTIVES } from "./pages/dashboard";

/** Where the setup project keeps each demo role's signed-in browser state (git-ignored, rewritten every run). */
export const authFile = (role: Role) => path.join(import.meta.dirname, ".auth", `${role}.json`);

/** `test.use(asRole("viewer"))`: the file's tests start signed in as that demo user. */
export const asRole = (role: Role) => ({ storageState: authFile(role) });

export const test = base.extend<{ app: Techfolio }>({
  app: async ({ page }, provide) => provide(new Techfolio(page)),
});

/** 'YYYY-MM' of the month `back` months before this one, in local time like the app's month arithmetic. */
export function monthsAgo(back: number): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - back);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

export { expect };
