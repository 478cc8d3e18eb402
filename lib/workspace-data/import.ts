import "server-only";
import { importWorkspaceForUser } from "@/db/queries/workspace-data";
import { AppError } from "@/lib/errors";
import { importOptionsSchema, MAX_IMPORT_BYTES, parseWorkspaceFile } from "./schema";

export type ImportResult = { ok: true; slug: string } | { ok: false; status: number; message: string };

/**
 * An uploaded export → a new workspace owned by `userId`: the file's size, its JSON and shape (zod), an
 * optional name; then one transaction in db/queries. Every refusal is a message for the form.
 */
export async function importFromForm(userId: string, form: FormData): Promise<ImportResult> {
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, status: 400, message: "Choose a workspace export (.json) to import." };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, status: 413, message: "The file is larger than 10 MB; a workspace export is never that large." };
  const options = importOptionsSchema.safeParse({ name: form.get("name") ?? undefined });
  if (!options.success) return { ok: false, status: 400, message: options.error.issues[0].message };
  const parsed = parseWorkspaceFile(await file.text());
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message };
  try {
    const { slug } = await importWorkspaceForUser(userId, parsed.data, options.data.name);
    return { ok: true, slug };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, status: error.code === "conflict" ? 409 : 400, message: error.message };
    console.error("importWorkspace failed", error);
    return { ok: false, status: 500, message: "Something went wrong, and nothing was imported. Please try again." };
  }
}
