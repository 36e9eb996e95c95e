import { useFormatter, useTranslations } from "next-intl";
import { sayPhrases } from "@/i18n/phrases";
import type { MemoryJudgement, MemoryStatusView } from "@/lib/journal/memory-panel";
import { usePhrases } from "./use-phrases";

// The figures behind the status message: what the memory was measured against, on entries it did not learn from.
function Judgement({ j }: { j: MemoryJudgement }) {
  const t = useTranslations("memory.status");
  const days = (v: number) => (v < 1.5 ? t("aDay") : t("days", { count: Math.round(v) }));
  const p = j.prediction;
  const figures = { count: j.testEntries, model: p.model, ema: p.ema, repeat: p.repeatLast };
  return (
    <details className="text-xs text-muted" data-testid="memory-judgement">
      <summary className="cursor-pointer hover:text-ink">{t("measured")}</summary>
      <ul className="mt-1 list-disc space-y-1 pl-4">
        <li>
          {p.plainLstm !== null ? t("predictionLstm", { ...figures, lstm: p.plainLstm }) : t("prediction", figures)}
        </li>
        {j.retention.model !== null && (
          <li>
            {j.retention.similarity !== null
              ? t("retentionSimilarity", { model: j.retention.model, sim: j.retention.similarity })
              : t("retention", { model: j.retention.model })}
          </li>
        )}
        {j.halfLifeDays && (
          <li>
            {t("halfLife", {
              fastest: days(j.halfLifeDays.fastest),
              slowest: days(j.halfLifeDays.slowest),
              median: days(j.halfLifeDays.median),
            })}
          </li>
        )}
      </ul>
    </details>
  );
}

// What the model is and how far to trust it, in words, with what the worker is doing now.
export function StatusLine({ status, day }: { status: MemoryStatusView; day: string }) {
  const t = useTranslations("memory.status");
  const format = useFormatter();
  const phrases = usePhrases(day);
  const job = status.job;
  // An instant, not a journal day, said in UTC like the rest of the panel (it does not know the reader's clock).
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <div className="space-y-1 text-xs text-muted" data-testid="memory-status">
      <p className="text-sm text-ink">{sayPhrases(status.phrases, phrases)}</p>
      {status.unreadableModel && <p>{t("olderModel")}</p>}
      {status.judgement && <Judgement j={status.judgement} />}
      <p>
        {t("inMemory", { count: status.entries })}
        {status.trainedAt && t("modelFrom", { when: when(status.trainedAt) })}
        {job?.status === "running" && t("retrainingNow")}
        {job?.status === "queued" && t("willRetrain")}
      </p>
      {status.pending > 0 && <p>{t("pending", { count: status.pending })}</p>}
      {job?.status === "failed" && <p className="text-danger">{t("failed", { error: job.error ?? "" })}</p>}
    </div>
  );
}
