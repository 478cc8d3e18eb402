"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { resolveTenant } from "@/db/queries/tenants";
import { deleteWorkspace } from "@/db/queries/workspace-data";
import { auth } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { isStorableText, type FormState } from "@/lib/form-state";

// No workspace name holds a NUL or a broken surrogate: such input is a mistyped name, not a database error.
const confirmSchema = z.object({ confirmName: z.string().max(200).refine(isStorableText) });

/**
 * Deletes the workspace named by the URL slug, for its owner, once they typed its exact name. Not through
 * tenantAction: that writes an audit row into the workspace, and this one's audit rows go with it.
 */
export async function deleteWorkspaceAction(slug: string, input: { confirmName: string }): Promise<FormState> {
  const userId = (await auth())?.user?.id;
  const ctx = userId && typeof slug === "string" ? await resolveTenant(userId, slug) : null;
  if (!ctx) return { ok: false, message: new AppError("not_found").message };
  if (ctx.role !== "owner") return { ok: false, message: new AppError("forbidden").message };
  const parsed = confirmSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Type the workspace's name exactly as shown to delete it." };
  try {
    await deleteWorkspace(ctx, parsed.data.confirmName);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    console.error("deleteWorkspace failed", error);
    return { ok: false, message: "Something went wrong, and the workspace was not deleted. Please try again." };
  }
  revalidatePath("/workspaces");
  redirect("/workspaces");
}
