// A weekly summary as a plain document (headings, paragraphs, lists, one table), and its two renderings:
// Markdown (the export, and the e-mail's plain-text part) and simple HTML (the e-mail's HTML part). The page
// renders the content with its own components but the same words (./words.ts).
import { formatDay } from "@/lib/dates";
import { formatWeek, type WeekRange } from "./iso-week";
import type { NewLesson, SummaryItem, WeeklySummaryContent } from "./types";
import {
  GATES_HEADING,
  gatesText,
  itemFacts,
  LIST_SECTIONS,
  modelText,
  MOOD_HEADING,
  moodText,
  opening,
  percent,
  summaryTitle,
  type SummaryList,
} from "./words";

type Section = { heading: string; intro: string; items: string[]; table?: { head: string[]; rows: string[][] } };

type SummaryDocument = { title: string; subtitle: string; opening: string; sections: Section[]; footer: string };

function itemLine(item: SummaryItem | NewLesson, list: SummaryList): string {
  const facts = [formatDay(item.date, "short"), `${percent(item.retention)} still held`, ...itemFacts(item, list)];
  const quote = item.quote ? `“${item.quote}”` : "(an entry with no sentence to quote)";
  return `${quote} (${facts.join(", ")})`;
}

export function summaryDocument(s: WeeklySummaryContent): SummaryDocument {
  const range: WeekRange = { week: s.week, start: s.start, end: s.end };
  return {
    title: summaryTitle(s),
    subtitle: `${s.week}, ${formatWeek(range)}`,
    opening: opening(s),
    sections: [
      ...LIST_SECTIONS.map(({ list, heading, intro }) => ({
        heading,
        intro: intro(s),
        items: s[list].map((item) => itemLine(item, list)),
      })),
      {
        heading: GATES_HEADING,
        intro: gatesText(s),
        items: [],
        ...(s.gates.days.length > 0
          ? {
              table: {
                head: ["Day", "Forget (kept)", "Input (took in)", "Output (brought in)"],
                rows: s.gates.days.map((d) => [formatDay(d.date, "short"), percent(d.f), percent(d.i), percent(d.o)]),
              },
            }
          : {}),
      },
      {
        heading: MOOD_HEADING,
        intro: moodText(s),
        items: s.mood.days.map((d) => `${formatDay(d.date, "short")}: ${d.mood} of 5`),
      },
    ],
    footer: modelText(s),
  };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, "\\$1");
}

export function summaryMarkdown(s: WeeklySummaryContent): string {
  const doc = summaryDocument(s);
  const lines = [`# ${doc.title}`, "", `*${doc.subtitle}*`, "", doc.opening, ""];
  for (const section of doc.sections) {
    lines.push(`## ${section.heading}`, "", escapeMarkdown(section.intro), "");
    if (section.items.length > 0) lines.push(...section.items.map((item) => `- ${escapeMarkdown(item)}`), "");
    if (section.table) {
      lines.push(`| ${section.table.head.join(" | ")} |`, `|${section.table.head.map(() => " --- |").join("")}`);
      lines.push(...section.table.rows.map((row) => `| ${row.join(" | ")} |`), "");
    }
  }
  lines.push("---", "", `*${escapeMarkdown(doc.footer)}*`, "");
  return lines.join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function summaryHtml(s: WeeklySummaryContent, link: string | null): string {
  const doc = summaryDocument(s);
  const parts = [
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p><em>${escapeHtml(doc.subtitle)}</em></p>`,
    `<p>${escapeHtml(doc.opening)}</p>`,
  ];
  for (const section of doc.sections) {
    parts.push(`<h2>${escapeHtml(section.heading)}</h2>`, `<p>${escapeHtml(section.intro)}</p>`);
    if (section.items.length > 0) {
      parts.push(`<ul>${section.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`);
    }
    if (section.table) {
      const head = section.table.head.map((h) => `<th align="left">${escapeHtml(h)}</th>`).join("");
      const rows = section.table.rows.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`);
      parts.push(`<table cellpadding="4"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`);
    }
  }
  parts.push(`<hr><p><small>${escapeHtml(doc.footer)}</small></p>`);
  if (link) parts.push(`<p><a href="${escapeHtml(link)}">Open this week in Cellstate</a></p>`);
  return `<!doctype html><html><body style="font-family: sans-serif; max-width: 40em">${parts.join("\n")}</body></html>`;
}
