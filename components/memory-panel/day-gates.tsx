import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { DayGates as Gates } from "@/lib/journal/memory-panel";

const pct = (v: number) => `${Math.round(v * 100)}%`;

// "stronger than 40% of your entries", with the two ends said plainly.
function compared(rank: number | null, more: string): string {
  if (rank === null) return "like every other of your entries so far";
  if (rank >= 1) return `${more} than any other of your entries`;
  if (rank <= 0) return `less than any other of your entries`;
  return `${more} than ${pct(rank)} of your entries`;
}

// The three gates on the day's own entry, each in the words of the essay Cellstate comes from.
export function DayGates({ gates }: { gates: Gates }) {
  return (
    <dl className="space-y-3 text-sm" data-testid="day-gates">
      <div>
        <dt className="font-medium">
          Taking in <span className="font-normal text-muted">· input gate {gates.i.toFixed(2)}</span>
        </dt>
        <dd className="text-muted">
          This entry wrote into memory with strength {gates.written.toFixed(2)},{" "}
          {compared(gates.writtenRank, "stronger")}.
        </dd>
      </div>
      <div>
        <dt className="font-medium">
          Letting fade <span className="font-normal text-muted">· forget gate {gates.f.toFixed(2)}</span>
        </dt>
        <dd className="text-muted">
          It kept {pct(gates.f)} of what was held and let {gates.faded.toFixed(2)} fade,{" "}
          {compared(gates.fadedRank, "more")}.
        </dd>
      </div>
      <div>
        <dt className="font-medium">
          Bringing into today <span className="font-normal text-muted">· output gate {gates.o.toFixed(2)}</span>
        </dt>
        <dd className="text-muted">
          {gates.surfaced.length === 0 ? (
            "Nothing in particular stands out."
          ) : (
            <ul className="mt-1 space-y-1">
              {gates.surfaced.map((d) => (
                <li key={d.themeId}>
                  <Link href={`/journal/${d.date}`} className="underline hover:text-ink">
                    {formatDay(d.date, "short")}
                  </Link>{" "}
                  ({pct(d.share)}): “{d.quote}”
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
