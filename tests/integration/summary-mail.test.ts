// Summary e-mails through a real SMTP server started here (smtp-server, as a sink), not a mock. Settings are
// read when lib/env is first imported, so everything that reaches it is imported after SMTP_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { decoded, startSmtpSink } from "@/tests/fixtures/smtp-sink";
import { generateJournal } from "@/tests/fixtures/synthetic-journal/journal";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const received = () => sink.received;

// Three weeks of entries (W44–W46 of 2026); "now" is the Tuesday of W47 in UTC.
const dates = Array.from({ length: 21 }, (_, k) => addDays("2026-10-26", k));
const journal = generateJournal({ seed: 5, dates, moodRate: 1 });
const NOW = new Date("2026-11-17T12:00:00Z");
let users: { optedIn: string; notOptedIn: string; chinese: string };
let mod: {
  buildDueSummaries: typeof import("@/lib/jobs/summary-schedule").buildDueSummaries;
  db: typeof import("@/lib/db").db;
};

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.SMTP_FROM = "Cellstate <journal@example.org>";
  process.env.AUTH_URL = "https://journal.example.org";

  const { db } = await import("@/lib/db");
  const { createUser } = await import("../setup/users");
  const { importEntries } = await import("@/lib/journal/import");
  const { retrainMemory } = await import("@/lib/journal/memory-training");
  const { buildDueSummaries } = await import("@/lib/jobs/summary-schedule");
  mod = { buildDueSummaries, db };
  users = {
    optedIn: await createUser("mail@example.com"),
    notOptedIn: await createUser("quiet@example.com"),
    chinese: await createUser("zh@example.com"),
  };
  await db.user.update({ where: { id: users.optedIn }, data: { summaryEmail: true } });
  await db.user.update({ where: { id: users.chinese }, data: { summaryEmail: true, locale: "zh" } });
  for (const userId of Object.values(users)) {
    await importEntries(userId, journal.records);
    await retrainMemory(userId);
  }
}, 120_000);

afterAll(async () => {
  await sink.close();
});

describe("summary e-mail", () => {
  it("sends the newest week's summary once to a user who asked, with a plain-text and an HTML part", async () => {
    expect(await mod.buildDueSummaries(users.optedIn, NOW)).toEqual(["2026-W44", "2026-W45", "2026-W46"]);
    expect(received()).toHaveLength(1);
    const mail = received()[0]!;
    expect(mail.from).toBe("journal@example.org");
    expect(mail.to).toEqual(["mail@example.com"]);
    const text = decoded(mail.raw);
    expect(text).toContain("Subject: Lessons kept, week of Monday, November 9, 2026");
    expect(text).toMatch(/Content-Type: multipart\/alternative/);
    expect(text).toMatch(/Content-Type: text\/plain/);
    expect(text).toMatch(/Content-Type: text\/html/);
    expect(text).toContain("## Let go this week");
    expect(text).toContain("You wrote every day this week.");
    expect(text).toContain("https://journal.example.org/summaries/2026-W46");

    const row = await mod.db.weeklySummary.findUnique({
      where: { userId_week: { userId: users.optedIn, week: "2026-W46" } },
      select: { emailedAt: true },
    });
    expect(row?.emailedAt).not.toBeNull();
    // The next run (an hour later) has nothing to build and nothing to send.
    expect(await mod.buildDueSummaries(users.optedIn, new Date(NOW.getTime() + 3_600_000))).toEqual([]);
    expect(received()).toHaveLength(1);
  });

  it("does not e-mail a week without entries", async () => {
    expect(await mod.buildDueSummaries(users.optedIn, new Date("2026-11-24T12:00:00Z"))).toEqual(["2026-W47"]);
    expect(received()).toHaveLength(1);
  });

  it("sends nothing to a user who did not ask", async () => {
    expect(await mod.buildDueSummaries(users.notOptedIn, NOW)).toHaveLength(3);
    expect(received()).toHaveLength(1);
  });

  it("writes the e-mail in the language the recipient chose", async () => {
    expect(await mod.buildDueSummaries(users.chinese, NOW)).toHaveLength(3);
    expect(received()).toHaveLength(2);
    const mail = received()[1]!;
    expect(mail.to).toEqual(["zh@example.com"]);
    const text = decoded(mail.raw);
    expect(text).toContain("留住的经验：2026年11月9日星期一起的一周");
    expect(text).toContain("## 这周放下的");
    expect(text).toContain("这周你每天都写了。");
    expect(text).toContain("在 Cellstate 中打开这一周");
  });

  it("rebuilds summaries stored in the older format without e-mailing them again", async () => {
    const userId = users.optedIn;
    const rows = await mod.db.weeklySummary.findMany({ where: { userId }, orderBy: { week: "asc" } });
    // As the previous version stored them: format 2, each item's "why" an English sentence.
    for (const row of rows) {
      const old = JSON.parse(row.content) as Record<string, unknown> & { kept: Record<string, unknown>[] };
      const english = { ...old, format: 2, kept: old.kept.map((i) => ({ ...i, explanation: "On 3 days." })) };
      await mod.db.weeklySummary.update({
        where: { id: row.id },
        data: { content: JSON.stringify(english), sourceKey: "format 2" },
      });
    }
    const emailed = rows.find((r) => r.week === "2026-W46")!.emailedAt;
    expect(emailed).not.toBeNull();

    expect(await mod.buildDueSummaries(userId, NOW)).toEqual(["2026-W44", "2026-W45", "2026-W46"]);
    expect(received()).toHaveLength(2);
    const { readSummary } = await import("@/lib/journal/weekly-summaries");
    for (const week of ["2026-W44", "2026-W45", "2026-W46"]) {
      const summary = await readSummary(userId, week);
      expect(summary?.content.format, week).toBe(3);
    }
    expect((await readSummary(userId, "2026-W46"))!.emailedAt).toEqual(emailed);
    // And the next run has nothing left to upgrade or send.
    expect(await mod.buildDueSummaries(userId, new Date(NOW.getTime() + 3_600_000))).toEqual([]);
    expect(received()).toHaveLength(2);
  });
});
