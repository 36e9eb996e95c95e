import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EntryEditor } from "@/components/editor/entry-editor";
import { DayNav } from "@/components/journal/day-nav";
import { MemoryPanel } from "@/components/memory-panel/memory-panel";
import { writingAidsFor } from "@/components/prompts/prompt-choices";
import { OnThisDay } from "@/components/on-this-day/on-this-day";
import { SimilarSection } from "@/components/search/similar-list";
import { requireUser } from "@/lib/auth/session";
import { dayDate } from "@/i18n/formats";
import { isIsoDay, todayIn } from "@/lib/dates";
import { getEntryByDate, neighbourEntryDays } from "@/lib/journal/entries";
import { readMemoryPanel } from "@/lib/journal/memory-panel";
import { onThisDay } from "@/lib/journal/on-this-day";
import { similarEntries } from "@/lib/journal/similar-entries";

type Props = { params: Promise<{ date: string }> };

const SIMILAR_SHOWN = 5;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  if (isIsoDay(date)) return { title: (await getFormatter()).dateTime(dayDate(date), "day") };
  return { title: (await getTranslations("journal"))("title") };
}

export default async function JournalDayPage({ params }: Props) {
  const { date } = await params;
  const user = await requireUser();
  const today = todayIn(user.timeZone);
  // Unreal dates and days that have not come yet have no page.
  if (!isIsoDay(date) || date > today) notFound();

  const [entry, neighbours, memory] = await Promise.all([
    getEntryByDate(user.id, date),
    neighbourEntryDays(user.id, date),
    readMemoryPanel(user.id, date),
  ]);
  // The memory's prompts are read from the panel just computed, so they cost a query or two more.
  const aids = await writingAidsFor(user.id, date, memory);
  const [past, similar] = await Promise.all([
    onThisDay(user.id, date, memory),
    entry ? similarEntries(user.id, entry.id, SIMILAR_SHOWN) : [],
  ]);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <DayNav date={date} today={today} previousEntry={neighbours.previous} nextEntry={neighbours.next} />
        <EntryEditor
          key={date}
          userId={user.id}
          date={date}
          initial={entry}
          readFirst={entry !== null && date !== today}
          prompts={aids.prompts}
          templates={aids.templates}
        />
        <OnThisDay entries={past} />
        {entry && <SimilarSection entryId={entry.id} entries={similar} />}
      </div>
      <MemoryPanel data={memory} day={date} />
    </div>
  );
}
