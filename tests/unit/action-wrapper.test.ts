// The server-action wrapper: a refused form comes back with field errors and what was typed (never the
// password), an unexpected error becomes a sentence on the form (logged, no stack), a limit its own sentence,
// and Next's redirects still happen.
import { afterEach, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import { z } from "zod";
import { logger } from "@/lib/log";
import { formAction, type FormState, valueAction } from "@/lib/server/action";
import { TooManyTries } from "@/lib/server/entry-point";

type State = FormState<"email" | "password">;

const schema = z.object({
  email: z.email("Enter a valid email address"),
  password: z.string().min(10, "Use at least 10 characters"),
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

afterEach(() => vi.restoreAllMocks());

describe("formAction", () => {
  const ok = formAction({ name: "test", access: "public", schema, keep: ["email"] }, async (): Promise<State> => ({
    message: "done",
  }));

  it("returns each field's errors and what was typed, without the password", async () => {
    const state = await ok({}, form({ email: "not an address", password: "short" }));
    expect(state).toEqual({
      values: { email: "not an address" },
      fieldErrors: { email: ["Enter a valid email address"], password: ["Use at least 10 characters"] },
    });
  });

  it("runs the handler on valid input, still carrying back what was typed", async () => {
    expect(await ok({}, form({ email: "a@example.com", password: "long enough pass" }))).toEqual({
      values: { email: "a@example.com" },
      message: "done",
    });
  });

  it("turns an unexpected error into a message with a reference, logged with its stack", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => {});
    const broken = formAction(
      { name: "broken", access: "public", schema, keep: ["email"] },
      async (): Promise<State> => {
        throw new Error("database is locked at /srv/data");
      },
    );
    const state = await broken({}, form({ email: "a@example.com", password: "long enough pass" }));
    expect(state.values).toEqual({ email: "a@example.com" });
    expect(state.message).toMatch(/^Something went wrong on the server\. .*Reference \w+/);
    expect(state.message).not.toContain("locked");
    expect(log).toHaveBeenCalledOnce();
  });

  it("shows a limit as its sentence", async () => {
    const limited = formAction({ name: "limited", access: "public", schema }, async (): Promise<State> => {
      throw new TooManyTries(120);
    });
    const state = await limited({}, form({ email: "a@example.com", password: "long enough pass" }));
    expect(state.message).toBe("Too many tries. Try again in 2 minutes.");
  });

  it("lets Next's redirect through", async () => {
    const away = formAction({ name: "away", access: "public", schema }, async (): Promise<State> =>
      redirect("/journal"),
    );
    await expect(away({}, form({ email: "a@example.com", password: "long enough pass" }))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});

describe("valueAction", () => {
  const mark = valueAction({ name: "mark", access: "public", schema: z.object({ on: z.boolean() }) }, async () => ({
    ok: true,
  }));

  it("answers input of the wrong shape with a message, not an exception", async () => {
    expect(await mark({ on: "yes" })).toEqual({ ok: false, error: expect.any(String) });
    expect(await mark(undefined)).toEqual({ ok: false, error: expect.any(String) });
    expect(await mark({ on: true })).toEqual({ ok: true });
  });
});
