// E-mailing weekly summaries to users who opted in: only the newest week that is over, once (emailedAt), so a
// catch-up after downtime sends one e-mail, not one per missed week; and only a week with entries, so a pause
// in writing is not met with an e-mail every Monday. A failed send is retried on the next run.
import { summaryWords } from "@/i18n/summary-words";
import { DEFAULT_LOCALE, localeSchema } from "@/i18n/locales";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { mailConfigured, sendMail } from "@/lib/mail/mailer";
import { summaryHtml, summaryMarkdown } from "@/lib/summaries/document";
import { lastCompletedWeek } from "@/lib/summaries/iso-week";
import { readSummary } from "@/lib/journal/weekly-summaries";
import { summaryTitle } from "@/lib/summaries/words";

// In the language the recipient chose (Settings, or the one they signed up in).

export async function mailDueSummary(userId: string, now: Date = new Date()): Promise<boolean> {
  if (!mailConfigured()) return false;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, timeZone: true, summaryEmail: true, locale: true },
  });
  if (!user.summaryEmail) return false;
  const week = lastCompletedWeek(user.timeZone, now);
  const summary = await readSummary(userId, week);
  if (!summary || summary.emailedAt) return false;
  const { content } = summary;
  if (content.writing.entries === 0) return false;
  const link = env.publicUrl ? new URL(`/summaries/${week}`, env.publicUrl).toString() : null;
  const words = summaryWords(localeSchema.catch(DEFAULT_LOCALE).parse(user.locale), content.end);
  await sendMail({
    to: user.email,
    subject: summaryTitle(content, words),
    text: summaryMarkdown(content, words) + (link ? `\n${words.t("document.openText", { link })}\n` : ""),
    html: summaryHtml(content, link, words),
  });
  await db.weeklySummary.update({ where: { userId_week: { userId, week } }, data: { emailedAt: new Date() } });
  return true;
}
