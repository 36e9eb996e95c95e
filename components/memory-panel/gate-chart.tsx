"use client";

import { DayLineChart, type Series } from "./day-line-chart";
import { GATE_COLORS } from "./gate-colors";

const SERIES: Series[] = [
  { key: "f", name: "forget gate (keeps)", color: GATE_COLORS.f },
  { key: "i", name: "input gate (takes in)", color: GATE_COLORS.i },
  { key: "o", name: "output gate (brings out)", color: GATE_COLORS.o },
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
