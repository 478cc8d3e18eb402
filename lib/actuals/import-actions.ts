"use server";

import { z } from "zod";
import { tenantAction, type ActionInput, type ActionResult } from "@/lib/actions/tenant-action";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readRequest, importRequestFields } from "@/lib/imports/request";
import { bankFile } from "./bank-file";
import { importReadFile, type BankImportResult } from "./bank-import";
import { previewBank, type BankCheck } from "./bank-preview";
import { matchRuleSchema } from "./schemas";

const MAX_ACCEPTED_RULES = 50;

/** A rule list as a form sends it (JSON text) or as a list. */
const acceptedRules = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v ?? [];
    try {
      return v.trim() === "" ? [] : JSON.parse(v);
    } catch {
      return null;
    }
  },
  z.array(matchRuleSchema, { error: "The rules to add could not be read. Choose them again." }).max(MAX_ACCEPTED_RULES, `Add at most ${MAX_ACCEPTED_RULES} rules with one file.`),
);

const previewSchema = z.object({ ...importRequestFields(bankFile), fileName: z.string().max(500).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE).optional() });
const commitSchema = previewSchema.extend({ acceptRules: acceptedRules });

/** Reads a bank file and says what importing it would do (duplicates, matches, suggested rules); writes nothing. */
export const previewBankImport = tenantAction(previewSchema, { role: "member", readOnly: true, echo: false }, async (input, ctx): Promise<BankCheck> => previewBank(ctx, input));

// Imports are large writes: a person gets a few dozen a quarter of an hour (a year of monthly exports at once).
const importLimit = (orgId: string, userId: string) => ({ key: `bank-import:${orgId}:${userId}`, windowMs: 15 * 60_000, limit: 40 });

// Payments move figures on most pages (ledger, technologies, dashboard, reports); a file that added nothing refreshes nothing.
const refreshAfterImport = (slug: string, result: BankImportResult) => (result.importId || result.rulesAdded ? [`/w/${slug}`] : []);

const importFile = tenantAction(commitSchema, { role: "member", echo: false, revalidate: refreshAfterImport }, async (input, ctx) => {
  await enforceRateLimit(importLimit(ctx.orgId, ctx.userId));
  // Read again here: the preview the browser saw is never trusted.
  const { choices, preview } = await readRequest(ctx, bankFile, input);
  const data = await importReadFile(ctx, { fileName: input.fileName ?? "", acceptRules: input.acceptRules }, preview, choices);
  // importReadFile writes the import's audit rows itself (the demo seed calls it outside any action).
  return { data, audit: [] };
});

/** Imports a bank file: every payment it adds, or (with any problem in the file) none. */
export async function commitBankImport(slug: string, raw: ActionInput): Promise<ActionResult<BankImportResult>> {
  const result = await importFile(slug, raw);
  const problems = result.data ? (result.data.fileError ? 1 : result.data.errors.length) : 0;
  if (result.ok && problems) {
    return { ok: false, message: `Nothing was imported: fix the ${problems === 1 ? "problem" : `${problems} problems`} below and upload the file again.`, data: result.data };
  }
  return result;
}
