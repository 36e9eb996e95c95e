"use client";

import { Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Day = { date: string; i: number; f: number; o: number };

const SERIES = [
  { key: "f", name: "forget gate (keeps)", color: "var(--color-accent)" },
  { key: "i", name: "input gate (takes in)", color: "#c08a3e" },
  { key: "o", name: "output gate (brings out)", color: "#7a6fb0" },
] as const;

// The daily mean of each gate: how much the memory kept, took in and brought out, day by day.
export function GateChart({ days }: { days: Day[] }) {
  return (
    <figure className="h-44 w-full" aria-label="Daily mean of the forget, input and output gates">
      <ResponsiveContainer>
        <LineChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <XAxis dataKey="date" tick={{ fontSize: 10 }} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
          <YAxis domain={[0, 1]} tick={{ fontSize: 10 }} />
          <Tooltip formatter={(v) => Number(v).toFixed(2)} labelClassName="text-black" />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {SERIES.map((s) => (
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
