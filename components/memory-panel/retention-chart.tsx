"use client";

import { useEffect, useState } from "react";
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Point = { date: string; retention: number };

// How much of one entry the memory held after each later entry, fetched when the reader opens it.
export function RetentionChart({ entryId, until }: { entryId: string; until: string }) {
  const [points, setPoints] = useState<Point[] | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(`/api/memory/retention/${entryId}?until=${until}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: { points: Point[] }) => live && setPoints(data.points))
      .catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [entryId, until]);

  if (error) return <p className="text-xs text-danger">Couldn&apos;t load the chart.</p>;
  if (!points) return <p className="text-xs text-muted">Loading…</p>;
  return (
    <figure className="h-32 w-full" aria-label="Share of this entry still held after each later entry">
      <ResponsiveContainer>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <XAxis dataKey="date" tick={{ fontSize: 10 }} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
          <YAxis domain={[0, 1]} tick={{ fontSize: 10 }} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
          <Tooltip formatter={(v) => `${Math.round(Number(v) * 100)}% held`} labelClassName="text-black" />
          <Line
            type="monotone"
            dataKey="retention"
            stroke="var(--color-accent)"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
