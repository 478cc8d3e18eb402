"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createWorkspaceForUser } from "@/db/queries/workspaces-overview";
import { auth } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { formText, type FormState } from "@/lib/form-state";
import { newWorkspaceSchema } from "./schemas";

/**
 * A new client workspace owned by the signed-in user. It belongs to no workspace yet, so it cannot go
 * through tenantAction: it authenticates itself, validates with zod, and creates the workspace, the owner
 * membership and the audit row in one transaction; then opens the new workspace's dashboard.
 */
export async function createWorkspace(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { name: formText(formData, "name"), currency: formText(formData, "currency"), industry: formText(formData, "industry") };
  const userId = (await auth())?.user?.id;
  if (!userId) return { ok: false, message: "Your session has ended. Sign in again to create a workspace.", values };
  const parsed = newWorkspaceSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: new AppError("invalid").message, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };

  let slug: string;
  try {
    ({ slug } = await createWorkspaceForUser(userId, parsed.data));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    console.error("createWorkspace failed", error);
    return { ok: false, message: "Something went wrong, and no workspace was created. Please try again.", values };
  }
  revalidatePath("/workspaces");
  redirect(`/w/${slug}/dashboard`);
}
