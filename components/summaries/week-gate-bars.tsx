// The week's mean daily gates as grouped bars, Monday to Sunday, drawn on the server as SVG so it prints as it
// shows. A day with no entry has no bars (the gates only move when you write); the numbers are in the table.
import { addDays, formatDay } from "@/lib/dates";
import { GATE_COLORS } from "@/components/memory-panel/gate-colors";
import type { DayGates } from "@/lib/summaries/types";
import { percent } from "@/lib/summaries/words";

const GATES = [
  { key: "f", name: "Forget (kept)" },
  { key: "i", name: "Input (took in)" },
  { key: "o", name: "Output (brought in)" },
] as const;

const WIDTH = 420;
const HEIGHT = 150;
const TOP = 8;
const BOTTOM = 22;
const LEFT = 30;
const SLOT = (WIDTH - LEFT) / 7;
const BAR = 10;

export function WeekGateBars({ start, days }: { start: string; days: DayGates[] }) {
  const byDay = new Map(days.map((d) => [d.date, d]));
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + plot * (1 - v);
  return (
    <figure className="space-y-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-xl text-muted"
        role="img"
        aria-label="Mean forget, input and output gate for each day of the week"
      >
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH} y1={y(v)} y2={y(v)} stroke="var(--color-line)" />
            <text x={LEFT - 4} y={y(v) + 3} textAnchor="end" fontSize="9" fill="currentColor">
              {percent(v)}
            </text>
          </g>
        ))}
        {Array.from({ length: 7 }, (_, k) => {
          const date = addDays(start, k);
          const day = byDay.get(date);
          const x = LEFT + SLOT * k + (SLOT - BAR * 3) / 2;
          return (
            <g key={date}>
              {day &&
                GATES.map((gate, g) => (
                  <rect
                    key={gate.key}
                    x={x + g * BAR}
                    y={y(day[gate.key])}
                    width={BAR - 1}
                    height={plot * day[gate.key]}
                    fill={GATE_COLORS[gate.key]}
                  >
                    <title>{`${formatDay(date, "short")}: ${gate.name} ${percent(day[gate.key])}`}</title>
                  </rect>
                ))}
              <text x={LEFT + SLOT * k + SLOT / 2} y={HEIGHT - 6} textAnchor="middle" fontSize="9" fill="currentColor">
                {formatDay(date, "short").slice(0, 3)}
                {!day && " –"}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {GATES.map((gate) => (
          <span key={gate.key} className="inline-flex items-center gap-1.5">
            <span
              aria-hidden
              className="inline-block size-2.5 rounded-sm"
              style={{ background: GATE_COLORS[gate.key] }}
            />
            {gate.name}
          </span>
        ))}
      </figcaption>
      {days.length > 0 && (
        <table className="w-full max-w-xl text-left text-xs tabular-nums">
          <thead className="text-muted">
            <tr>
              <th className="py-1 font-medium">Day</th>
              {GATES.map((gate) => (
                <th key={gate.key} className="py-1 font-medium">
                  {gate.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} className="border-t border-line">
                <td className="py-1">{formatDay(d.date, "short")}</td>
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
