"use client";

import { DayLineChart, type Series } from "./day-line-chart";

const SERIES: Series[] = [
  { key: "f", name: "forget gate (keeps)", color: "var(--color-accent)" },
  { key: "i", name: "input gate (takes in)", color: "#c08a3e" },
  { key: "o", name: "output gate (brings out)", color: "#7a6fb0" },
];

// The daily mean of each gate: how much the memory kept, took in and brought out, day by day.
export function GateChart({ days }: { days: { date: string; i: number; f: number; o: number }[] }) {
  return (
    <DayLineChart
      label="Daily mean of the forget, input and output gates"
      data={days}
      series={SERIES}
      format={(v) => v.toFixed(2)}
      legend
      className="h-44 w-full"
    />
  );
}
