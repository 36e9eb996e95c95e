// The wrapper every route handler goes through (lib/server/route.ts adds the session and the reader's language),
// kept apart from them so that a route prerendered at build (the service worker, app/serwist/[path]/route.ts)
// imports no settings or database: those would make the data folder and its secret while Next builds. In order: a
// state-changing request from another site is refused (403) and one that does not say it sends JSON too (415); then
// the caller's identity (route(): 401 without a session); then the route's parameters and body are parsed with zod
// (400 with field errors; 413 over the size limit). Whatever the handler throws becomes a 4xx when it is known bad
// input (InputError) and otherwise a logged 500 whose answer shows no stack trace.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { englishErrors, type ErrorTranslator, localized, localizedFieldErrors, userMessage } from "@/i18n/user-message";
import { logger, withRequestId } from "@/lib/log";
import { InputError, markEntryPoint, reportUnexpected, TooManyTries, validationError } from "./entry-point";
import { readText } from "./request-body";
import { requestIdOf } from "./request-id";
import { hasContentType, isCrossSite } from "./request-origin";

export function jsonError(status: number, error: string, fieldErrors?: Record<string, string[] | undefined>) {
  return NextResponse.json({ error, ...(fieldErrors && { fieldErrors }) }, { status });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type Context = { params: Promise<Record<string, string | string[]>> };

export type Options<P extends z.ZodType | undefined, B extends z.ZodType | "text" | undefined> = {
  // The route's dynamic segments, e.g. z.object({ date: isoDaySchema }).
  params?: P;
  // A zod schema for a JSON body, or "text" for the raw text (the import parses its own, record by record).
  body?: B;
  maxBytes?: number;
  // Content types a state-changing request may have. Only Auth.js's own forms need more than JSON.
  contentTypes?: readonly string[];
};

type Parsed<T> = T extends z.ZodType ? z.infer<T> : T extends "text" ? string : undefined;

export type Input<P, B> = { request: Request; params: Parsed<P>; body: Parsed<B> };

const DEFAULT_MAX_BYTES = 64 * 1024;

export function wrap<P extends z.ZodType | undefined, B extends z.ZodType | "text" | undefined, U>(
  options: Options<P, B>,
  authenticate: () => Promise<U | Response>,
  handler: (input: Input<P, B> & { user: U }) => Promise<Response>,
  translator: () => Promise<ErrorTranslator>,
) {
  return markEntryPoint((request: Request, context?: Context): Promise<Response> =>
    withRequestId(requestIdOf(request.headers), async () => {
      const started = performance.now();
      const response = await answer(request, context);
      // The route and its status, never what was sent or answered (lib/log.ts).
      logger.info(
        {
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
      return response;
    }),
  );

  async function answer(request: Request, context?: Context): Promise<Response> {
    try {
      if (!SAFE_METHODS.has(request.method)) {
        if (isCrossSite(request.headers)) return jsonError(403, "Requests from other sites are not accepted");
        if (carriesBody(request) && !hasContentType(request.headers, options.contentTypes ?? ["application/json"]))
          return jsonError(415, "Send the request as application/json");
      }
      const user = await authenticate();
      if (user instanceof Response) return user;
      const params = await parseParams(options.params, context);
      const body = await parseBody(request, options);
      return await handler({ request, user, params, body } as Input<P, B> & { user: U });
    } catch (error) {
      return errorResponse(error, `${request.method} ${new URL(request.url).pathname}`, await translator());
    }
  }
}

// A DELETE names its entry in the URL and sends nothing (and, being no simple request, cannot be sent from another
// site without a preflight that is never granted); every other write, and a DELETE that does send a body, is JSON.
function carriesBody(request: Request): boolean {
  if (request.method !== "DELETE") return true;
  return request.headers.has("content-type") || Number(request.headers.get("content-length") ?? "0") > 0;
}

async function parseParams(schema: z.ZodType | undefined, context: Context | undefined) {
  if (!schema) return undefined;
  const parsed = schema.safeParse(await context?.params);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

async function parseBody(request: Request, options: Options<z.ZodType | undefined, z.ZodType | "text" | undefined>) {
  if (!options.body) return undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const text = await readText(request, maxBytes);
  if (text === null) throw new InputError(413, userMessage("requestTooLarge", { size: size(maxBytes) }));
  if (options.body === "text") return text;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InputError(400, userMessage("notJson"));
  }
  const parsed = options.body.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

// The refusal in the reader's language (lib/server/localize.ts): the browser shows it as it is.
function errorResponse(error: unknown, where: string, t: ErrorTranslator): Response {
  if (error instanceof TooManyTries) {
    const response = jsonError(429, localized(error.message, t));
    response.headers.set("retry-after", String(error.retryAfterSeconds));
    return response;
  }
  if (error instanceof InputError) {
    return jsonError(error.status, localized(error.message, t), localizedFieldErrors(error.fieldErrors, t));
  }
  const reference = reportUnexpected(where, error);
  return jsonError(500, t("serverFailed", { reference }));
}

// A route built into a static file while Next builds (the service worker): no session, no request to take a
// language from, so its refusals are English.
export function staticRoute<
  P extends z.ZodType | undefined = undefined,
  B extends z.ZodType | "text" | undefined = undefined,
>(options: Options<P, B>, handler: (input: Input<P, B>) => Promise<Response>) {
  return wrap(
    options,
    async () => null,
    handler,
    async () => englishErrors,
  );
}
