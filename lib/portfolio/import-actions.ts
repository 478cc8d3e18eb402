"use server";

import { z } from "zod";
import type { AuditInput } from "@/db/queries/audit";
import { insertTechnology, takenTechnologyNames } from "@/db/queries/technology-writes";
import { tenantAction, type ActionInput, type ActionResult } from "@/lib/actions/tenant-action";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { toCheck, type ImportCheck } from "@/lib/imports/check";
import type { CellError, ImportOptions } from "@/lib/imports/pipeline";
import { choicesFor, importRequestFields, rememberChoices } from "@/lib/imports/request";
import { parseTechnologiesCsv, technologiesFile, type ParsedCsv } from "./csv-import";

export type PreviewTechnology = {
  name: string;
  vendor: string;
  category: string;
  status: string;
  costLines: number;
  benefitLines: number;
};
/** The file as read, its technologies (each at its first row) summarised; `choices` are sent back on import. */
export type ImportPreview = ImportCheck<PreviewTechnology>;
export type ImportResult = { imported: number; errors: CellError[]; fileError: string | null };

// Without a choice, a file starts from the ones remembered for its header, else from detection.
const importSchema = z.object(importRequestFields(technologiesFile));
type ImportInput = z.output<typeof importSchema>;

/** The parse, plus the names this workspace already has: both are checked again on import, never taken from the preview. */
async function checkCsv(ctx: TenantCtx, input: ImportInput): Promise<ParsedCsv & { choices: ImportOptions }> {
  const choices = await choicesFor(ctx, technologiesFile.kind, input);
  const parsed = { ...parseTechnologiesCsv(input.csv, { conventions: choices, locale: ctx.org.locale }), choices };
  const takenNames = await takenTechnologyNames(ctx, parsed.technologies.map((t) => t.input.name));
  if (takenNames.size === 0) return parsed;
  const nameColumn = parsed.mapping.name ?? "name";
  const clashes = parsed.technologies.filter((t) => takenNames.has(t.input.name));
  const errors = [
    ...parsed.errors,
    ...clashes.map((t) => ({ row: t.row, column: nameColumn, message: `A technology named "${t.input.name}" already exists in this workspace.` })),
  ].sort((a, b) => a.row - b.row);
  return { ...parsed, technologies: parsed.technologies.filter((t) => !takenNames.has(t.input.name)), errors };
}

/**
 * Validates a CSV and says what an import would do; writes nothing. The CSV text is large: the values
 * submitted are not echoed back (`echo: false`), here and on import.
 */
export const previewImport = tenantAction(importSchema, { role: "member", readOnly: true, echo: false }, async (input, ctx) => {
  const { technologies, choices, ...parsed } = await checkCsv(ctx, input);
  const rows = technologies.map(({ row, input }) => ({ line: row, row: input }));
  const data: ImportPreview = toCheck({ ...parsed, rows }, choices, (t) => ({
    name: t.name,
    vendor: t.vendor,
    category: t.category,
    status: t.status,
    costLines: t.costs.length,
    benefitLines: t.benefits.length,
  }));
  return data;
});

/** Inserts every technology, or (on a name taken since the check) none: the transaction rolls back every row. */
async function insertAll(ctx: TenantCtx, technologies: ParsedCsv["technologies"]): Promise<AuditInput[]> {
  const audit: AuditInput[] = [];
  for (const { row, input } of technologies) {
    try {
      const { id, after } = await insertTechnology(ctx, input);
      audit.push({ action: "import", entity: "investment", entityId: id, after });
    } catch (error) {
      if (!(error instanceof AppError && error.code === "conflict")) throw error;
      throw new AppError("conflict", `Row ${row}: a technology named "${input.name}" already exists. Nothing was imported.`, {
        [`row.${row}.name`]: ["A technology with this name already exists."],
      });
    }
  }
  return audit;
}

// A file with problems writes nothing, so it refreshes nothing either.
const refreshAfterImport = (slug: string, { imported }: ImportResult) => (imported ? [`/w/${slug}/portfolio`, `/w/${slug}/dashboard`] : []);

const importAll = tenantAction(importSchema, { role: "member", echo: false, revalidate: refreshAfterImport }, async (input, ctx) => {
  const checked = await checkCsv(ctx, input);
  const { technologies, errors, fileError, choices } = checked;
  // Nothing is written unless the whole file is clean.
  if (fileError || errors.length) return { data: { imported: 0, errors, fileError } satisfies ImportResult, audit: [] };
  const audit = await insertAll(ctx, technologies);
  // The next file of this shape starts from the choices this one was read with.
  await rememberChoices(ctx, technologiesFile, checked, choices);
  return { data: { imported: technologies.length, errors: [], fileError: null } satisfies ImportResult, audit };
});

/** Re-parses and re-checks the CSV, then imports every technology in one transaction, or none. */
export async function importTechnologies(slug: string, raw: ActionInput): Promise<ActionResult<ImportResult>> {
  const result = await importAll(slug, raw);
  if (result.ok && result.data?.fileError) return { ok: false, message: `Nothing was imported: ${result.data.fileError}`, data: result.data };
  if (result.ok && result.data?.errors.length) {
    const n = result.data.errors.length;
    return { ok: false, message: `Nothing was imported: fix the ${n === 1 ? "problem" : `${n} problems`} below and upload the file again.`, data: result.data };
  }
  return result;
}
