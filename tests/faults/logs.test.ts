// What a real `npm start` logs (lib/log.ts) while entries are saved and a weekly summary is e-mailed: JSON lines with
// request ids (the one each response names in x-request-id), and never the text of an entry, the summary e-mail's
// body, or the address it went to. Entries carry a unique marker; the e-mail goes to a real SMTP sink started here,
// and is checked to hold the marker, so the log is searched for text that did pass through the server.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createUsers, save, signIn } from "./journal-client";
import { type RunningApp, startApp, waitFor } from "./running-app";

const MARKER = "Zorbląx-marker-7731";
const EMAIL = "logs-reader@cellstate.test";
const received: string[] = [];
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    let raw = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => (raw += chunk));
    stream.on("end", () => {
      received.push(raw);
      callback();
    });
  },
});

// Quoted-printable soft line breaks and escapes, enough to search the text.
const decoded = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

// The fortnight before this week's Monday (UTC, the user's zone): the last finished week is in it.
function lastTwoWeeks(): string[] {
  const monday = new Date();
  monday.setUTCHours(0, 0, 0, 0);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return Array.from({ length: 14 }, (_, k) => {
    const day = new Date(monday);
    day.setUTCDate(day.getUTCDate() - 14 + k);
    return day.toISOString().slice(0, 10);
  });
}

let app: RunningApp;
beforeAll(async () => {
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  app = await startApp({
    PORT: process.env.LOGS_PORT || "3711",
    SMTP_URL: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`,
    SMTP_FROM: "Cellstate <journal@cellstate.test>",
    // Everything the app would ever log.
    LOG_LEVEL: "trace",
  });
});
afterAll(async () => {
  await app?.stop();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
});

test("the log has request ids and no entry text, e-mail body or address", async () => {
  await createUsers(app, [EMAIL]);
  const { db } = await import("@/lib/db");
  await db.user.update({ where: { email: EMAIL }, data: { summaryEmail: true } });
  const session = await signIn(app.baseURL, EMAIL);

  const days = lastTwoWeeks();
  for (const [k, day] of days.entries()) {
    const body = `Day ${k}: I learned that ${MARKER} keeps me calm. I kept replaying the call with ${MARKER}.`;
    expect((await save(session, day, body)).acknowledged).toBe(true);
  }
  // One more by hand, to read its response's request id.
  const response = await fetch(`${app.baseURL}/api/journal/${days[0]}`, {
    headers: { cookie: session.cookie },
  });
  expect(response.status).toBe(200);
  const requestId = response.headers.get("x-request-id");
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

  // The worker retrains a second after the saves, then builds the weeks' summaries and e-mails the last one.
  await waitFor("the summary e-mail", () => received.length > 0, 150_000, 500);
  const mail = decoded(received[0]!);
  expect(mail).toContain(MARKER);
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  const log = app.log();
  const lines = log.split("\n").filter((line) => line.startsWith("{"));
  const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  // The request is in the log under the id its response named, with its route and status and nothing of its body.
  expect(records).toContainEqual(
    expect.objectContaining({ reqId: requestId, msg: "request", method: "GET", status: 200 }),
  );
  expect(records.filter((record) => record.msg === "request" && record.method === "PUT").length).toBe(days.length);
  expect(records.some((record) => String(record.msg).startsWith("memory: user"))).toBe(true);
  expect(records.some((record) => String(record.msg).startsWith("summaries: user"))).toBe(true);

  expect(log).not.toContain(MARKER);
  expect(log).not.toContain("keeps me calm");
  expect(log).not.toContain(EMAIL);
  // Nor any line of the e-mail's text.
  const mailLines = mail
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 30 && !line.includes(":"));
  expect(mailLines.length).toBeGreaterThan(0);
  for (const line of mailLines) expect(log).not.toContain(line);
});
