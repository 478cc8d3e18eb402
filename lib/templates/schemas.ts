import { z } from "zod";

export { SOURCE_REFUSED_MESSAGE } from "@/lib/domain/messages";

const CHOOSE_SOURCE = "Choose a source workspace.";

/** The source is named by its slug and resolved against the user's own admin memberships on the server. */
export const applyTemplateSchema = z.object({
  // Slugs are lower-case words and dashes (the organizations table checks the same); anything else names no workspace.
  source: z
    .string({ error: CHOOSE_SOURCE })
    .trim()
    .refine((v) => v.length <= 200 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), CHOOSE_SOURCE),
});
