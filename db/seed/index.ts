/**
 * The demo data: three client workspaces (a café chain, a parts manufacturer, an accounting practice) run by
 * one consultant, with numbers that tell the stories in shared/reference/demo-story.md.
 * Deterministic (seeded generator, ids included) and idempotent (keyed on the demo consultant's email).
 */
import { eq } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import { isUniqueViolation } from "../../lib/errors";
import type { Database, Tx } from "../client";
import {
  alignments,
  auditLog,
  benefitItems,
  costItems,
  goals,
  integrations,
  investments,
  kpiMeasurements,
  kpis,
  memberships,
  organizations,
  risks,
  scenarios,
  scoringFactors,
  users,
} from "../schema";
import { buildSeedRows, type SeedRows } from "./build";
import { monthStartUtc } from "./calendar";
import { DEFAULT_SEED, DEMO_PASSWORD, DEMO_USERS } from "./accounts";

export { DEMO_PASSWORD, DEMO_USERS, DEFAULT_SEED } from "./accounts";
export { buildSeedRows, type SeedRows } from "./build";

export type SeedOptions = {
  /** Seed of the generator; default 20261123. */
  seed?: number;
  /** The "today" the stories are told from (its month); default: the first day of the current UTC month. */
  asOf?: Date;
};

/** Seeds the demo workspaces unless the demo consultant already exists. One transaction; safe to run concurrently. */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<{ created: boolean }> {
  if (await demoExists(db)) return { created: false };
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = monthStartUtc(options.asOf ?? new Date());
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = buildSeedRows({ seed, asOf, passwordHash });
  try {
    await db.transaction(async (tx) => {
      await insertSeedRows(tx, rows);
    });
    return { created: true };
  } catch (error) {
    // A concurrent run inserted the demo users first: the unique email index rejected ours.
    if (isUniqueViolation(error)) return { created: false };
    throw error;
  }
}

async function demoExists(db: Database): Promise<boolean> {
  const found = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS.consultant)).limit(1);
  return found.length > 0;
}

/** One multi-row insert per table, parents before children. */
async function insertSeedRows(tx: Tx, rows: SeedRows): Promise<void> {
  await tx.insert(users).values(rows.users);
  await tx.insert(organizations).values(rows.organizations);
  await tx.insert(memberships).values(rows.memberships);
  await tx.insert(goals).values(rows.goals);
  await tx.insert(investments).values(rows.investments);
  await tx.insert(costItems).values(rows.costItems);
  await tx.insert(benefitItems).values(rows.benefitItems);
  if (rows.risks.length > 0) await tx.insert(risks).values(rows.risks);
  await tx.insert(scoringFactors).values(rows.scoringFactors);
  if (rows.alignments.length > 0) await tx.insert(alignments).values(rows.alignments);
  await tx.insert(kpis).values(rows.kpis);
  await tx.insert(kpiMeasurements).values(rows.kpiMeasurements);
  if (rows.scenarios.length > 0) await tx.insert(scenarios).values(rows.scenarios);
  if (rows.integrations.length > 0) await tx.insert(integrations).values(rows.integrations);
  await tx.insert(auditLog).values(rows.auditLog);
}
