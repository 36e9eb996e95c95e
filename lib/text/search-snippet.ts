// The part of an entry a search result shows, with the words the query found marked. It is plain text cut into
// parts, never HTML: the page renders each part as text (a marked one in <mark>), so nothing an entry holds can
// become markup. Words are found by one linear scan (a word is letters, digits and marks, with inner apostrophes)
// and compared as search-terms.ts cuts them; Chinese query words are found as they are written, anywhere in a
// run of Han characters, as the index finds them (by their characters in a row).
import { plainBlocks } from "./markdown";
import { termOfWord, type QueryTerm } from "./search-terms";

export type SnippetPart = { text: string; hit: boolean };

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const HAN_RUN = /\p{Script=Han}+/u;

/** Characters shown around the first hit; the snippet is about two lines. */
const BEFORE = 60;
const LENGTH = 220;

const WINDOW = 4 * LENGTH;
const OVERLAP = 60;

type Range = { start: number; end: number };

/** The hits in text[from, to), in order. Only that stretch is read: a run of Han with no space is one long "word". */
function hitsIn(text: string, terms: QueryTerm[], from: number, to: number): Range[] {
  const words = new Set(terms.filter((t) => t.kind === "word").map((t) => t.term));
  const han = terms.filter((t) => t.kind === "han").map((t) => t.term);
  const part = text.slice(from, to);
  const hits: Range[] = [];
  for (const m of part.matchAll(WORD)) {
    const start = from + m.index;
    if (HAN_RUN.test(m[0])) {
      for (const word of han) {
        for (let k = m[0].indexOf(word); k >= 0; k = m[0].indexOf(word, k + word.length))
          hits.push({ start: start + k, end: start + k + word.length });
      }
    } else if (words.has(termOfWord(m[0]))) hits.push({ start, end: start + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Cuts text[from, to) into parts, marking the hits (overlapping ones merged). */
function parts(text: string, from: number, to: number, hits: Range[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  let at = from;
  for (const hit of hits) {
    const start = Math.max(hit.start, at);
    const end = Math.min(hit.end, to);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** Where a word starts at or before `k` (never inside a word or a surrogate pair), within `limit` characters. */
function wordStart(text: string, k: number, limit: number): number {
  for (let j = k; j > Math.max(0, k - limit); j--) if (/\s/.test(text[j - 1]!)) return j;
  const code = text.charCodeAt(k);
  return code >= 0xdc00 && code <= 0xdfff ? k - 1 : k;
}

/**
 * About two lines of the entry around its first hit, the hits marked; the opening lines when nothing is found
 * (a filter without words, or a hit in a Markdown link's address). `…` marks text left out.
 */
export function searchSnippet(body: string, terms: QueryTerm[]): SnippetPart[] {
  const text = plainBlocks(body).join(" · ");
  // The first hit is looked for a window at a time, so a long entry is not scanned past it; the windows overlap
  // by a word's length, so a word across two is found whole in one.
  let first: Range | undefined;
  for (let from = 0; !first && from < text.length; from += WINDOW - OVERLAP)
    first = terms.length > 0 ? hitsIn(text, terms, from, from + WINDOW)[0] : undefined;
  const start = first ? wordStart(text, Math.max(0, first.start - BEFORE), 20) : 0;
  const end = Math.min(text.length, start + LENGTH);
  const shown = parts(text, start, end, terms.length > 0 ? hitsIn(text, terms, start, end) : []);
  if (start > 0) shown.unshift({ text: "…", hit: false });
  if (end < text.length) shown.push({ text: "…", hit: false });
  return shown;
}
