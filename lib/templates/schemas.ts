import { z } from "zod";

export const SOURCE_REFUSED_MESSAGE = "Choose a workspace you are an admin of as the source.";

/** The source is named by its slug and resolved against the user's own admin memberships on the server. */
export const applyTemplateSchema = z.object({
  source: z.string({ error: "Choose a source workspace." }).trim().min(1, "Choose a source workspace.").max(200, "Choose a source workspace."),
});
