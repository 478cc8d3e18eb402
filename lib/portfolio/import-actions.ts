"use server";

import { and, eq, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Tx } from "@/db";
import type { AuditInput } from "@/db/queries/audit";
import { insertTechnology } from "@/db/queries/technology-writes";
import { investments } from "@/db/schema";
import { tenantAction, type ActionResult } from "@/lib/actions/tenant-action";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isStorableText } from "@/lib/form-state";
import { findImportPreference, saveImportPreference } from "@/db/queries/import-preferences";
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

type Raw = FormData | Record<string, unknown>;

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

async function conventionsFor(tx: Tx, ctx: TenantCtx, input: ImportInput, header: string): Promise<FileConventions> {
  const remembered = rememberable(header) ? await findImportPreference(tx, ctx, KIND, header) : null;
  const saved =
    remembered && isChoice(DECIMAL_CHOICES, remembered.decimal) && isChoice(DATE_ORDER_CHOICES, remembered.dateOrder)
      ? { decimal: remembered.decimal, dateOrder: remembered.dateOrder }
      : AUTO;
  return { decimal: input.decimal ?? saved.decimal, dateOrder: input.dateOrder ?? saved.dateOrder };
}

/** The parse, plus the names this workspace already has: both are checked again on import, never taken from the preview. */
async function checkCsv(tx: Tx, ctx: TenantCtx, input: ImportInput): Promise<ParsedCsv & { conventions: FileConventions }> {
  const conventions = await conventionsFor(tx, ctx, input, csvHeader(input.csv));
  const parsed = { ...parseTechnologiesCsv(input.csv, { conventions, locale: ctx.org.locale }), conventions };
  const names = parsed.technologies.map((t) => t.input.name);
  if (names.length === 0) return parsed;
  // Inline rather than in db/queries: it only serves the import, and it is scoped like every query there.
  const taken = await tx
    .select({ name: investments.name })
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), inArray(investments.name, names)));
  if (taken.length === 0) return parsed;
  const takenNames = new Set(taken.map((t) => t.name));
  const clashes = parsed.technologies.filter((t) => takenNames.has(t.input.name));
  const errors = [
    ...parsed.errors,
    ...clashes.map((t) => ({ row: t.row, column: "name", message: `A technology named "${t.input.name}" already exists in this workspace.` })),
  ].sort((a, b) => a.row - b.row);
  return { ...parsed, technologies: parsed.technologies.filter((t) => !takenNames.has(t.input.name)), errors };
}

const preview = tenantAction(importSchema, { role: "member" }, async (input, ctx, tx) => {
  const { technologies, errors, conventions, readWith } = await checkCsv(tx, ctx, input);
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
  return { data, audit: [] };
});

const importAll = tenantAction(importSchema, { role: "member" }, async (input, ctx, tx) => {
  const { technologies, errors, conventions, header } = await checkCsv(tx, ctx, input);
  // Nothing is written unless the whole file is clean.
  if (errors.length) return { data: { imported: 0, errors } satisfies ImportResult, audit: [] };
  const audit: AuditInput[] = [];
  for (const { row, input } of technologies) {
    try {
      const { id, after } = await insertTechnology(tx, ctx, input);
      audit.push({ action: "import", entity: "investment", entityId: id, after });
    } catch (error) {
      // Someone added the same name since the check above: the transaction rolls back every row.
      if (error instanceof AppError && error.code === "conflict") {
        throw new AppError("conflict", `Row ${row}: a technology named "${input.name}" already exists. Nothing was imported.`, {
          [`row.${row}.name`]: ["A technology with this name already exists."],
        });
      }
      throw error;
    }
  }
  // The next file of this shape starts from the conventions this one was read with.
  if (rememberable(header)) await saveImportPreference(tx, ctx, KIND, header, conventions);
  return { data: { imported: technologies.length, errors: [] } satisfies ImportResult, audit };
});

/** The CSV text is large; the wrapper's echo of the submitted values is of no use to the import page. */
function withoutValues<R>({ values: _values, ...result }: ActionResult<R>): ActionResult<R> {
  return result;
}

/** Validates a CSV and says what an import would do; writes nothing. */
export async function previewImport(slug: string, raw: Raw): Promise<ActionResult<ImportPreview>> {
  return withoutValues(await preview(slug, raw));
}

/** Re-parses and re-checks the CSV, then imports every technology in one transaction, or none. */
export async function importTechnologies(slug: string, raw: Raw): Promise<ActionResult<ImportResult>> {
  const result = withoutValues(await importAll(slug, raw));
  if (result.ok && result.data?.errors.length) {
    const n = result.data.errors.length;
    return { ok: false, message: `Nothing was imported: fix the ${n === 1 ? "problem" : `${n} problems`} below and upload the file again.`, data: result.data };
  }
  if (result.ok) {
    revalidatePath(`/w/${slug}/portfolio`);
    revalidatePath(`/w/${slug}/dashboard`);
  }
  return result;
}
