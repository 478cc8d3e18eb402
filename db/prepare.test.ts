import { getTableName, count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { investments, kpiMeasurements, memberships, organizations, users } from "@/db/schema";
import { prepareDatabase } from "./prepare";

const tables = [users, organizations, memberships, investments, kpiMeasurements];

async function counts() {
  const entries = await Promise.all(tables.map(async (t) => [getTableName(t), (await db.select({ n: count() }).from(t))[0].n] as const));
  return Object.fromEntries(entries);
}

describe("start-up (prepareDatabase)", () => {
  it("seeds an empty database once; a restart keeps the data and adds nothing", async () => {
    await prepareDatabase();
    const first = await counts();
    expect(first.organizations).toBe(3);
    expect(first.users).toBe(3);

    await prepareDatabase();
    expect(await counts()).toEqual(first);
  });
});
