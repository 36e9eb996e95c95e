import type { MemoryJudgement, MemoryStatusView } from "@/lib/journal/memory-panel";

function when(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

const n2 = (v: number) => v.toFixed(2);
const days = (v: number) => (v < 1.5 ? "a day" : `${Math.round(v)} days`);

// The figures behind the status message: what the memory was measured against, on entries it did not learn from.
function Judgement({ j }: { j: MemoryJudgement }) {
  return (
    <details className="text-xs text-muted" data-testid="memory-judgement">
      <summary className="cursor-pointer hover:text-ink">How this was measured</summary>
      <ul className="mt-1 list-disc space-y-1 pl-4">
        <li>
          Predicting your newest {j.testEntries} entries (it did not learn from them; lower is better): your memory{" "}
          {n2(j.prediction.model)}, an average of past entries {n2(j.prediction.ema)}, repeating the last entry{" "}
          {n2(j.prediction.repeatLast)}
          {j.prediction.plainLstm !== null && <>, a plain LSTM {n2(j.prediction.plainLstm)}</>}.
        </li>
        {j.retention.model !== null && (
          <li>
            Telling which entries come back later, among entries of the same age (0.50 is chance, what constant gates
            give): your memory {n2(j.retention.model)}
            {j.retention.similarity !== null && <>, likeness to the last two weeks {n2(j.retention.similarity)}</>}.
          </li>
        )}
        {j.halfLifeDays && (
          <li>
            Its units hold what they were given for {days(j.halfLifeDays.fastest)} to {days(j.halfLifeDays.slowest)}{" "}
            (half-life; median {days(j.halfLifeDays.median)}).
          </li>
        )}
      </ul>
    </details>
  );
}

// What the model is and how far to trust it, in words, with what the worker is doing now.
export function StatusLine({ status }: { status: MemoryStatusView }) {
  const job = status.job;
  return (
    <div className="space-y-1 text-xs text-muted" data-testid="memory-status">
      <p className="text-sm text-ink">{status.message}</p>
      {status.unreadableModel && (
        <p>Your memory was stored by an older version of Cellstate; it is being trained again.</p>
      )}
      {status.judgement && <Judgement j={status.judgement} />}
      <p>
        {status.entries} {status.entries === 1 ? "entry" : "entries"} in memory
        {status.trainedAt && <> · model from {when(status.trainedAt)}</>}
        {job?.status === "running" && <> · retraining now…</>}
        {job?.status === "queued" && <> · will retrain shortly</>}
      </p>
      {status.pending > 0 && (
        <p>
          {status.pending} new {status.pending === 1 ? "entry is" : "entries are"} still being read.
        </p>
      )}
      {job?.status === "failed" && (
        <p className="text-danger">
          The last retraining failed ({job.error}); the previous model is still in use. It will try again after your
          next entry.
        </p>
      )}
    </div>
  );
}
