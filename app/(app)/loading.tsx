export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-64 rounded bg-line" />
      <div className="h-72 rounded-lg bg-line/60" />
    </div>
  );
}
