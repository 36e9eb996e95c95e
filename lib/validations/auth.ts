import { z } from "zod";
import { localeSchema } from "@/i18n/locales";
import { userMessage } from "@/i18n/user-message";
import { isValidTimeZone } from "@/lib/dates";

export const MIN_PASSWORD_LENGTH = 10;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email(userMessage("emailInvalid")));

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, userMessage("atLeast", { min: MIN_PASSWORD_LENGTH }))
  .max(200, userMessage("atMost", { max: 200 }))
  .refine((p) => new Set(p).size >= 4, { message: userMessage("tooEasy") });

const timeZoneSchema = z.string().refine(isValidTimeZone, { message: userMessage("unknownTimeZone") });

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, userMessage("atMost", { max: 80 }))
    .optional(),
  email: emailSchema,
  password: newPasswordSchema,
  // Missing or unknown: the account gets DEFAULT_TIME_ZONE (lib/auth/accounts.ts).
  timeZone: timeZoneSchema.optional().catch(undefined),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, userMessage("passwordMissing")).max(200),
});

export const adminAddUserSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: z.string().trim().max(80).optional(),
});

export const settingsSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, userMessage("atMost", { max: 80 })),
  timeZone: timeZoneSchema,
  // Empty: follow the browser's language; left out: unchanged.
  locale: z
    .union([z.literal("").transform(() => null), localeSchema], { error: userMessage("unknownLanguage") })
    .optional(),
});
