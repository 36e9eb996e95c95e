// How the interface writes dates, shared by next-intl's formatter (i18n/request.ts) and the renderings made outside
// a request (the summaries' Markdown and e-mail, lib/summaries/render.ts). A journal day is a calendar day
// ("YYYY-MM-DD"), not an instant: it is formatted as UTC midnight in UTC, so no time zone can move it.
import type { Formats } from "use-intl/core";
import type { Locale } from "./locales";

export const formats = {
  dateTime: {
    day: { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" },
    dayShort: { timeZone: "UTC", weekday: "short", day: "numeric", month: "short", year: "numeric" },
    dayMonth: { timeZone: "UTC", day: "numeric", month: "long" },
    dayMonthYear: { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" },
    month: { timeZone: "UTC", month: "long", year: "numeric" },
    weekday: { timeZone: "UTC", weekday: "short" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 0 },
    twoDecimals: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
    oneDecimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  },
} satisfies Formats;

/** A journal day as the instant next-intl formats (with the formats above, which are all in UTC). */
export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

type WeekInfo = { firstDay: number };

/**
 * The weekday a week starts on in this locale, 0 = Monday … 6 = Sunday (Sunday for English, Monday for Chinese),
 * from the locale's own data: Node 20 has `weekInfo`, newer engines `getWeekInfo()`.
 */
export function firstDayOfWeek(locale: Locale): number {
  const intl = new Intl.Locale(locale) as Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
  const info = intl.getWeekInfo?.() ?? intl.weekInfo;
  return ((info?.firstDay ?? 1) + 6) % 7;
}
