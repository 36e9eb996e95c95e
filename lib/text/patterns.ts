// Word patterns over English tokens (english-tokens.ts), for the cue and distress lists. A pattern is a
// space-separated sequence of elements:
//   "a|b"   one token, either word (a phrase is a sequence of elements, never one alternative)
//   "x?"    the element is optional
//   "*"     any one token
//   "~"     any 0 to GAP tokens ("could have ~ better")
//   "@past" a past tense or participle ("wish i had @past": "wish I had said", not "wish I had a dog")
// A match never runs across punctuation inside the sentence, so "…hurt, but I learned" keeps its clauses apart.
import { isPastForm, type Token } from "./english-tokens";

const GAP = 3;

type Element = { test: (token: Token) => boolean; optional: boolean; gap: boolean; firsts: string[] | null };

type Found<T> = { item: T; start: number; end: number };

function element(part: string): Element {
  const optional = part.length > 1 && part.endsWith("?");
  const body = optional ? part.slice(0, -1) : part;
  if (body === "~") return { test: () => true, optional, gap: true, firsts: null };
  if (body === "*") return { test: () => true, optional, gap: false, firsts: null };
  if (body === "@past") return { test: isPastForm, optional, gap: false, firsts: null };
  const words = body.split("|");
  const set = new Set(words);
  return { test: (token) => set.has(token.word), optional, gap: false, firsts: words };
}

// Length (in tokens) of the longest match of `elements` from token `at`, or -1.
function matchAt(elements: readonly Element[], tokens: readonly Token[], at: number, start: number, e = 0): number {
  if (e === elements.length) return 0;
  const current = elements[e]!;
  const open = (k: number) => k < tokens.length && (k === start || !tokens[k]!.break);
  let best = -1;
  if (current.gap) {
    for (let n = 0; n <= GAP; n++) {
      if (n > 0 && !open(at + n - 1)) break;
      const rest = matchAt(elements, tokens, at + n, start, e + 1);
      if (rest >= 0) best = Math.max(best, rest + n);
    }
    return best;
  }
  if (open(at) && current.test(tokens[at]!)) {
    const rest = matchAt(elements, tokens, at + 1, start, e + 1);
    if (rest >= 0) best = rest + 1;
  }
  if (current.optional) best = Math.max(best, matchAt(elements, tokens, at, start, e + 1));
  return best;
}

/** Patterns indexed by the words they can start with, so each token is tried against a handful of them. */
export class PatternIndex<T> {
  private readonly byFirstWord = new Map<string, { item: T; elements: Element[] }[]>();

  constructor(items: readonly T[], patternsOf: (item: T) => readonly string[]) {
    for (const item of items) {
      for (const pattern of patternsOf(item)) {
        const elements = pattern.trim().split(/\s+/).map(element);
        const firsts = new Set<string>();
        for (const e of elements) {
          if (!e.firsts) throw new Error(`Pattern "${pattern}" must start with words`);
          e.firsts.forEach((w) => firsts.add(w));
          if (!e.optional) break;
        }
        for (const word of firsts) {
          const list = this.byFirstWord.get(word) ?? [];
          list.push({ item, elements });
          this.byFirstWord.set(word, list);
        }
      }
    }
  }

  /** Every match, as token ranges [start, end), longest per pattern and start. */
  find(tokens: readonly Token[]): Found<T>[] {
    const found: Found<T>[] = [];
    tokens.forEach((token, at) => {
      for (const { item, elements } of this.byFirstWord.get(token.word) ?? []) {
        const length = matchAt(elements, tokens, at, at);
        if (length > 0) found.push({ item, start: at, end: at + length });
      }
    });
    return found;
  }
}
