// The week's moods (1–5) as dots on a line, Monday to Sunday, with the mean of the four weeks before as a
// dashed line: the "mood trend" of the summary, drawn on the server so it prints.
import { addDays, formatDay } from "@/lib/dates";
import type { WeeklySummaryContent } from "@/lib/summaries/types";
import { dayCenter, GridLine, WEEK_CHART, WeekdayLabels } from "./week-chart";

const HEIGHT = 110;

export function WeekMood({ start, mood }: { start: string; mood: WeeklySummaryContent["mood"] }) {
  if (mood.days.length === 0) return null;
  const plot = HEIGHT - WEEK_CHART.top - WEEK_CHART.bottom;
  const y = (m: number) => WEEK_CHART.top + plot * (1 - (m - 1) / 4);
  const x = (date: string) => {
    for (let k = 0; k < 7; k++) if (addDays(start, k) === date) return dayCenter(k);
    return WEEK_CHART.left;
  };
  const path = mood.days.map((d, k) => `${k === 0 ? "M" : "L"}${x(d.date)},${y(d.mood)}`).join(" ");
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WEEK_CHART.width} ${HEIGHT}`}
        className="h-auto w-full max-w-xl text-muted"
        role="img"
        aria-label={`Mood on the days you rated it: ${mood.days.map((d) => `${formatDay(d.date, "short")} ${d.mood}`).join(", ")}`}
      >
        {[1, 3, 5].map((m) => (
          <GridLine key={m} y={y(m)} label={String(m)} />
        ))}
        {mood.previousMean !== null && (
          <line
            x1={WEEK_CHART.left}
            x2={WEEK_CHART.width}
            y1={y(mood.previousMean)}
            y2={y(mood.previousMean)}
            stroke="currentColor"
            strokeDasharray="4 3"
          >
            <title>{`Mean of the four weeks before: ${mood.previousMean.toFixed(1)}`}</title>
          </line>
        )}
        <path d={path} fill="none" stroke="var(--color-accent)" strokeWidth="1.5" />
        {mood.days.map((d) => (
          <circle key={d.date} cx={x(d.date)} cy={y(d.mood)} r="3.5" fill="var(--color-accent)">
            <title>{`${formatDay(d.date, "short")}: ${d.mood} of 5`}</title>
          </circle>
        ))}
        <WeekdayLabels start={start} height={HEIGHT} />
      </svg>
      {mood.previousMean !== null && (
        <figcaption className="text-xs text-muted">Dashed line: your mean mood over the four weeks before.</figcaption>
      )}
    </figure>
  );
}
