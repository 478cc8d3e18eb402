import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@company.com.").max(254, "That email address is too long."));

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});

// NIST 800-63B: a length floor and a generous ceiling, no composition rules.
export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  email,
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
  workspace: z.string().trim().min(2, "Name your workspace (at least 2 characters).").max(80, "Keep the workspace name under 80 characters.").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
});

