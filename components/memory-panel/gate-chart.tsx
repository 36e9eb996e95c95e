"use client";

import { useFormatter, useTranslations } from "next-intl";
import { dayDate } from "@/i18n/formats";
import { DayLineChart } from "./day-line-chart";
import { GATE_COLORS } from "./gate-colors";

type Day = { date: string; i: number; f: number; o: number };

const mean = (days: Day[], gate: "i" | "f" | "o") => days.reduce((sum, d) => sum + d[gate], 0) / days.length;

// The daily mean of each gate: how much the memory kept, took in and brought out, day by day.
export function GateChart({ days }: { days: Day[] }) {
  const t = useTranslations("memory.chart");
  const format = useFormatter();
  const day = (d: string) => format.dateTime(dayDate(d), "dayShort");
  const latest = days.at(-1)!;
  const summary = [
    t("gatesSummary", {
      count: days.length,
      first: day(days[0]!.date),
      last: day(latest.date),
      f: mean(days, "f"),
      i: mean(days, "i"),
      o: mean(days, "o"),
    }),
    t("gatesLatest", { day: day(latest.date), f: latest.f, i: latest.i, o: latest.o }),
  ].join(" ");
  return (
    <DayLineChart
      label={t("gatesLabel")}
      summary={summary}
      data={days}
      series={[
        { key: "f", name: t("forget"), color: GATE_COLORS.f },
        { key: "i", name: t("input"), color: GATE_COLORS.i },
        { key: "o", name: t("output"), color: GATE_COLORS.o },
      ]}
      format={(v) => format.number(v, "twoDecimals")}
      legend
      className="h-44 w-full"
    />
  );
}
