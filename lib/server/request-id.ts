// One id per request: proxy.ts makes it (or keeps the one a trusted reverse proxy sent), passes it on to the route
// or action in the request's headers and answers with it in `x-request-id`, so a user's "it failed at 10:02" and
// the reference in an error message lead to the server's log lines for that request (lib/log.ts).
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

// What a proxy's id may look like: short, and nothing that could forge a log line.
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdFor(headers: Headers, trustProxy: boolean): string {
  const forwarded = headers.get(REQUEST_ID_HEADER);
  return trustProxy && forwarded && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
}

/** The id proxy.ts gave this request; a request that did not pass it (a test calling a handler) gets its own. */
export function requestIdOf(headers: Headers): string {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && FORWARDED_ID.test(id) ? id : randomUUID();
}
