"use server";

import { z } from "zod";
import type { AuditInput } from "@/db/queries/audit";
import { findImportPreference, saveImportPreference } from "@/db/queries/import-preferences";
import { insertTechnology, takenTechnologyNames } from "@/db/queries/technology-writes";
import { tenantAction, type ActionInput, type ActionResult } from "@/lib/actions/tenant-action";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isStorableText } from "@/lib/form-state";
import { DATE_ORDER_CHOICES, DECIMAL_CHOICES, type FileConventions } from "@/lib/imports/conventions";
import { csvHeader, MAX_CSV_BYTES, parseTechnologiesCsv, TOO_LARGE_MESSAGE, type CsvError, type ParsedCsv, type ReadWith } from "./csv-import";

export type PreviewTechnology = {
  row: number;
  name: string;
  vendor: string;
  category: string;
  status: string;
  costLines: number;
  benefitLines: number;
};
/** `conventions` is the choice the file was read with (sent back on import); `readWith` what that came to. */
export type ImportPreview = { technologies: PreviewTechnology[]; errors: CsvError[]; conventions: FileConventions; readWith?: ReadWith };
export type ImportResult = { imported: number; errors: CsvError[] };

// Characters never outnumber UTF-8 bytes, so this cheap guard refuses nothing the parser's byte limit would allow.
// Without a choice, a file starts from the one remembered for its header shape, else from detection.
const importSchema = z.object({
  csv: z.string({ error: "Choose a CSV file." }).max(MAX_CSV_BYTES, TOO_LARGE_MESSAGE),
  decimal: z.enum(DECIMAL_CHOICES, { error: "Choose the decimal separator the file uses." }).optional(),
  dateOrder: z.enum(DATE_ORDER_CHOICES, { error: "Choose the date order the file uses." }).optional(),
});
type ImportInput = z.output<typeof importSchema>;

/** The kind of file, for remembering its conventions. */
const KIND = "technologies";
const AUTO: FileConventions = { decimal: "auto", dateOrder: "auto" };
const isChoice = <T extends string>(choices: readonly T[], v: string): v is T => (choices as readonly string[]).includes(v);

/** A header the database can hold (no NUL bytes or lone surrogates) is remembered; any other is not. */
const rememberable = (header: string) => header !== "" && isStorableText(header);

async function conventionsFor(ctx: TenantCtx, input: ImportInput, header: string): Promise<FileConventions> {
  const remembered = rememberable(header) ? await findImportPreference(ctx, KIND, header) : null;
  const saved =
    remembered && isChoice(DECIMAL_CHOICES, remembered.decimal) && isChoice(DATE_ORDER_CHOICES, remembered.dateOrder)
      ? { decimal: remembered.decimal, dateOrder: remembered.dateOrder }
      : AUTO;
  return { decimal: input.decimal ?? saved.decimal, dateOrder: input.dateOrder ?? saved.dateOrder };
}

/** The parse, plus the names this workspace already has: both are checked again on import, never taken from the preview. */
async function checkCsv(ctx: TenantCtx, input: ImportInput): Promise<ParsedCsv & { conventions: FileConventions }> {
  const conventions = await conventionsFor(ctx, input, csvHeader(input.csv));
  const parsed = { ...parseTechnologiesCsv(input.csv, { conventions, locale: ctx.org.locale }), conventions };
  const takenNames = await takenTechnologyNames(ctx, parsed.technologies.map((t) => t.input.name));
  if (takenNames.size === 0) return parsed;
  const clashes = parsed.technologies.filter((t) => takenNames.has(t.input.name));
  const errors = [
    ...parsed.errors,
    ...clashes.map((t) => ({ row: t.row, column: "name", message: `A technology named "${t.input.name}" already exists in this workspace.` })),
  ].sort((a, b) => a.row - b.row);
  return { ...parsed, technologies: parsed.technologies.filter((t) => !takenNames.has(t.input.name)), errors };
}

/**
 * Validates a CSV and says what an import would do; writes nothing. The CSV text is large: the values
 * submitted are not echoed back (`echo: false`), here and on import.
 */
export const previewImport = tenantAction(importSchema, { role: "member", readOnly: true, echo: false }, async (input, ctx) => {
  const { technologies, errors, conventions, readWith } = await checkCsv(ctx, input);
  const data: ImportPreview = {
    technologies: technologies.map(({ row, input }) => ({
      row,
      name: input.name,
      vendor: input.vendor,
      category: input.category,
      status: input.status,
      costLines: input.costs.length,
      benefitLines: input.benefits.length,
    })),
    errors,
    conventions,
    readWith,
  };
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
const refreshAfterImport = (slug: string, { errors }: ImportResult) => (errors.length ? [] : [`/w/${slug}/portfolio`, `/w/${slug}/dashboard`]);

const importAll = tenantAction(importSchema, { role: "member", echo: false, revalidate: refreshAfterImport }, async (input, ctx) => {
  const { technologies, errors, conventions, header } = await checkCsv(ctx, input);
  // Nothing is written unless the whole file is clean.
  if (errors.length) return { data: { imported: 0, errors } satisfies ImportResult, audit: [] };
  const audit = await insertAll(ctx, technologies);
  // The next file of this shape starts from the conventions this one was read with.
  if (rememberable(header)) await saveImportPreference(ctx, KIND, header, { ...conventions, delimiter: "auto", mapping: {} });
  return { data: { imported: technologies.length, errors: [] } satisfies ImportResult, audit };
});

/** Re-parses and re-checks the CSV, then imports every technology in one transaction, or none. */
export async function importTechnologies(slug: string, raw: ActionInput): Promise<ActionResult<ImportResult>> {
  const result = await importAll(slug, raw);
  if (result.ok && result.data?.errors.length) {
    const n = result.data.errors.length;
    return { ok: false, message: `Nothing was imported: fix the ${n === 1 ? "problem" : `${n} problems`} below and upload the file again.`, data: result.data };
  }
  return result;
}
