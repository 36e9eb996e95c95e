// What every answer to hostile input must be: below 500, no stack trace or server-failure sentence in the body,
// and, where it refused, the JSON { error } of the wrapper (routes) or an error result (actions).
import { expect } from "@playwright/test";
import { z } from "zod";

// A stack frame ("    at f (file.js:1:2)"), a path into the build, or the wrapper's sentence for an unexpected error
// (messages/<locale>/errors.json serverFailed, in either language: the action wrapper's 500 in disguise).
const LEAKS = /\n\s+at \S.*:\d+:\d+|\.next\/server|node_modules\/|Something went wrong on the server|服务器出了点问题/;

type Answer = { status: number; text: string; contentType: string };

export function expectNoServerError(answer: Answer, what: string): void {
  expect(answer.status, `${what}\n→ ${answer.status} ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  expect(answer.text.slice(0, 200_000), what).not.toMatch(LEAKS);
}

const errorBody = z.object({ error: z.string().min(1) });

// A refusal by one of our own routes names what was wrong. Next's own 404 and 405 for paths and methods no route
// serves, and Auth.js's answers, are not ours to word.
export function expectClearRefusal(answer: Answer, what: string): void {
  if (!answer.contentType.includes("application/json")) {
    expect([404, 405, 431], `${what}\n→ ${answer.status} ${answer.text.slice(0, 300)}`).toContain(answer.status);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    parsed = undefined;
  }
  expect(errorBody.safeParse(parsed).success, `${what}\n→ ${answer.status} ${answer.text.slice(0, 300)}`).toBe(true);
}

const actionError = z.union([
  z.object({ ok: z.literal(false), error: z.string() }),
  z.object({ fieldErrors: z.record(z.string(), z.unknown()) }),
]);

// An action's result is row 1 of its RSC answer ("1:{…}"); an error result means nothing may have been written.
export function isActionErrorResult(text: string): boolean {
  const row = /^1:(\{.*\})$/m.exec(text)?.[1];
  if (!row) return false;
  try {
    return actionError.safeParse(JSON.parse(row)).success;
  } catch {
    return false;
  }
}
