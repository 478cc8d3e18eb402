import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import { roles } from "@/lib/domain/values";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";

export const ALREADY_MEMBER = "This person is already a member of this workspace.";
export const ONLY_OWNER_INVITES_OWNER = "Only an owner can invite another owner.";
export const ONLY_OWNER_MANAGES_OWNERS = "Only an owner can change or remove an owner.";
export const LAST_OWNER = "A workspace needs at least one owner. Make someone else an owner (or transfer ownership) first.";
export { ACCOUNT_EXISTS, INVITATION_UNAVAILABLE } from "@/lib/domain/messages";
export const INVITATION_OTHER_EMAIL = "This invitation was sent to a different email address.";

const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@company.com.").max(254, "That email address is too long."));

const role = z.enum(roles, { error: "Choose a role." });
const userId = z.string({ error: "Choose a member." });

export const inviteSchema = z.object({ email, role });
export const revokeInvitationSchema = z.object({ id: z.string({ error: "Choose an invitation." }) });
export const changeRoleSchema = z.object({ userId, role });
export const removeMemberSchema = z.object({ userId });
export const transferOwnershipSchema = z.object({ userId });

/** Sign-up from an invitation: the email is the invitation's, never typed. */
export const inviteSignUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

