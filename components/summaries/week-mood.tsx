// The week's moods (1–5) as dots on a line, Monday to Sunday, with the mean of the four weeks before as a
// dashed line: the "mood trend" of the summary, drawn on the server so it prints.
import { addDays } from "@/lib/dates";
import type { WeeklySummaryContent } from "@/lib/summaries/types";
import type { SummaryWords } from "@/lib/summaries/words";
import { dayCenter, GridLine, WEEK_CHART, WeekdayLabels } from "./week-chart";

const HEIGHT = 110;

type Props = { start: string; mood: WeeklySummaryContent["mood"]; words: SummaryWords };

export function WeekMood({ start, mood, words }: Props) {
  const short = (day: string) => words.day(day, "dayShort");
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
        aria-label={words.t("mood.chartLabel", {
          days: mood.days.map((d) => words.t("mood.point", { day: short(d.date), mood: d.mood })).join(", "),
        })}
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
            <title>{words.t("mood.previousMean", { mean: mood.previousMean })}</title>
          </line>
        )}
        <path d={path} fill="none" stroke="var(--color-accent)" strokeWidth="1.5" />
        {mood.days.map((d) => (
          <circle key={d.date} cx={x(d.date)} cy={y(d.mood)} r="3.5" fill="var(--color-accent)">
            <title>{words.t("mood.day", { day: short(d.date), mood: d.mood })}</title>
          </circle>
        ))}
        <WeekdayLabels start={start} height={HEIGHT} />
      </svg>
      {mood.previousMean !== null && <figcaption className="text-xs text-muted">{words.t("mood.dashed")}</figcaption>}
    </figure>
  );
}
