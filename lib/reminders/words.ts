// The reminder's words in the user's language (User.locale; messages/<locale>/reminders.json), for the worker,
// which runs outside Next: next-intl's createTranslator on the same messages the pages use.
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, localeSchema } from "@/i18n/locales";
import { messages } from "@/messages";
import type { ReminderPush } from "./push-payload";

export type ReminderMail = { subject: string; text: string; html: string };

function translator(locale: string | null) {
  const chosen = localeSchema.safeParse(locale);
  const language = chosen.success ? chosen.data : DEFAULT_LOCALE;
  return createTranslator({ locale: language, messages: messages[language], namespace: "reminders" });
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The push: "time to write", nothing from the journal. */
export function reminderPush(locale: string | null): ReminderPush {
  const t = translator(locale);
  return { title: t("pushMessage.title"), body: t("pushMessage.body") };
}

/** The e-mail, with a link to today's page when the server knows its public address (AUTH_URL). */
export function reminderMail(locale: string | null, link: string | null): ReminderMail {
  const t = translator(locale);
  const lines = [t("mail.greeting"), "", t("mail.body"), ...(link ? ["", `${t("mail.open")} ${link}`] : [])];
  const html = [
    `<p>${escapeHtml(t("mail.greeting"))}</p>`,
    `<p>${escapeHtml(t("mail.body"))}</p>`,
    ...(link ? [`<p><a href="${escapeHtml(link)}">${escapeHtml(t("mail.open"))}</a></p>`] : []),
    `<p style="color:#6a6f78;font-size:12px">${escapeHtml(t("mail.why"))}</p>`,
  ].join("\n");
  return { subject: t("mail.subject"), text: [...lines, "", t("mail.why"), ""].join("\n"), html };
}
