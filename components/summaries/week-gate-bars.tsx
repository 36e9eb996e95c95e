// The week's mean daily gates as grouped bars, Monday to Sunday, drawn on the server as SVG so it prints as it
// shows. A day with no entry has no bars (the gates only move when you write); the numbers are in the table.
import { addDays } from "@/lib/dates";
import { GATE_COLORS } from "@/components/memory-panel/gate-colors";
import type { DayGates } from "@/lib/summaries/types";
import type { SummaryWords } from "@/lib/summaries/words";
import { dayCenter, GridLine, WEEK_CHART, WeekdayLabels } from "./week-chart";

const GATES = [
  { key: "f", name: "gates.forget" },
  { key: "i", name: "gates.input" },
  { key: "o", name: "gates.output" },
] as const;

const HEIGHT = 150;
const BAR = 10;

export function WeekGateBars({ start, days, words }: { start: string; days: DayGates[]; words: SummaryWords }) {
  const percent = (value: number) => words.t("gates.percent", { value });
  const short = (day: string) => words.day(day, "dayShort");
  const byDay = new Map(days.map((d) => [d.date, d]));
  const plot = HEIGHT - WEEK_CHART.top - WEEK_CHART.bottom;
  const y = (v: number) => WEEK_CHART.top + plot * (1 - v);
  const dates = Array.from({ length: 7 }, (_, k) => addDays(start, k));
  return (
    <figure className="space-y-3">
      <svg
        viewBox={`0 0 ${WEEK_CHART.width} ${HEIGHT}`}
        className="h-auto w-full max-w-xl text-muted"
        role="img"
        aria-label={words.t("gates.chartLabel")}
      >
        {[0, 0.5, 1].map((v) => (
          <GridLine key={v} y={y(v)} label={percent(v)} />
        ))}
        {dates.map((date, k) => {
          const day = byDay.get(date);
          if (!day) return null;
          const x = dayCenter(k) - (BAR * 3) / 2;
          return (
            <g key={date}>
              {GATES.map((gate, g) => (
                <rect
                  key={gate.key}
                  x={x + g * BAR}
                  y={y(day[gate.key])}
                  width={BAR - 1}
                  height={plot * day[gate.key]}
                  fill={GATE_COLORS[gate.key]}
                >
                  <title>
                    {words.t("gates.barTitle", { day: short(date), gate: words.t(gate.name), value: day[gate.key] })}
                  </title>
                </rect>
              ))}
            </g>
          );
        })}
        <WeekdayLabels start={start} height={HEIGHT} missing={new Set(dates.filter((d) => !byDay.has(d)))} />
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {GATES.map((gate) => (
          <span key={gate.key} className="inline-flex items-center gap-1.5">
            <span
              aria-hidden
              className="inline-block size-2.5 rounded-sm"
              style={{ background: GATE_COLORS[gate.key] }}
            />
            {words.t(gate.name)}
          </span>
        ))}
      </figcaption>
      {days.length > 0 && (
        <table className="w-full max-w-xl text-left text-xs tabular-nums">
          <thead className="text-muted">
            <tr>
              <th className="py-1 font-medium">{words.t("gates.day")}</th>
              {GATES.map((gate) => (
                <th key={gate.key} className="py-1 font-medium">
                  {words.t(gate.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} className="border-t border-line">
                <td className="py-1">{short(d.date)}</td>
                <td className="py-1">{percent(d.f)}</td>
                <td className="py-1">{percent(d.i)}</td>
                <td className="py-1">{percent(d.o)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
