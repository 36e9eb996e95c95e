// What every route handler and server action shares, whatever its shape (lib/server/route.ts, action.ts): a mark
// that it went through the wrapper (tests/unit/entry-points.test.ts finds every route and action file and checks
// each export carries it), the errors a handler may throw to answer with a 4xx, and how anything else is reported:
// logged in full on the server, answered with a plain sentence and no stack trace.
import { z } from "zod";
import { userMessage } from "@/i18n/user-message";
import { logger } from "@/lib/log";

const ENTRY_POINT = Symbol.for("cellstate.entry-point");

export function markEntryPoint<F extends (...args: never[]) => unknown>(fn: F): F {
  Object.defineProperty(fn, ENTRY_POINT, { value: true });
  return fn;
}

export function isEntryPoint(value: unknown): boolean {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[ENTRY_POINT] === true;
}

type FieldErrors = Record<string, string[] | undefined>;

// Known bad input, thrown from anywhere below an entry point: the wrapper answers `status` with this message.
export class InputError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "InputError";
  }
}

// A limit was reached (lib/auth/rate-limit.ts): 429 with Retry-After, or the same sentence on a form.
export class TooManyTries extends InputError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, userMessage("tooManyTries", { minutes }));
    this.name = "TooManyTries";
  }
}

// Field errors by field name (zod 4's flattenError; nested paths count for their top-level field), with the
// first message as the sentence to show.
export function validationError(error: z.ZodError): InputError {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const first = formErrors[0] ?? Object.values(fieldErrors).flat()[0] ?? userMessage("notUnderstood");
  return new InputError(400, String(first), fieldErrors as FieldErrors);
}

// The log keeps the whole error (with its stack) under a short reference; the answer names only the reference.
export function reportUnexpected(where: string, error: unknown): string {
  const reference = crypto.randomUUID().slice(0, 8);
  logger.error({ err: error, where, reference }, "unexpected error");
  return reference;
}
