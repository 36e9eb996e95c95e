// A progress bar that screen readers can query; without a value it shows work of unknown length. The
// numbers are also shown, but hidden from screen readers, which read them from the bar when asked.
export function ProgressBar({ label, value, valueText }: { label: string; value: number | null; valueText?: string }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={valueText}
        className="h-2 flex-1 overflow-hidden rounded-full bg-accent-soft"
      >
        <div
          className={
            percent === null
              ? "h-full w-full animate-pulse bg-accent/50"
              : "h-full bg-accent transition-[width] duration-200"
          }
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      {valueText && (
        <span aria-hidden="true" className="text-xs text-muted tabular-nums">
          {valueText}
        </span>
      )}
    </div>
  );
}
