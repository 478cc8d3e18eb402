/**
 * The workspace's technologies with their cost and benefit lines, in the import file's columns and in
 * machine format (a point before decimals, ISO dates), so the file can be read back as it was written.
 * What the import has no column for (a calculator's inputs, renewal terms, risks) is not in it.
 */
import "server-only";
import Papa from "papaparse";
import { loadTechnologyItems, type TechnologyItems } from "@/db/queries/portfolio";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { formulaPrefix, machineAmount } from "@/lib/format/machine";
import { CSV_COLUMNS } from "./csv-import";

type Line = TechnologyItems["costs"][number] | TechnologyItems["benefits"][number];

const month = (date: string | null) => (date ? date.slice(0, 7) : "");
/** A stored confidence (0–1, three decimals) as the percent the import reads: "0.825" → "82.5". */
const percent = (confidence: string) => String(Math.round(Number(confidence) * 1000) / 10);

function lineRow(name: string, type: "cost" | "benefit", line: Line): Record<string, string> {
  return {
    name,
    line_type: type,
    line_category: line.category,
    line_description: line.description,
    line_kind: line.kind,
    line_frequency: line.frequency ?? "",
    line_amount: machineAmount(line.amountCents),
    line_start_month: month(line.startMonth),
    line_end_month: month(line.endMonth),
    ...("confidence" in line ? { line_ramp_up_months: String(line.rampUpMonths), line_confidence_pct: percent(line.confidence) } : {}),
  };
}

export function technologiesCsv(items: readonly Pick<TechnologyItems, "investment" | "costs" | "benefits">[]): string {
  const rows = items.flatMap(({ investment: t, costs, benefits }) => [
    {
      name: t.name,
      vendor: t.vendor,
      category: t.category,
      value_chain_activity: t.valueChainActivity,
      status: t.status,
      go_live_date: t.goLiveDate ?? "",
      useful_life_months: String(t.usefulLifeMonths),
      owner: t.ownerName ?? "",
      notes: t.notes,
    },
    ...costs.map((c) => lineRow(t.name, "cost", c)),
    ...benefits.map((b) => lineRow(t.name, "benefit", b)),
  ]);
  return Papa.unparse({ fields: CSV_COLUMNS, data: rows.map((r) => CSV_COLUMNS.map((c) => (r as Record<string, string>)[c] ?? "")) }, { escapeFormulae: formulaPrefix, newline: "\r\n" });
}

/** The workspace's technologies as an import file. */
export const technologiesExport = tenantRead(async function technologiesExport(ctx: TenantCtx): Promise<string> {
  return technologiesCsv((await loadTechnologyItems(ctx)).items);
});
