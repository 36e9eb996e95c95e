// The reader's first day of the week, from their language's CLDR data (en: Sunday; zh, en-GB: Monday), as
// 0 = Sunday … 6 = Saturday. Node 20 and older browsers expose it as the `weekInfo` property, newer ones as
// `getWeekInfo()`; where neither is there, Monday (ISO 8601).                              (framework-free)
import { z } from "zod";

const weekInfoSchema = z.object({ firstDay: z.number().int().min(1).max(7) });

export function firstDayOfWeek(locale: string): number {
  const intl = new Intl.Locale(locale);
  const info = weekInfoSchema.safeParse(
    "getWeekInfo" in intl && typeof intl.getWeekInfo === "function"
      ? intl.getWeekInfo()
      : Reflect.get(intl, "weekInfo"),
  );
  return info.success ? info.data.firstDay % 7 : 1;
}
