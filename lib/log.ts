// The server's and the worker's log: one JSON object a line on stdout (pino), for journald, `docker logs` or a log
// shipper. What may be logged: ids (user, entry, request), counts, times, routes and error stacks. Never entry
// text, an e-mail's body or address, nor a request's body: the wrappers (lib/server) log the route and its status,
// not what was sent (tests/faults/logs.test.ts reads a real server's log for a saved entry's text and finds none).
// The CLIs keep printing plain sentences to a person; only what runs in the server or the worker logs here.
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { logLevelSchema } from "./config/log-level";

type RequestContext = { reqId: string };

const requestContext = new AsyncLocalStorage<RequestContext>();

/** What every line gets from the request it is logged under (none outside a request). */
export function requestFields(): Partial<RequestContext> {
  const context = requestContext.getStore();
  return context ? { reqId: context.reqId } : {};
}

export const logger = pino({
  // lib/env.ts has refused a wrong LOG_LEVEL before anything logs; a script that skipped it gets "info".
  level: logLevelSchema.catch("info").parse(process.env.LOG_LEVEL),
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  // Every line logged while a request is handled names it, however deep below the wrapper it was written.
  mixin: requestFields,
  // Belt and braces: should an object with one of these fields ever be logged, its value is not.
  redact: { paths: ["body", "text", "html", "email", "password", "*.body", "*.text", "*.html"], censor: "[hidden]" },
});

/** Runs `work` with every log line below it carrying this request's id. */
export function withRequestId<T>(reqId: string, work: () => T): T {
  return requestContext.run({ reqId }, work);
}
