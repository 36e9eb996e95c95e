import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { PanelItem } from "@/lib/journal/memory-panel";
import { MarkButton } from "./mark-button";
import { RetentionChart } from "./retention-chart";

type Props = { item: PanelItem; list: "keep" | "let-go" | "let-go-done"; viewedDay: string };

export function MemoryItem({ item, list, viewedDay }: Props) {
  return (
    <li className="space-y-2 border-t border-line py-3 first:border-t-0" data-testid={`memory-item-${list}`}>
      {item.quote && <blockquote className="font-serif text-[0.95rem] leading-snug">“{item.quote}”</blockquote>}
      <p className="text-xs text-muted">
        <Link href={`/journal/${item.date}`} className="underline hover:text-ink">
          {formatDay(item.date, "short")}
        </Link>{" "}
        · {item.explanation}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {list === "keep" && (
          <MarkButton entryId={item.entryId} kind="keep" on={!item.pinned} label={item.pinned ? "Unpin" : "Keep"} />
        )}
        {list === "let-go" && <MarkButton entryId={item.entryId} kind="let-go" on label="Let go" />}
        {list === "let-go-done" && item.released && (
          <MarkButton entryId={item.entryId} kind="let-go" on={false} label="Undo let go" />
        )}
        <details className="w-full">
          <summary className="cursor-pointer text-xs text-muted hover:text-ink">Retention over time</summary>
          <RetentionChart entryId={item.entryId} until={viewedDay} />
        </details>
      </div>
    </li>
  );
}
