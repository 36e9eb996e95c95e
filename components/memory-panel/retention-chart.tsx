"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { dayDate } from "@/i18n/formats";
import { DayLineChart } from "./day-line-chart";

type Point = { date: string; retention: number };

// How much of one theme the memory held after each entry since it came up, fetched when the reader opens it.
export function RetentionChart({ themeId, until }: { themeId: string; until: string }) {
  const [points, setPoints] = useState<Point[] | null>(null);
  const [error, setError] = useState(false);
  const t = useTranslations("memory.chart");
  const format = useFormatter();
  useEffect(() => {
    let live = true;
    fetch(`/api/memory/retention/${themeId}?until=${until}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: { points: Point[] }) => live && setPoints(data.points))
      .catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [themeId, until]);

  if (error) return <p className="text-xs text-danger">{t("loadFailed")}</p>;
  if (!points) return <p className="text-xs text-muted">{t("loading")}</p>;
  const values = points.map((p) => p.retention);
  const summary =
    points.length === 0
      ? ""
      : t("retentionSummary", {
          first: format.dateTime(dayDate(points[0]!.date), "dayShort"),
          last: format.dateTime(dayDate(points.at(-1)!.date), "dayShort"),
          start: values[0]!,
          end: values.at(-1)!,
          low: Math.min(...values),
          high: Math.max(...values),
        });
  return (
    <DayLineChart
      label={t("retentionLabel")}
      summary={summary}
      data={points}
      series={[{ key: "retention", name: t("stillHeld"), color: "var(--color-accent)" }]}
      format={(v) => format.number(v, "percent")}
    />
  );
}
