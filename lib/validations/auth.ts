import { z } from "zod";
import { isValidTimeZone } from "@/lib/dates";

export const MIN_PASSWORD_LENGTH = 10;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@example.com"));

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Use at most 200 characters")
  .refine((p) => new Set(p).size >= 4, { message: "Too easy to guess: use more different characters" });

const timeZoneSchema = z.string().refine(isValidTimeZone, { message: "Unknown time zone" });

export const signUpSchema = z.object({
  name: z.string().trim().max(80, "Use at most 80 characters").optional(),
  email: emailSchema,
  password: newPasswordSchema,
  // Missing or unknown: the account gets DEFAULT_TIME_ZONE (lib/auth/accounts.ts).
  timeZone: timeZoneSchema.optional().catch(undefined),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});

export const adminAddUserSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: z.string().trim().max(80).optional(),
});

export const settingsSchema = z.object({
  name: z.string().trim().max(80, "Use at most 80 characters"),
  timeZone: timeZoneSchema,
});
