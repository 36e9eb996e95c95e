import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { dayDate } from "@/i18n/formats";
import { sayPhrases } from "@/i18n/phrases";
import type { PanelItem } from "@/lib/journal/memory-panel";
import { MarkButton } from "./mark-button";
import { RetentionChart } from "./retention-chart";
import { usePhrases } from "./use-phrases";

type Props = { item: PanelItem; list: "keep" | "let-go" | "let-go-done"; viewedDay: string };

// One theme: its strongest sentence (and its newest, when that is another), the days it came up, and why.
export function MemoryItem({ item, list, viewedDay }: Props) {
  const t = useTranslations("memory.item");
  const format = useFormatter();
  const phrases = usePhrases(viewedDay);
  return (
    <li className="space-y-2 border-t border-line py-3 first:border-t-0" data-testid={`memory-item-${list}`}>
      {item.quotes.map((quote) => (
        <figure key={`${quote.entryId}:${quote.text}`} className="space-y-0.5">
          <blockquote className="font-serif text-[0.95rem] leading-snug">“{quote.text}”</blockquote>
          <figcaption className="text-xs text-muted">
            <Link href={`/journal/${quote.date}`} className="underline hover:text-ink">
              {format.dateTime(dayDate(quote.date), "dayShort")}
            </Link>
          </figcaption>
        </figure>
      ))}
      <p className="text-xs text-muted">{sayPhrases(item.explanation, phrases)}</p>
      <div className="flex flex-wrap items-center gap-2">
        {list === "keep" && (
          <MarkButton
            themeId={item.themeId}
            kind="keep"
            on={!item.pinned}
            label={item.pinned ? t("unpin") : t("keep")}
          />
        )}
        {list === "let-go" && <MarkButton themeId={item.themeId} kind="let-go" on label={t("letGo")} />}
        {item.letGo && <MarkButton themeId={item.themeId} kind="let-go" on={false} label={t("undoLetGo")} />}
        <details className="w-full">
          <summary className="cursor-pointer text-xs text-muted hover:text-ink">{t("heldOverTime")}</summary>
          <RetentionChart themeId={item.themeId} until={viewedDay} />
        </details>
      </div>
    </li>
  );
}
