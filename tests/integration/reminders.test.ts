// Daily reminders against real receivers: e-mail through a real SMTP server (smtp-server as a sink), push through
// a local push service that checks the VAPID signature and decrypts each message with the subscription's own keys
// (tests/fixtures/push-service.ts). Settings are read when lib/env is first imported, so everything that reaches it
// is imported after SMTP_URL is set.
import fs from "node:fs";
import https from "node:https";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPushService, type TestSubscription } from "@/tests/fixtures/push-service";
import { decoded, startSmtpSink } from "@/tests/fixtures/smtp-sink";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let push: Awaited<ReturnType<typeof startPushService>>;
let mod: {
  db: typeof import("@/lib/db").db;
  sendDueReminders: typeof import("@/lib/jobs/reminder-schedule").sendDueReminders;
  saveReminder: typeof import("@/lib/journal/reminders").saveReminder;
  savePushSubscription: typeof import("@/lib/journal/reminders").savePushSubscription;
  saveEntry: typeof import("@/lib/journal/entries").saveEntry;
  createUser: (email: string) => Promise<string>;
};

// 20:30 in Shanghai (UTC+8) on 2026-12-02; the reminders below are for 20:00 there.
const EVENING = new Date("2026-12-02T12:30:00Z");
const NEXT_EVENING = new Date("2026-12-03T12:30:00Z");
const ZONE = "Asia/Shanghai";

async function remindAt(email: string, options: { mail: boolean; locale?: string; time?: string }) {
  const userId = await mod.createUser(email);
  await mod.db.user.update({ where: { id: userId }, data: { timeZone: ZONE, locale: options.locale ?? null } });
  // Set in the morning, so the evening's reminder is still to come.
  await mod.saveReminder(
    userId,
    {
      enabled: true,
      time: options.time ?? "20:00",
      email: options.mail,
      timeZone: ZONE,
    },
    new Date("2026-12-02T01:00:00Z"),
  );
  return userId;
}

async function subscribe(userId: string, name: string): Promise<TestSubscription> {
  const subscription = push.subscribe(name);
  await mod.savePushSubscription(userId, subscription);
  return subscription;
}

const pushesTo = (subscription: TestSubscription) =>
  push.deliveries.filter((d) => d.endpoint === subscription.endpoint).map((d) => JSON.parse(d.payload) as unknown);
const mailsTo = (email: string) =>
  sink.received.filter((m) => m.to.includes(email)).map((m) => ({ ...m, raw: decoded(m.raw) }));

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.SMTP_FROM = "Cellstate <journal@example.org>";
  process.env.AUTH_URL = "https://journal.example.org";
  push = await startPushService();
  // web-push sends over https with Node's global agent: trust the test service's certificate there.
  https.globalAgent.options.ca = push.cert;

  const { db } = await import("@/lib/db");
  const { createUser } = await import("../setup/users");
  const { sendDueReminders } = await import("@/lib/jobs/reminder-schedule");
  const { saveReminder, savePushSubscription } = await import("@/lib/journal/reminders");
  const { saveEntry } = await import("@/lib/journal/entries");
  mod = { db, sendDueReminders, saveReminder, savePushSubscription, saveEntry, createUser };
});

afterAll(async () => {
  await push.close();
  await sink.close();
});

