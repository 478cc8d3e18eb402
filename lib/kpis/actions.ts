"use server";

import * as queries from "@/db/queries/kpis";
import { tenantAction } from "@/lib/actions/tenant-action";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { deleteKpiSchema, entryGridSchema, kpiSchema, updateKpiSchema } from "./schemas";
import { canonicalDecimal, parseKpiValue } from "./unit-rules";

/** The KPI pages (entry and detail with them) and the dashboard show every KPI change. */
const refresh = (slug: string) => [`/w/${slug}/kpis`, `/w/${slug}/dashboard`];

// Definitions shape every member's monthly review, so only admins change them.
const ADMIN = { role: "admin", revalidate: refresh } as const;

export const createKpi = tenantAction((ctx) => kpiSchema(ctx.org.locale), ADMIN, async (input, ctx) => {
  const { id, after } = await queries.insertKpi(ctx, input);
  return { data: { id }, audit: { action: "create", entity: "kpi", entityId: id, after } };
});

export const updateKpi = tenantAction((ctx) => updateKpiSchema(ctx.org.locale), ADMIN, async ({ id, ...input }, ctx) => {
  const { before, after } = await queries.updateKpi(ctx, id, input);
  return { data: { id }, audit: { action: "update", entity: "kpi", entityId: id, before, after } };
});

export const deleteKpi = tenantAction(deleteKpiSchema, ADMIN, async ({ id }, ctx) => {
  const { before } = await queries.deleteKpi(ctx, id);
  return { data: { id }, audit: { action: "delete", entity: "kpi", entityId: id, before } };
});

type Entry = { value: string; note: string } | null;

/**
 * The whole month in one transaction: every row is read the way the workspace's locale writes numbers
 * ("8,5" in de-DE) and checked against its KPI's stored unit first, and one bad row saves nothing. Blank
 * values are skipped, so what was saved before for that KPI stays.
 */
export const saveKpiValues = tenantAction((ctx) => entryGridSchema(ctx.org.locale), { role: "member", revalidate: refresh }, async ({ period, values }, ctx) => {
  const ids = values.map((r) => r.kpiId);
  // Another workspace's KPI, an unknown one or a malformed id: the same not-found, before any write.
  if (!ids.every(isUuid) || new Set(ids).size !== ids.length) throw new AppError("not_found");
  await queries.lockEntryPeriod(ctx, period);
  const known = new Map((await queries.kpisForEntry(ctx, period, ids)).map((k) => [k.id, k]));
  if (known.size !== ids.length) throw new AppError("not_found");

  const errors: Record<string, string[]> = {};
  const changed: { kpiId: string; value: string; note: string }[] = [];
  const before: Record<string, Entry> = {};
  const after: Record<string, Entry> = {};
  values.forEach((row, i) => {
    const kpi = known.get(row.kpiId)!;
    const stored = kpi.value === null ? null : { value: canonicalDecimal(kpi.value)!, note: kpi.note ?? "" };
    const parsed = parseKpiValue(row.value, kpi.unit, ctx.org.locale);
    if ("error" in parsed) errors[`values.${i}.value`] = [parsed.error];
    if (!("value" in parsed)) return;
    if (stored && stored.value === parsed.value && stored.note === row.note) return;
    changed.push({ kpiId: row.kpiId, value: parsed.value, note: row.note });
    before[row.kpiId] = stored;
    after[row.kpiId] = { value: parsed.value, note: row.note };
  });
  if (Object.keys(errors).length) throw new AppError("invalid", "Some values need fixing; nothing was saved.", errors);

  await queries.upsertMeasurements(ctx, period, changed);
  const audit = changed.length ? [{ action: "update" as const, entity: "kpi_measurements", entityId: period, before, after }] : [];
  return { data: { period, saved: changed.length }, audit };
});
