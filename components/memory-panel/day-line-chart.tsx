"use client";

import { Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type Series = { key: string; name: string; color: string };

type Props<T> = {
  label: string;
  /** The chart in words, for whoever cannot see it (screen readers): it stands in for the drawing. */
  summary: string;
  data: T[];
  series: Series[];
  format: (value: number) => string;
  legend?: boolean;
  className?: string;
};

// A small line chart over journal days with values in 0..1: the panel's gate and retention charts. The drawing is
// hidden from screen readers, which read the caption that says what it shows.
export function DayLineChart<T extends { date: string }>({
  label,
  summary,
  data,
  series,
  format,
  legend,
  className,
}: Props<T>) {
  return (
    <figure className={className ?? "h-32 w-full"} aria-label={label}>
      <figcaption className="sr-only">{summary}</figcaption>
      <ResponsiveContainer aria-hidden>
        {/* Without recharts' keyboard layer: the drawing is hidden from assistive technology, which reads the caption. */}
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
          <XAxis dataKey="date" tick={{ fontSize: 10 }} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
          <YAxis domain={[0, 1]} tick={{ fontSize: 10 }} tickFormatter={format} />
          <Tooltip formatter={(v) => format(Number(v))} labelClassName="text-black" />
          {legend && <Legend wrapperStyle={{ fontSize: 11 }} />}
          {series.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
