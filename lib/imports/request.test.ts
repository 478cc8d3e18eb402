import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db";
import { importPreferences } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createTenant } from "@/test/factories";
import type { ImportKind } from "./pipeline";
import { choicesFor, importRequestFields, readRequest, rememberChoices } from "./request";

const kind: ImportKind<string> = {
  kind: "request-test",
  maxRows: 10,
  maxBytes: 1024,
  fields: [
    { key: "date", label: "Date", type: "date", required: true, synonyms: [] },
    { key: "amount", label: "Amount", type: "money", required: true, synonyms: [] },
  ],
  toRow: (r) => ({ row: `${r.date} ${r.amount}` }),
};
const file = "When;Sum\n03/04/2026;1,50\n";
const mapping = { date: "When", amount: "Sum" };

let ws: TenantCtx;
let other: TenantCtx;
beforeAll(async () => {
  ws = await createTenant("member", { locale: "de-DE", currency: "EUR" });
  other = await createTenant("member");
});

describe("import requests", () => {
  it("reads a file with nothing remembered by detection and the header's names", async () => {
    expect(await choicesFor(ws, kind.kind, { csv: file })).toEqual({ delimiter: "auto", decimal: "auto", dateOrder: "auto" });
    const { preview } = await readRequest(ws, kind, { csv: file });
    expect(preview.fileError).toBe("Choose the column that holds Date. Choose the column that holds Amount.");
  });

  it("remembers the choices and the mapping per workspace, kind and header line, and sent choices win", async () => {
    const chosen = { delimiter: "semicolon", decimal: "comma", dateOrder: "dmy", mapping } as const;
    const { preview } = await readRequest(ws, kind, { csv: file, ...chosen });
    expect(preview.rows).toEqual([{ line: 2, row: "2026-04-03 150" }]);
    await rememberChoices(ws, kind, preview, chosen);

    const next = "When;Sum\n05/04/2026;2,00\n";
    expect(await choicesFor(ws, kind.kind, { csv: next })).toEqual(chosen);
    expect((await readRequest(ws, kind, { csv: next })).preview.rows).toEqual([{ line: 2, row: "2026-04-05 200" }]);
    expect(await choicesFor(ws, kind.kind, { csv: next, dateOrder: "mdy", mapping: { date: "When" } })).toEqual({ ...chosen, dateOrder: "mdy", mapping: { date: "When" } });
    expect(await choicesFor(ws, "another-kind", { csv: next })).toEqual({ delimiter: "auto", decimal: "auto", dateOrder: "auto" });
    expect(await choicesFor(other, kind.kind, { csv: next })).toEqual({ delimiter: "auto", decimal: "auto", dateOrder: "auto" });
  });

  it("does not remember a header the database cannot hold", async () => {
    const text = "Wh\u0000en;Sum\n03/04/2026;1,50\n";
    const choices = { delimiter: "semicolon", decimal: "comma", dateOrder: "dmy" } as const;
    const { preview } = await readRequest(ws, kind, { csv: text, ...choices });
    await rememberChoices(ws, kind, preview, choices);
    const stored = await db.select().from(importPreferences).where(and(eq(importPreferences.orgId, ws.orgId), eq(importPreferences.kind, kind.kind)));
    expect(stored.map((p) => p.header)).toEqual(["when;sum"]);
  });

  it("takes the mapping as JSON text or an object, and refuses anything else with one message", () => {
    const schema = z.object(importRequestFields(kind));
    expect(schema.parse({ csv: "x", mapping: JSON.stringify(mapping) }).mapping).toEqual(mapping);
    expect(schema.parse({ csv: "x", mapping }).mapping).toEqual(mapping);
    expect(schema.parse({ csv: "x", mapping: "" }).mapping).toBeUndefined();
    for (const bad of ["{", "[1]", JSON.stringify({ date: 3 }), JSON.stringify({ date: "x".repeat(4001) })]) {
      expect(schema.safeParse({ csv: "x", mapping: bad }).error?.issues.map((i) => i.message)).toEqual(["The column choices could not be read. Choose the columns again."]);
    }
    expect(schema.safeParse({ csv: "x".repeat(1025) }).error?.issues.map((i) => i.message)).toEqual([
      "The file is larger than 1 KB. Split it into smaller files and import them one after another.",
    ]);
  });
});
