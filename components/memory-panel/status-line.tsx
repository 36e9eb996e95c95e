import type { MemoryStatusView } from "@/lib/journal/memory-panel";

function when(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

// What the model is and how far to trust it, in words, with what the worker is doing now.
export function StatusLine({ status }: { status: MemoryStatusView }) {
  const job = status.job;
  return (
    <div className="space-y-1 text-xs text-muted" data-testid="memory-status">
      <p className="text-sm text-ink">{status.message}</p>
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
