// The column the memory panel will fill (lessons kept, rumination to let go, today's gates). Until the
// model exists it says plainly what will appear here, rather than showing made-up numbers.
export function MemoryPanelPlaceholder({ entryCount }: { entryCount: number }) {
  return (
    <aside
      aria-labelledby="memory-heading"
      className="rounded-lg border border-dashed border-line p-5 text-sm lg:self-start"
    >
      <h2 id="memory-heading" className="mb-2 font-medium">
        Memory
      </h2>
      <p className="text-muted">
        As your journal grows, this space will show which lessons your memory keeps, which worries it can let go, and
        what today&apos;s entry adds.
      </p>
      <p className="mt-3 text-muted">
        {entryCount === 0
          ? "You haven't written any entries yet."
          : `${entryCount} ${entryCount === 1 ? "entry" : "entries"} written so far.`}
      </p>
    </aside>
  );
}
