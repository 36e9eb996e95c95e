// What the summary's two week charts share: a Monday-to-Sunday x axis of seven slots, horizontal grid lines
// with labels on the left, drawn as SVG on the server so they print as shown.
import { useFormatter } from "next-intl";
import { dayDate } from "@/i18n/formats";
import { addDays } from "@/lib/dates";

export const WEEK_CHART = { width: 420, top: 8, bottom: 22, left: 30 } as const;
const SLOT = (WEEK_CHART.width - WEEK_CHART.left) / 7;

/** The x of the middle of day k (0 = Monday). */
export function dayCenter(k: number): number {
  return WEEK_CHART.left + SLOT * k + SLOT / 2;
}

export function GridLine({ y, label }: { y: number; label: string }) {
  return (
    <g>
      <line x1={WEEK_CHART.left} x2={WEEK_CHART.width} y1={y} y2={y} stroke="var(--color-line)" />
      <text x={WEEK_CHART.left - 4} y={y + 3} textAnchor="end" fontSize="9" fill="currentColor">
        {label}
      </text>
    </g>
  );
}

/** Weekday names under the slots; days in `missing` get a dash (no entry). */
export function WeekdayLabels({ start, height, missing }: { start: string; height: number; missing?: Set<string> }) {
  const format = useFormatter();
  return Array.from({ length: 7 }, (_, k) => {
    const date = addDays(start, k);
    return (
      <text key={date} x={dayCenter(k)} y={height - 6} textAnchor="middle" fontSize="9" fill="currentColor">
        {format.dateTime(dayDate(date), "weekday")}
        {missing?.has(date) && " –"}
      </text>
    );
  });
}
