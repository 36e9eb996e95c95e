// The one wrapper for route handlers (app/api/**/route.ts): route() for the signed-in user (401 without a session:
// these are called by fetch and scripts, not people, so no redirect), publicRoute() for anyone. Both answer refusals
// in the reader's language; what they check, in order, is in route-wrapper.ts.
import "server-only";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { errorTranslator } from "./localize";
import { type Input, jsonError, type Options, wrap } from "./route-wrapper";

export { jsonError } from "./route-wrapper";

// A route for the signed-in user.
export function route<
  P extends z.ZodType | undefined = undefined,
  B extends z.ZodType | "text" | undefined = undefined,
>(options: Options<P, B>, handler: (input: Input<P, B> & { user: SessionUser }) => Promise<Response>) {
  return wrap(
    options,
    async () => (await currentUser()) ?? jsonError(401, (await errorTranslator())("signInFirst")),
    handler,
    errorTranslator,
  );
}

// A route anyone may call (health, Auth.js's own endpoints): everything above but the session.
export function publicRoute<
  P extends z.ZodType | undefined = undefined,
  B extends z.ZodType | "text" | undefined = undefined,
>(options: Options<P, B>, handler: (input: Input<P, B>) => Promise<Response>) {
  return wrap(options, async () => null, handler, errorTranslator);
}
