// A weekly summary as a plain document (headings, paragraphs, lists, one table), and its two renderings:
// Markdown (the export, and the e-mail's plain-text part) and simple HTML (the e-mail's HTML part). The page
// renders the content with its own components but the same words (./words.ts), in the reader's language.
import type { NewLesson, SummaryItem, WeeklySummaryContent } from "./types";
import {
  gatesText,
  itemFacts,
  LIST_SECTIONS,
  listHeading,
  modelText,
  moodText,
  opening,
  stillHeld,
  summaryTitle,
  type SummaryList,
  type SummaryWords,
} from "./words";

type Section = { heading: string; intro: string; items: string[]; table?: { head: string[]; rows: string[][] } };

type SummaryDocument = { title: string; subtitle: string; opening: string; sections: Section[]; footer: string };

function itemLine(item: SummaryItem | NewLesson, list: SummaryList, w: SummaryWords): string {
  const facts = [w.day(item.date, "dayShort"), stillHeld(item, w), ...itemFacts(item, list, w)];
  const quote = item.quote ? `“${item.quote}”` : w.t("facts.noQuote");
  return `${quote} (${facts.join(w.t("facts.separator"))})`;
}

export function summaryDocument(s: WeeklySummaryContent, w: SummaryWords): SummaryDocument {
  const percent = (value: number) => w.t("gates.percent", { value });
  return {
    title: summaryTitle(s, w),
    subtitle: w.t("document.subtitle", { week: s.week, range: w.range(s.start, s.end) }),
    opening: opening(s, w),
    sections: [
      ...LIST_SECTIONS.map(({ list, intro }) => ({
        heading: listHeading(list, w),
        intro: intro(s, w),
        items: s[list].map((item) => itemLine(item, list, w)),
      })),
      {
        heading: w.t("gates.heading"),
        intro: gatesText(s, w),
        items: [],
        ...(s.gates.days.length > 0
          ? {
              table: {
                head: [w.t("gates.day"), w.t("gates.forget"), w.t("gates.input"), w.t("gates.output")],
                rows: s.gates.days.map((d) => [w.day(d.date, "dayShort"), percent(d.f), percent(d.i), percent(d.o)]),
              },
            }
          : {}),
      },
      {
        heading: w.t("mood.heading"),
        intro: moodText(s, w),
        items: s.mood.days.map((d) => w.t("mood.day", { day: w.day(d.date, "dayShort"), mood: d.mood })),
      },
    ],
    footer: modelText(s, w),
  };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, "\\$1");
}

export function summaryMarkdown(s: WeeklySummaryContent, w: SummaryWords): string {
  const doc = summaryDocument(s, w);
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

export function summaryHtml(s: WeeklySummaryContent, link: string | null, w: SummaryWords): string {
  const doc = summaryDocument(s, w);
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
  if (link) parts.push(`<p><a href="${escapeHtml(link)}">${escapeHtml(w.t("document.open"))}</a></p>`);
  return `<!doctype html><html><body style="font-family: sans-serif; max-width: 40em">${parts.join("\n")}</body></html>`;
}
