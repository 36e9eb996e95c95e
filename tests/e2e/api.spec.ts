// Bad input to the JSON API gets a 4xx with a JSON { error } message a person can act on: never a 500, and
// never a change to what was saved before.
import { type APIResponse, expect, test } from "@playwright/test";
import { z } from "zod";
import { addDays, serverEntry, signUp, uniqueEmail } from "./helpers";

// Raw bodies go as Buffers: Playwright JSON-encodes a string sent with a JSON content type.
const JSON_HEADERS = { "content-type": "application/json" };

async function expectError(response: APIResponse, status: number | number[], message?: RegExp): Promise<string> {
  const statuses = Array.isArray(status) ? status : [status];
  const text = await response.text();
  expect(statuses, `status ${response.status()}: ${text.slice(0, 300)}`).toContain(response.status());
  expect(response.headers()["content-type"] ?? "").toContain("application/json");
  const { error } = z.object({ error: z.string().min(1) }).parse(JSON.parse(text));
  if (message) expect(error).toMatch(message);
  return error;
}

test("the journal API answers bad input with a 4xx and a clear message, and keeps the saved entry", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("api"));
  const api = page.request;
  const url = `/api/journal/${today}`;

  const good = await api.put(url, { data: { body: "The saved version.", mood: 3, tags: ["work"] } });
  expect(good.status()).toBe(200);
  const saved = ((await good.json()) as { entry: { id: string } }).entry;

  await test.step("malformed JSON → 400", async () => {
    await expectError(
      await api.put(url, { headers: JSON_HEADERS, data: Buffer.from('{"body": "unfinished') }),
      400,
      /not valid JSON/,
    );
  });

  await test.step("no request body at all → 400", async () => {
    await expectError(await api.put(url, { headers: JSON_HEADERS }), 400);
  });

  await test.step("empty or missing entry text → 400", async () => {
    await expectError(await api.put(url, { data: { body: "" } }), 400, /empty/);
    await expectError(await api.put(url, { data: { body: "   \n  " } }), 400, /empty/);
    await expectError(await api.put(url, { data: {} }), 400, /missing/);
    await expectError(await api.put(url, { data: [] }), 400);
    await expectError(await api.put(url, { headers: JSON_HEADERS, data: Buffer.from("null") }), 400);
  });

  await test.step("an entry over 100 KB → 400 (text) or 413 (whole request), with the limit in the message", async () => {
    await expectError(await api.put(url, { data: { body: "x".repeat(100 * 1024 + 1) } }), 400, /100 KB/);
    await expectError(await api.put(url, { data: { body: "x".repeat(300 * 1024) } }), 413, /KB/);
    // Multi-byte text is measured in bytes, not characters: 60 K "é" is 120 KB.
    await expectError(await api.put(url, { data: { body: "é".repeat(60 * 1024) } }), [400, 413], /KB/);
  });

  await test.step("bad mood and tags → 400", async () => {
    await expectError(await api.put(url, { data: { body: "ok", mood: 9 } }), 400, /1 to 5/);
    await expectError(await api.put(url, { data: { body: "ok", mood: 0 } }), 400, /1 to 5/);
    await expectError(await api.put(url, { data: { body: "ok", mood: 2.5 } }), 400, /whole number/);
    await expectError(await api.put(url, { data: { body: "ok", mood: "4" } }), 400);
    await expectError(await api.put(url, { data: { body: "ok", tags: "work" } }), 400);
    await expectError(await api.put(url, { data: { body: "ok", tags: ["x".repeat(41)] } }), 400, /40 characters/);
    await expectError(
      await api.put(url, { data: { body: "ok", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } }),
      400,
      /20 tags/,
    );
  });

  await test.step("none of that changed the saved entry", async () => {
    expect(await serverEntry(page, today)).toMatchObject({
      id: saved.id,
      body: "The saved version.",
      mood: 3,
      tags: ["work"],
    });
  });

  await test.step("impossible and future dates → 400", async () => {
    for (const date of ["2026-02-30", "2025-13-01", "2025-1-5", "yesterday"]) {
      await expectError(await api.put(`/api/journal/${date}`, { data: { body: "ok" } }), 400, /date/i);
      await expectError(await api.get(`/api/journal/${date}`), 400);
    }
    const tomorrow = addDays(today, 1);
    await expectError(await api.put(`/api/journal/${tomorrow}`, { data: { body: "ok" } }), 400, /hasn't come yet/);
    await expectError(await api.get(`/api/journal/${tomorrow}`), 400);
    await expectError(await api.get(`/api/journal/${addDays(today, -5)}`), 404);
  });

  await test.step("unknown entry ids → 404", async () => {
    await expectError(await api.get("/api/entries/no-such-entry"), 404, /No such entry/);
    await expectError(await api.delete("/api/entries/no-such-entry"), 404, /No such entry/);
    await expectError(await api.get(`/api/entries/${saved.id}x`), 404);
  });

  await test.step("the saved entry can be fetched and deleted by its id, once", async () => {
    const byId = await api.get(`/api/entries/${saved.id}`);
    expect(byId.status()).toBe(200);
    expect(((await byId.json()) as { entry: { body: string } }).entry.body).toBe("The saved version.");
    expect((await api.delete(`/api/entries/${saved.id}`)).status()).toBe(204);
    await expectError(await api.delete(`/api/entries/${saved.id}`), 404);
  });
});

test("the API answers 401 with a JSON message when nobody is signed in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    const day = "2025-06-01";
    await expectError(await anonymous.get(`/api/journal/${day}`), 401, /Sign in/);
    await expectError(await anonymous.put(`/api/journal/${day}`, { data: { body: "sneaky" } }), 401);
    // Bad input from a stranger is still a 401, not a 400 that reveals how the input is checked.
    await expectError(
      await anonymous.put(`/api/journal/2026-02-30`, { headers: JSON_HEADERS, data: Buffer.from("{") }),
      401,
    );
    await expectError(await anonymous.get("/api/entries/anything"), 401);
    await expectError(await anonymous.delete("/api/entries/anything"), 401);
    await expectError(await anonymous.get("/api/export"), 401);
    // A forged session cookie is no better than none.
    const forged = await anonymous.get(`/api/journal/${day}`, {
      headers: { cookie: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged" },
    });
    await expectError(forged, 401);
  } finally {
    await anonymous.dispose();
  }
});
