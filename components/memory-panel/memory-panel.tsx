import type { ReactNode } from "react";
import type { MemoryPanelData, PanelItem } from "@/lib/journal/memory-panel";
import { formatDay } from "@/lib/dates";
import { DayGates } from "./day-gates";
import { GateChart } from "./gate-chart";
import { MemoryItem } from "./memory-item";
import { StatusLine } from "./status-line";

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <section className="space-y-1">
      <h3 className="text-sm font-semibold">{title}</h3>
      <p className="text-xs text-muted">{hint}</p>
      {children}
    </section>
  );
}

function Items({
  items,
  list,
  day,
  empty,
}: {
  items: PanelItem[];
  list: "keep" | "let-go" | "let-go-done";
  day: string;
  empty: string;
}) {
  if (items.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul>
      {items.map((item) => (
        <MemoryItem key={item.themeId} item={item} list={list} viewedDay={day} />
      ))}
    </ul>
  );
}

// The memory beside the journal: read from the user's own model, as of the day being viewed.
export function MemoryPanel({ data }: { data: MemoryPanelData }) {
  return (
    <aside
      aria-labelledby="memory-heading"
      className="space-y-5 rounded-lg border border-line bg-card p-5 lg:self-start"
      data-testid="memory-panel"
    >
      <div className="space-y-2">
        <h2 id="memory-heading" className="font-serif text-xl">
          Memory
        </h2>
        <StatusLine status={data.status} />
      </div>
      {data.state === "empty" ? (
        <p className="text-sm text-muted">
          Nothing in memory yet. Write your first entry: from it on, this panel shows what your memory takes in, keeps
          and lets go.
        </p>
      ) : (
        <>
          <Section
            title={data.day.hasEntry ? "This day's gates" : `Memory as of ${formatDay(data.day.date, "short")}`}
            hint="What this day's entry did to your memory."
          >
            {data.day.unreadable && (
              <p className="text-sm text-danger">
                The memory cannot read this entry (it finds no words in it), so it is left out of the lists and of what
                the memory learns from.
              </p>
            )}
            {data.day.gates ? (
              <DayGates gates={data.day.gates} />
            ) : (
              <p className="text-sm text-muted">No entry on this day.</p>
            )}
          </Section>
          <Section title="Keep" hint="Lessons you wrote that your memory holds on to.">
            <Items items={data.keep} list="keep" day={data.day.date} empty="No lesson stands out yet." />
          </Section>
          <Section title="Let go" hint="Worries that keep coming back, negative in tone and still held.">
            <Items
              items={data.letGo}
              list="let-go"
              day={data.day.date}
              empty="No recurring worry is weighing on your memory."
            />
          </Section>
          <Section title="Already let go" hint="Worries that stopped coming back and faded, or that you let go.">
            <Items
              items={data.alreadyLetGo}
              list="let-go-done"
              day={data.day.date}
              empty={
                data.status.kind === "trained"
                  ? "No worry has faded yet."
                  : "Nothing you let go of yet. Until your memory has trained, it cannot tell which worries faded on their own."
              }
            />
          </Section>
          {/* Measured by npm run eval:memory (README, "Memory"): say it where the lists are read. */}
          <p className="text-xs text-muted">
            How these lists are chosen: by what your sentences say and how often a theme comes back. The trained memory
            only orders them; on the journals it was tested on, it chose no better than those two signals alone.
          </p>
          {data.dailyGates.length > 1 && (
            <Section
              title="Gates by day"
              hint={`Daily mean of each gate, last ${data.dailyGates.length} days with entries.`}
            >
              <GateChart days={data.dailyGates} />
            </Section>
          )}
        </>
      )}
    </aside>
  );
}
