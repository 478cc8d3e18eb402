"use server";

import * as queries from "@/db/queries/goals";
import { bumpVersions } from "@/db/queries/versions";
import { tenantAction } from "@/lib/actions/tenant-action";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { auditByTechnology, planAlignmentChanges, strengthsByCell } from "./matrix";
import { alignmentMatrixSchema, deleteGoalSchema, goalSchema, MISSING_TARGET_MESSAGE, STALE_MATRIX_MESSAGE, updateGoalSchema } from "./schemas";

export type MatrixSaved = { changed: number; technologies: number };

// Goals steer every technology's alignment score, so only admins (and owners) change them. Goals and links
// feed the dashboard, the portfolio's alignment scores, KPI links and reports: the whole workspace is refreshed.
const ADMIN = { role: "admin", revalidate: "workspace" } as const;

export const createGoal = tenantAction((ctx) => goalSchema(ctx.org.locale), ADMIN, async (input, ctx) => {
  const { id, after } = await queries.insertGoal(ctx, input);
  return { data: { id }, audit: { action: "create", entity: "goal", entityId: id, after } };
});

export const updateGoal = tenantAction((ctx) => updateGoalSchema(ctx.org.locale), ADMIN, async ({ id, ...input }, ctx) => {
  const { before, after } = await queries.updateGoal(ctx, id, input);
  return { data: { id }, audit: { action: "update", entity: "goal", entityId: id, before, after } };
});

export const deleteGoal = tenantAction(deleteGoalSchema, ADMIN, async ({ id }, ctx) => {
  const { before } = await queries.deleteGoal(ctx, id);
  return { data: { id }, audit: { action: "delete", entity: "goal", entityId: id, before } };
});

/**
 * Payload: `{ cells: [{ investmentId, goalId, strength, was? }] }`, only the cells that changed, saved in one
 * transaction. The matrix is as strategic as the goals themselves, so it is admin+ too (members rate a
 * technology's goals in its own form). Every id is checked against this workspace here, not trusted from the
 * browser; one unknown id, one stale cell or one bad value saves nothing. Each technology whose links change
 * gets one audit row and a new version.
 */
export const saveAlignments = tenantAction(alignmentMatrixSchema, ADMIN, async ({ cells }, ctx) => {
  const normalized = cells.map((c) => ({ ...c, investmentId: c.investmentId.toLowerCase(), goalId: c.goalId.toLowerCase() }));
  const investmentIds = [...new Set(normalized.map((c) => c.investmentId))];
  const goalIds = [...new Set(normalized.map((c) => c.goalId))];
  // Another workspace's id, an unknown one or a malformed one: the same not-found, before any write.
  if (![...investmentIds, ...goalIds].every(isUuid)) throw new AppError("not_found", MISSING_TARGET_MESSAGE);
  const known = await queries.lockMatrixTargets(ctx, investmentIds, goalIds);
  if (known.investmentIds.size !== investmentIds.length || known.goalIds.size !== goalIds.length) throw new AppError("not_found", MISSING_TARGET_MESSAGE);

  const stored = strengthsByCell(await queries.listStoredAlignments(ctx, investmentIds, goalIds));
  const { changes, conflicts } = planAlignmentChanges(normalized, stored);
  if (conflicts.length) {
    const fieldErrors = Object.fromEntries(conflicts.map((i) => [`cells.${i}.strength`, ["Changed by someone else since you opened the page."]]));
    throw new AppError("conflict", STALE_MATRIX_MESSAGE, fieldErrors);
  }

  await queries.writeAlignmentChanges(ctx, changes);
  const perTechnology = auditByTechnology(changes);
  const bumped = new Map((await bumpVersions(ctx, "technology", perTechnology.map((t) => t.investmentId))).map((r) => [r.id, r.version]));
  const audit = perTechnology.map(({ investmentId, before, after }) => ({
    action: "update" as const,
    entity: "alignments",
    entityId: investmentId,
    before,
    after: { ...after, version: bumped.get(investmentId) },
  }));
  return { data: { changed: changes.length, technologies: perTechnology.length } satisfies MatrixSaved, audit };
});
