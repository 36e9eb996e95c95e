import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { dayDate } from "@/i18n/formats";
import type { MemoryPanelData, PanelItem } from "@/lib/journal/memory-panel";
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
export function MemoryPanel({ data, day }: { data: MemoryPanelData; day: string }) {
  const t = useTranslations("memory");
  const format = useFormatter();
  return (
    <aside
      aria-labelledby="memory-heading"
      className="space-y-5 rounded-lg border border-line bg-card p-5 lg:self-start"
      data-testid="memory-panel"
    >
      <div className="space-y-2">
        <h2 id="memory-heading" className="font-serif text-xl">
          {t("heading")}
        </h2>
        <StatusLine status={data.status} day={day} />
      </div>
      {data.state === "empty" ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <>
          <Section
            title={
              data.day.hasEntry
                ? t("dayGatesTitle")
                : t("asOf", { day: format.dateTime(dayDate(data.day.date), "dayShort") })
            }
            hint={t("dayHint")}
          >
            {data.day.unreadable && <p className="text-sm text-danger">{t("unreadable")}</p>}
            {data.day.gates ? (
              <DayGates gates={data.day.gates} />
            ) : (
              <p className="text-sm text-muted">{t("noEntry")}</p>
            )}
          </Section>
          <Section title={t("keep")} hint={t("keepHint")}>
            <Items items={data.keep} list="keep" day={data.day.date} empty={t("keepEmpty")} />
          </Section>
          <Section title={t("letGo")} hint={t("letGoHint")}>
            <Items items={data.letGo} list="let-go" day={data.day.date} empty={t("letGoEmpty")} />
          </Section>
          <Section title={t("alreadyLetGo")} hint={t("alreadyLetGoHint")}>
            <Items
              items={data.alreadyLetGo}
              list="let-go-done"
              day={data.day.date}
              empty={data.status.kind === "trained" ? t("alreadyEmptyTrained") : t("alreadyEmptyPrior")}
            />
          </Section>
          {/* Measured by npm run eval:memory (README, "Memory"): say it where the lists are read. */}
          <p className="text-xs text-muted">{t("howChosen")}</p>
          {data.dailyGates.length > 1 && (
            <Section title={t("gatesByDay")} hint={t("gatesByDayHint", { count: data.dailyGates.length })}>
              <GateChart days={data.dailyGates} />
            </Section>
          )}
        </>
      )}
    </aside>
  );
}
