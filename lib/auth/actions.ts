"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { createUserWithWorkspace } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { formText, safeCallbackUrl, type FormState } from "@/lib/form-state";
import { clientIp, signInRetryAfterMs } from "./credentials";
import { signIn, signOut } from "./index";
import { hashPassword } from "./password";
import { signInSchema, signUpSchema } from "./schemas";

export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: formText(formData, "email") };
  const parsed = signInSchema.safeParse({ email: values.email, password: formText(formData, "password") });
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };

  const redirectTo = safeCallbackUrl(formData instanceof FormData ? formData.get("callbackUrl") : null);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const ms = await signInRetryAfterMs(parsed.data.email, clientIp(await headers()));
      const minutes = Math.max(1, Math.ceil(ms / 60_000));
      return { ok: false, message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, values };
    }
    if (error instanceof AuthError) return { ok: false, message: "Wrong email or password.", values };
    throw error; // success is a redirect, which Next.js delivers as a thrown signal
  }
  return { ok: true };
}

export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { name: formText(formData, "name"), email: formText(formData, "email"), workspace: formText(formData, "workspace") };
  const parsed = signUpSchema.safeParse({ ...values, password: formText(formData, "password") });
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };

  const { name, email, password, workspace } = parsed.data;
  let slug: string;
  try {
    ({ slug } = await createUserWithWorkspace({ name, email, workspace, passwordHash: await hashPassword(password) }));
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return { ok: false, fieldErrors: { email: [error.message] }, values };
    throw error;
  }
  await signIn("credentials", { email, password, redirectTo: `/w/${slug}/dashboard` });
  return { ok: true };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
