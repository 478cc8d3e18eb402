import type { Locale } from "@/lib/format/locales";
import { randomBytes } from "node:crypto";
import { db } from "@/db";
import { costItems, investments, memberships, organizations, users, type Role } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";

const unique = () => randomBytes(4).toString("hex");

export async function createUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await db
    .insert(users)
    .values({ name: "Test User", email: `user-${unique()}@example.com`, passwordHash: "x", ...overrides })
    .returning();
  return user;
}

export async function createOrg(overrides: Partial<typeof organizations.$inferInsert> = {}) {
  const id = unique();
  const [org] = await db.insert(organizations).values({ slug: `org-${id}`, name: `Org ${id}`, ...overrides }).returning();
  return org;
}

/** A workspace with one member of the given role; returns the tenant context that member would get. */
export async function createTenant(role: Role = "owner", orgOverrides: Partial<typeof organizations.$inferInsert> = {}): Promise<TenantCtx> {
  const org = await createOrg(orgOverrides);
  const user = await createUser();
  await db.insert(memberships).values({ orgId: org.id, userId: user.id, role });
  return { orgId: org.id, userId: user.id, role, org: { slug: org.slug, name: org.name, currency: org.currency, locale: org.locale as Locale } };
}

export async function createInvestment(ctx: Pick<TenantCtx, "orgId">, overrides: Partial<typeof investments.$inferInsert> = {}) {
  const [row] = await db
    .insert(investments)
    .values({ orgId: ctx.orgId, name: `Tech ${unique()}`, category: "crm", status: "live", ...overrides })
    .returning();
  return row;
}

export async function addRecurringCost(
  ctx: Pick<TenantCtx, "orgId">,
  investmentId: string,
  amountCents: number,
  frequency: "monthly" | "annual",
  overrides: Partial<typeof costItems.$inferInsert> = {},
) {
  const [row] = await db
    .insert(costItems)
    .values({ orgId: ctx.orgId, investmentId, category: "subscription", kind: "recurring", frequency, amountCents, startMonth: "2020-01-01", ...overrides })
    .returning();
  return row;
}

/** Another user in the same workspace, with the given role; returns the context they would get. */
export async function addMember(ctx: TenantCtx, role: Role): Promise<TenantCtx> {
  const user = await createUser();
  await db.insert(memberships).values({ orgId: ctx.orgId, userId: user.id, role });
  return { ...ctx, userId: user.id, role };
}
