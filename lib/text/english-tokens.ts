// The English sentence as the cue rules read it: contractions wink leaves whole expanded ("i'm" → "i", "am"),
// each token with its POS tag, lemma, negation (within NEGATION_WINDOW, see afinn.ts) and clause break; who the
// subject is at a position; whether a sentence has dropped its subject; and how a word is predicated.
//
// The subject is found without a parser, from how an English clause is laid out. Walk left from the cue over
// auxiliaries, adverbs, "not" and linking verbs ("I really should not have", "I felt so guilty"); the first
// other word decides. A first-person pronoun is the writer ("self"). The start of the clause (punctuation,
// "because", "when", a preposition) means no subject is written ("none"), which in a diary is the writer
// ("Felt sick all evening."). Anything else is "other": a pronoun or noun that is someone else ("he", "the
// bus"), a relative pronoun ("which should have been"), or a word that shows the cue is no verb of a subject
// at all (a determiner: "a most learned man"). After "and" or "but" the subject is the previous clause's ("I
// went home and cried").
import { negationReach, normaliseWord } from "./afinn";
import { STATES } from "./distress-lists";
import type { Sentence } from "./types";

export type Token = {
  word: string;
  pos: string;
  lemma: string;
  /** Index of the sentence word this token comes from (expansions share it). */
  source: number;
  negated: boolean;
  /** Punctuation stands right before this token. */
  break: boolean;
};

type Person = "self" | "other" | "none";

// The contraction wink leaves whole in running text ("I’m", "im"; it expands "can't", "shouldve", "Ive").
const I_AM: [string, string][] = [
  ["i", "PRON"],
  ["am", "AUX"],
];
const EXPANSIONS = new Map([
  ["i'm", I_AM],
  ["im", I_AM],
]);

const FIRST_PERSON = new Set(["i", "me", "my", "myself", "mine", "we", "us", "our", "ours", "ourselves"]);

export function isFirstPerson(token: Token | undefined): boolean {
  return token !== undefined && FIRST_PERSON.has(token.word) && token.pos === "PRON";
}

export function tokensOf(sentence: Sentence): Token[] {
  const reach = negationReach(sentence.negated);
  const tokens: Token[] = [];
  sentence.words.forEach((raw, source) => {
    const word = normaliseWord(raw);
    const pos = sentence.pos[source] ?? "X";
    const lemma = normaliseWord(sentence.lemmas?.[source] ?? word);
    const negated = reach[source] === true;
    const parts = EXPANSIONS.get(word);
    // Literal objects, no spread: spreading a shared object into each token made this the slowest step of
    // reading a long diary (V8 builds a spread object on its slow path, about 10 µs a token here).
    if (parts) {
      parts.forEach(([part, tag], k) =>
        tokens.push({
          source,
          negated,
          word: part,
          pos: tag,
          lemma: part,
          break: k === 0 && sentence.breaks?.[source] === true,
        }),
      );
    } else {
      tokens.push({ source, negated, word, pos, lemma, break: sentence.breaks?.[source] === true });
    }
  });
  return tokens;
}

// Participles that look like their lemma ("I should have put it aside").
const SAME_FORM_PAST = new Set(["put", "cut", "set", "let", "hit", "hurt", "read", "shut", "quit", "spread", "cost"]);

/** A past tense or participle ("felt", "known", "said"): the form a counterfactual or a diary fragment takes. */
export function isPastForm(token: Token | undefined): boolean {
  if (!token || (token.pos !== "VERB" && token.pos !== "AUX")) return false;
  if (SAME_FORM_PAST.has(token.word)) return true;
  return token.word !== token.lemma && !token.word.endsWith("ing") && !token.word.endsWith("s");
}

// Words that sit between a subject and its verb without changing who the subject is.
const SKIPPED_TAGS = new Set(["ADV", "AUX"]);
const BOUNDARY_TAGS = new Set(["SCONJ", "CCONJ", "INTJ", "ADP"]);
const RELATIVE = new Set(["which", "who", "whom", "whose", "that"]);
const CONTINUING = new Set(["and", "but", "or", "nor", "then", "yet"]);

// Linking verbs stand between a subject and the feeling or judgement it has: "I felt so guilty".
const LINKING = new Set(
  "feel feels felt feeling seem seems seemed look looks looked get gets got getting become becomes became".split(" "),
);

function skipped(token: Token): boolean {
  return SKIPPED_TAGS.has(token.pos) || token.word === "not" || token.word === "never" || LINKING.has(token.word);
}

