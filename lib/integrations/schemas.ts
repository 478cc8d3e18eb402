import { z } from "zod";
import { UNKNOWN_TECHNOLOGY_MESSAGE } from "@/lib/domain/messages";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";

export const integrationDirections = ["sends", "receives"] as const;

export const SELF_LINK_MESSAGE = "Choose another technology: a technology can't integrate with itself.";
export { DUPLICATE_LINK_MESSAGE, UNKNOWN_TECHNOLOGY_MESSAGE } from "@/lib/domain/messages";

/**
 * A link added from a technology's page: "this technology sends data to the other" or "receives data
 * from it". Both ids are checked against the workspace again inside the transaction.
 */
export const addIntegrationSchema = z
  .object({
    technologyId: z.guid({ error: UNKNOWN_TECHNOLOGY_MESSAGE }),
    direction: z.enum(integrationDirections, { error: "Choose whether it sends or receives data." }),
    otherId: z.preprocess((v) => v ?? "", z.string().trim().min(1, "Choose a technology.").pipe(z.guid({ error: UNKNOWN_TECHNOLOGY_MESSAGE }))),
    description: z.preprocess((v) => v ?? "", z.string().trim().max(200, "The description can be at most 200 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
  })
  .superRefine((input, ctx) => {
    if (input.technologyId.toLowerCase() === input.otherId.toLowerCase()) ctx.addIssue({ code: "custom", message: SELF_LINK_MESSAGE, path: ["otherId"] });
  })
  .transform(({ technologyId, direction, otherId, description }) => {
    const [self, other] = [technologyId.toLowerCase(), otherId.toLowerCase()];
    return { technologyId: self, otherId: other, fromId: direction === "sends" ? self : other, toId: direction === "sends" ? other : self, description };
  });

export const removeIntegrationSchema = z.object({ id: z.guid({ error: "Not found." }) });

