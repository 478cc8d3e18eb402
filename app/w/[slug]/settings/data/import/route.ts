import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { MAX_IMPORT_BYTES } from "@/lib/workspace-data/schema";
import { importFromForm } from "@/lib/workspace-data/import";

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/** Cookies go with cross-site posts in some browsers; a browser's Origin must be this site's host. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Imports an export as a NEW workspace of the signed-in user: it does not act on the workspace in the URL,
 * so no role there is needed. A route handler rather than a server action, whose body limit is 2 MB.
 * Answers JSON: `{ ok: true, redirectTo }` or `{ ok: false, message }`.
 */
export async function POST(request: Request) {
  const userId = (await auth())?.user?.id;
  if (!userId) return json(401, { ok: false, message: "Your session has ended. Sign in again to import a workspace." });
  if (!sameOrigin(request)) return json(403, { ok: false, message: "Not allowed." });
  const length = Number(request.headers.get("content-length") ?? 0);
  // Room for the multipart envelope and the name field around the file.
  if (length > MAX_IMPORT_BYTES + 64 * 1024) return json(413, { ok: false, message: "The file is larger than 10 MB; a workspace export is never that large." });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(400, { ok: false, message: "Choose a workspace export (.json) to import." });
  }
  const result = await importFromForm(userId, form);
  if (!result.ok) return json(result.status, { ok: false, message: result.message });
  revalidatePath("/workspaces");
  return json(200, { ok: true, redirectTo: `/w/${result.slug}/dashboard` });
}
