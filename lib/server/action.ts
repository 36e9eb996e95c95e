// The one wrapper for server actions (app/**/actions.ts), the twin of route.ts for forms. Next itself refuses
// actions posted from another origin. Here: the session (a signed-out user is sent to sign in, a non-admin gets
// 404), zod `safeParse` of the form with field errors for the form to show, and errors turned into a sentence on
// the form, never an exception page. Every answer carries back what was typed in the fields named in `keep`, so a
// refused form is shown again as the user left it (password fields are never sent back).
import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireAdmin, requireUser, type SessionUser } from "@/lib/auth/session";
import { logger, withRequestId } from "@/lib/log";
import { localized, localizedFieldErrors, type ErrorTranslator } from "@/i18n/user-message";
import { InputError, markEntryPoint, reportUnexpected, validationError } from "./entry-point";
import { errorTranslator } from "./localize";
import { requestIdOf } from "./request-id";

type Access = "user" | "admin" | "public";

type UserFor<A extends Access> = A extends "public" ? null : SessionUser;

/** Every form's state, as its action answers it and `useForm` (components/ui/use-form.ts) reads it. */
export type FormState<F extends string> = {
  /** Why the form was refused as a whole, or what went wrong on the server. */
  message?: string;
  /** What was done, to say so above the form. */
  done?: string;
  fieldErrors?: Partial<Record<F, string[]>>;
  values?: Partial<Record<F, string>>;
};

/** A form's fields are its schema's. */
type FieldOf<S extends z.ZodType> = Extract<keyof z.input<S>, string>;

/** What a page hands its form (useActionState's signature). */
export type FormAction<F extends string> = (state: FormState<F>, formData: FormData) => Promise<FormState<F>>;

async function authenticate<A extends Access>(access: A): Promise<UserFor<A>> {
  if (access === "public") return null as UserFor<A>;
  return (access === "admin" ? await requireAdmin() : await requireUser()) as UserFor<A>;
}

// Redirects and 404s are exceptions Next handles itself: let them through. Anything else becomes a message, in
// the reader's language.
function messageOf(error: unknown, where: string, t: ErrorTranslator): string {
  unstable_rethrow(error);
  if (error instanceof InputError) return localized(error.message, t);
  const reference = reportUnexpected(`action ${where}`, error);
  return t("serverFailed", { reference });
}

// The request's id from proxy.ts; an action called outside a request (a unit test) has no headers to read.
async function requestId(): Promise<string> {
  try {
    return requestIdOf(await headers());
  } catch {
    return requestIdOf(new Headers());
  }
}

// Every line logged while the action runs carries the request's id, and the action logs its name and time, never
// what the form held (lib/log.ts).
function logged<A extends unknown[], R>(name: string, run: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> =>
    withRequestId(await requestId(), async () => {
      const started = performance.now();
      try {
        return await run(...args);
      } finally {
        logger.info({ action: name, ms: Math.round(performance.now() - started) }, "action");
      }
    });
}

function textFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === "string") fields[name] = value;
  return fields;
}

// For a form used with useActionState: (previous state, FormData) → the next state.
export function formAction<A extends Access, S extends z.ZodType>(
  options: { name: string; access: A; schema: S; keep?: readonly FieldOf<S>[] },
  handler: (data: z.infer<S>, context: { user: UserFor<A>; formData: FormData }) => Promise<FormState<FieldOf<S>>>,
): FormAction<FieldOf<S>> {
  type State = FormState<FieldOf<S>>;
  return markEntryPoint(
    logged(options.name, async (_previous: State, formData: FormData): Promise<State> => {
      const fields = textFields(formData);
      // Keyed by names from `keep`, which are the schema's fields (TypeScript cannot follow fromEntries's keys).
      const values = Object.fromEntries(
        (options.keep ?? []).map((name) => [name, fields[name] ?? ""]),
      ) as State["values"];
      const t = await errorTranslator();
      try {
        const user = await authenticate(options.access);
        const parsed = options.schema.safeParse(fields);
        if (!parsed.success) {
          const { message, fieldErrors } = validationError(parsed.error);
          // The schema's own errors, so keyed by its fields.
          const errors = localizedFieldErrors(fieldErrors as State["fieldErrors"], t);
          return {
            values,
            fieldErrors: errors,
            ...(errors && Object.keys(errors).length ? {} : { message: localized(message, t) }),
          };
        }
        const state = await handler(parsed.data, { user, formData });
        return {
          values,
          ...state,
          ...(state.message && { message: localized(state.message, t) }),
          ...(state.fieldErrors && { fieldErrors: localizedFieldErrors(state.fieldErrors, t) }),
        };
      } catch (error) {
        return { values, message: messageOf(error, options.name, t) };
      }
    }),
  );
}

export type ActionResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: string };

// For an action called from code with one argument (a button's handler).
export function valueAction<A extends Access, S extends z.ZodType, T extends object>(
  options: { name: string; access: A; schema: S },
  handler: (data: z.infer<S>, context: { user: UserFor<A> }) => Promise<ActionResult<T>>,
) {
  return markEntryPoint(
    logged(options.name, async (input?: unknown): Promise<ActionResult<T>> => {
      const t = await errorTranslator();
      try {
        const user = await authenticate(options.access);
        const parsed = options.schema.safeParse(input);
        if (!parsed.success) return { ok: false, error: localized(validationError(parsed.error).message, t) };
        const result = await handler(parsed.data, { user });
        return result.ok ? result : { ok: false, error: localized(result.error, t) };
      } catch (error) {
        return { ok: false, error: messageOf(error, options.name, t) };
      }
    }),
  );
}
