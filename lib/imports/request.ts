/**
 * What every import action takes (the file's text and how to read it), and the choices a workspace made
 * for the last file of the same shape: a file starts from them, and the next one from this one's.
 */
import "server-only";
import { z } from "zod";
import { findImportPreference, saveImportPreference } from "@/db/queries/import-preferences";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { isStorableText } from "@/lib/form-state";
import { DATE_ORDER_CHOICES, DECIMAL_CHOICES } from "./conventions";
import { DELIMITER_CHOICES } from "./delimiter";
import { tooLargeMessage } from "./limits";
import { headerKeyOf, readImport, type ImportKind, type ImportOptions, type Mapping, type Preview } from "./pipeline";

const MAPPING_MESSAGE = "The column choices could not be read. Choose the columns again.";

/** A mapping as a form sends it (JSON text) or as an object. */
const mappingSchema = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v === "" ? undefined : v;
    if (v === "") return undefined;
    try {
      return JSON.parse(v);
    } catch {
      return null;
    }
  },
  z.record(z.string({ error: MAPPING_MESSAGE }).max(100, MAPPING_MESSAGE), z.string({ error: MAPPING_MESSAGE }).max(4000, MAPPING_MESSAGE), { error: MAPPING_MESSAGE }).optional(),
);

/**
 * The fields of an import action's input. Characters never outnumber UTF-8 bytes, so the length check
 * refuses nothing the pipeline's byte limit would allow; the pipeline says how large is too large.
 */
export const importRequestFields = (kind: ImportKind<unknown>) => ({
  csv: z.string({ error: "Choose a file." }).max(kind.maxBytes, tooLargeMessage(kind.maxBytes)),
  delimiter: z.enum(DELIMITER_CHOICES, { error: "Choose the column separator the file uses." }).optional(),
  decimal: z.enum(DECIMAL_CHOICES, { error: "Choose the decimal separator the file uses." }).optional(),
  dateOrder: z.enum(DATE_ORDER_CHOICES, { error: "Choose the date order the file uses." }).optional(),
  mapping: mappingSchema,
});
export type ImportRequest = { csv: string } & Partial<ImportOptions>;

const isChoice = <T extends string>(choices: readonly T[], v: string | undefined): v is T => v !== undefined && (choices as readonly string[]).includes(v);

/** A header the database can hold (no NUL bytes or lone surrogates) is remembered; any other is not. */
const rememberable = (headerKey: string) => headerKey !== "" && isStorableText(headerKey);

/** Each choice as sent, else as remembered for files of this kind and header, else detected; the mapping likewise (else found from the header's names). */
export async function choicesFor(ctx: TenantCtx, kind: string, request: ImportRequest): Promise<ImportOptions> {
  const headerKey = headerKeyOf(request.csv);
  const saved = rememberable(headerKey) ? await findImportPreference(ctx, kind, headerKey) : null;
  const mapping: Mapping | undefined = request.mapping ?? (saved && Object.keys(saved.mapping).length ? saved.mapping : undefined);
  return {
    delimiter: request.delimiter ?? (isChoice(DELIMITER_CHOICES, saved?.delimiter) ? saved.delimiter : "auto"),
    decimal: request.decimal ?? (isChoice(DECIMAL_CHOICES, saved?.decimal) ? saved.decimal : "auto"),
    dateOrder: request.dateOrder ?? (isChoice(DATE_ORDER_CHOICES, saved?.dateOrder) ? saved.dateOrder : "auto"),
    ...(mapping ? { mapping } : {}),
  };
}

/** Reads a request's file in the workspace's locale, with the choices sent or remembered; writes nothing. */
export async function readRequest<Row>(ctx: TenantCtx, kind: ImportKind<Row>, request: ImportRequest): Promise<{ choices: ImportOptions; preview: Preview<Row> }> {
  const choices = await choicesFor(ctx, kind.kind, request);
  return { choices, preview: readImport(kind, request.csv, choices, ctx.org.locale) };
}

/** Remembers the choices a file was imported with, and the mapping it was read with, for the next file of its shape. */
export async function rememberChoices(ctx: TenantCtx, kind: ImportKind<unknown>, preview: Pick<Preview<unknown>, "headerKey" | "mapping">, choices: ImportOptions): Promise<void> {
  if (!rememberable(preview.headerKey)) return;
  const { delimiter, decimal, dateOrder } = choices;
  await saveImportPreference(ctx, kind.kind, preview.headerKey, { delimiter, decimal, dateOrder, mapping: preview.mapping });
}