/** Who the subject of the verb at `at` is (see the header). */
export function subjectAt(tokens: readonly Token[], at: number): Person {
  for (let k = at - 1; k >= 0; k--) {
    if (tokens[k + 1]!.break) return "none";
    const token = tokens[k]!;
    if (skipped(token)) continue;
    if (CONTINUING.has(token.word)) return k > 0 ? previousClauseSubject(tokens, k) : "none";
    // A relative pronoun is the clause's subject, however wink tags it ("which should have been").
    if (RELATIVE.has(token.word)) return "other";
    if (BOUNDARY_TAGS.has(token.pos)) return "none";
    return isFirstPerson(token) ? "self" : "other";
  }
  // Inverted question or condition: "Should I have called?", "Had I known".
  const at0 = tokens[at];
  if (at0 && (at0.pos === "AUX" || at0.pos === "VERB")) {
    let k = at + 1;
    while (tokens[k]?.word === "not") k++;
    if (tokens[k]?.pos === "PRON") return isFirstPerson(tokens[k]) ? "self" : "other";
  }
  return "none";
}

// The subject of the clause that ends at `end` (exclusive): the subject of its first verb.
function previousClauseSubject(tokens: readonly Token[], end: number): Person {
  let start = end - 1;
  while (start > 0 && !tokens[start]!.break && !BOUNDARY_TAGS.has(tokens[start - 1]!.pos)) start--;
  for (let k = start; k < end; k++) {
    const pos = tokens[k]!.pos;
    if (pos === "VERB" || pos === "AUX") return k === start ? "none" : subjectAt(tokens, k);
  }
  return "none";
}

const LEADING_TAGS = new Set(["ADV", "INTJ", "CCONJ"]);
const MODALS = new Set(["can", "could", "should", "would", "must", "might", "will", "shall"]);

/**
 * A diary sentence with its subject dropped: it opens (after "So", "Still", "And", "Oh") with a past or
 * -ing verb ("Felt sick all evening.", "Dreading Monday."), a modal ("Couldn't sleep."), a feeling verb ("Feel
 * awful.") or a state ("So ashamed."), and is not an inverted question ("Was it worth it?"). Its subject is the
 * writer. A base-form opening is an imperative ("Ask first."), not a dropped "I".
 */
export function startsWithoutSubject(tokens: readonly Token[]): boolean {
  let k = 0;
  while (tokens[k] && LEADING_TAGS.has(tokens[k]!.pos)) k++;
  const first = tokens[k];
  if (!first) return false;
  if (STATES.has(first.word)) return true;
  if (first.pos !== "VERB" && first.pos !== "AUX") return false;
  let next = k + 1;
  while (tokens[next]?.word === "not") next++;
  if (first.pos === "AUX" && tokens[next]?.pos === "PRON") return false;
  if (MODALS.has(first.word) || first.lemma === "feel") return true;
  return isPastForm(first) || (first.word.endsWith("ing") && first.word !== first.lemma);
}

/** The writer speaks of themself: a first-person pronoun, or a dropped subject. */
export function selfFocusOf(tokens: readonly Token[]): boolean {
  return tokens.some(isFirstPerson) || startsWithoutSubject(tokens);
}

const BE = new Set(["am", "is", "are", "was", "were", "be", "been", "being"]);
// Between a linking verb and its complement: "felt so", "was a bit", "feel kind of".
const DEGREE = new Set("a an bit little kind sort of such too more most less".split(" "));

type Predicate = {
  kind: "be" | "feel" | "fragment";
  /** Index of the "be" or linking verb (-1 for a fragment). */
  verb: number;
  subject: Person;
};

/**
 * How the word at `at` is predicated, and of whom: after a form of "be" ("I was ashamed"), after a linking verb
 * ("She felt sick"), at the start of a clause as a fragment ("So tired.": no subject written), or not at all
 * ("I lost my keys": null).
 */
export function predicateAt(tokens: readonly Token[], at: number): Predicate | null {
  for (let k = at - 1; k >= 0 && !tokens[k + 1]!.break; k--) {
    const token = tokens[k]!;
    if (BE.has(token.word)) return { kind: "be", verb: k, subject: subjectAt(tokens, k) };
    if (LINKING.has(token.word)) return { kind: "feel", verb: k, subject: subjectAt(tokens, k) };
    if (token.pos === "ADV" || DEGREE.has(token.word) || token.word === "not") continue;
    if (!LEADING_TAGS.has(token.pos)) return null;
    break;
  }
  return { kind: "fragment", verb: -1, subject: "none" };
}
