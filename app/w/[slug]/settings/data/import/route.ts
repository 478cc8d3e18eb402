import { revalidatePath } from "next/cache";
import { jsonAnswer, refusal } from "@/lib/http/responses";
import { userRoute } from "@/lib/http/tenant-route";
import { MAX_IMPORT_BYTES } from "@/lib/workspace-data/schema";
import { importFromForm } from "@/lib/workspace-data/import";

/** Room for the multipart envelope and the name field around the file. */
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

/**
 * Imports an export as a NEW workspace of the signed-in user: it does not act on the workspace in the URL,
 * so no role there is needed. A route handler rather than a server action, whose body limit is 2 MB.
 * Answers JSON: `{ ok: true, redirectTo }` or `{ ok: false, message }`.
 */
export const POST = userRoute({ answer: "json" }, async (request, { userId }) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return refusal(413, "The file is larger than 10 MB; a workspace export is never that large.", "json");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal(400, "Choose a workspace export (.json) to import.", "json");
  }
  const result = await importFromForm(userId, form);
  if (!result.ok) return refusal(result.status, result.message, "json");
  revalidatePath("/workspaces");
  return jsonAnswer({ ok: true, redirectTo: `/w/${result.slug}/dashboard` });
});