describe("daily reminders", () => {
  it("e-mails and pushes once at the user's time, holding no entry text, and again the next day", async () => {
    const userId = await remindAt("evening@example.com", { mail: true });
    const phone = await subscribe(userId, "phone");
    await mod.saveEntry(userId, "2026-12-01", { body: "Yesterday's secret about the quarrel.", mood: null, tags: [] });

    expect(await mod.sendDueReminders(new Date("2026-12-02T11:59:00Z"))).toBe(0); // 19:59 in Shanghai
    expect(await mod.sendDueReminders(EVENING)).toBeGreaterThanOrEqual(1);
    expect(pushesTo(phone)).toEqual([{ title: "Time to write", body: "A few lines about today?" }]);
    const [mail, ...more] = mailsTo("evening@example.com");
    expect(more).toEqual([]);
    expect(mail!.raw).toContain("Subject: Time to write");
    expect(mail!.raw).toContain("https://journal.example.org/journal");
    for (const text of [mail!.raw, ...push.deliveries.map((d) => d.payload)]) expect(text).not.toContain("secret");

    // The same evening, and as a restarted worker would find it (the day is in the database): nothing more.
    expect(await mod.sendDueReminders(new Date("2026-12-02T15:00:00Z"))).toBe(0);
    expect(pushesTo(phone)).toHaveLength(1);
    expect(mailsTo("evening@example.com")).toHaveLength(1);

    await mod.sendDueReminders(NEXT_EVENING);
    expect(pushesTo(phone)).toHaveLength(2);
    expect(mailsTo("evening@example.com")).toHaveLength(2);
  });

  it("sends nothing on a day already written, before its time, or when it is off", async () => {
    const wrote = await remindAt("wrote@example.com", { mail: true });
    const wroteLaptop = await subscribe(wrote, "wrote-laptop");
    await mod.saveEntry(wrote, "2026-12-02", { body: "Written in the afternoon.", mood: null, tags: [] });
    const later = await remindAt("later@example.com", { mail: true, time: "21:15" });
    const off = await mod.createUser("off@example.com");
    const offPhone = await subscribe(off, "off-phone");

    await mod.sendDueReminders(EVENING);
    expect(pushesTo(wroteLaptop)).toEqual([]);
    expect(mailsTo("wrote@example.com")).toEqual([]);
    expect(mailsTo("later@example.com")).toEqual([]);
    expect(pushesTo(offPhone)).toEqual([]);
    await mod.sendDueReminders(new Date("2026-12-02T13:15:00Z"));
    expect(mailsTo("later@example.com")).toHaveLength(1);
    expect(await mod.db.reminder.findUnique({ where: { userId: later } })).toMatchObject({ lastSentDay: "2026-12-02" });
  });

  it("pushes in the language the user chose, drops subscriptions the service says are gone, retries a failed day", async () => {
    const userId = await remindAt("zh@example.com", { mail: false, locale: "zh" });
    const tablet = await subscribe(userId, "tablet");
    await subscribe(userId, "gone/old-phone");
    await mod.sendDueReminders(EVENING);
    expect(pushesTo(tablet)).toEqual([{ title: "该写日记了", body: "写几句今天的事吧？" }]);
    const left = await mod.db.pushSubscription.findMany({ where: { userId }, select: { endpoint: true } });
    expect(left.map((s) => s.endpoint)).toEqual([tablet.endpoint]);

    // Only a push service that is down: nothing went out, so the day is not used up and the next minute tries again.
    const down = await remindAt("down@example.com", { mail: false });
    await subscribe(down, "broken/desk");
    await mod.sendDueReminders(EVENING);
    expect(await mod.db.reminder.findUnique({ where: { userId: down } })).toMatchObject({ lastSentDay: null });
    expect(push.refusals).toEqual([]);
  });

  it("keeps at most ten devices per user, dropping the oldest", async () => {
    const userId = await mod.createUser("many@example.com");
    const endpoints: string[] = [];
    for (let k = 0; k < 12; k++) endpoints.push((await subscribe(userId, `many-${k}`)).endpoint);
    const kept = await mod.db.pushSubscription.findMany({ where: { userId }, select: { endpoint: true } });
    expect(kept.map((s) => s.endpoint).sort()).toEqual(endpoints.slice(2).sort());
  });

  it("keeps one VAPID key pair in the data folder, readable by the owner only, and signs with it", async () => {
    const file = path.join(process.env.DATA_DIR!, "vapid-keys.json");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const { publicKey } = JSON.parse(fs.readFileSync(file, "utf8")) as { publicKey: string };
    expect(new Set(push.deliveries.map((d) => d.vapidKey))).toEqual(new Set([publicKey]));
    expect(push.deliveries.every((d) => Number(d.ttl) > 0)).toBe(true);
  });

  it("does not start with a reminder straight away when turned on after its time", async () => {
    const userId = await mod.createUser("late@example.com");
    await mod.db.user.update({ where: { id: userId }, data: { timeZone: ZONE } });
    await mod.saveReminder(userId, { enabled: true, time: "20:00", email: true, timeZone: ZONE }, EVENING);
    await mod.sendDueReminders(EVENING);
    expect(mailsTo("late@example.com")).toEqual([]);
    await mod.sendDueReminders(NEXT_EVENING);
    expect(mailsTo("late@example.com")).toHaveLength(1);
  });
});
