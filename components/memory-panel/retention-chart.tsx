"use client";

import { useEffect, useState } from "react";
import { DayLineChart, type Series } from "./day-line-chart";

type Point = { date: string; retention: number };

const SERIES: Series[] = [{ key: "retention", name: "still held", color: "var(--color-accent)" }];

// How much of one theme the memory held after each entry since it came up, fetched when the reader opens it.
export function RetentionChart({ themeId, until }: { themeId: string; until: string }) {
  const [points, setPoints] = useState<Point[] | null>(null);
  const [error, setError] = useState(false);
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

  if (error) return <p className="text-xs text-danger">Couldn&apos;t load the chart.</p>;
  if (!points) return <p className="text-xs text-muted">Loading…</p>;
  return (
    <DayLineChart
      label="Share of what this theme wrote still held, after each entry"
      data={points}
      series={SERIES}
      format={(v) => `${Math.round(v * 100)}%`}
    />
  );
}
