import { describe, expect, it } from "vitest";
import {
  isPastForm,
  predicateAt,
  selfFocusOf,
  startsWithoutSubject,
  subjectAt,
  tokensOf,
} from "@/lib/text/english-tokens";
import { sentencesOf } from "@/lib/text/sentences";

function tokens(text: string) {
  const sentences = sentencesOf(text);
  expect(sentences).toHaveLength(1);
  return tokensOf(sentences[0]!);
}

// The subject of the first token spelled `word`.
function subjectOf(text: string, word: string) {
  const all = tokens(text);
  const at = all.findIndex((t) => t.word === word);
  expect(at).toBeGreaterThanOrEqual(0);
  return subjectAt(all, at);
}

describe("tokensOf", () => {
  it("expands the contraction wink leaves whole, with its tags and the source word", () => {
    const all = tokens("I’m so tired, im going to bed.");
    expect(all.map((t) => t.word)).toEqual(["i", "am", "so", "tired", "i", "am", "going", "to", "bed"]);
    expect(all.map((t) => t.pos).slice(0, 2)).toEqual(["PRON", "AUX"]);
    expect(all.map((t) => t.source)).toEqual([0, 0, 1, 2, 3, 3, 4, 5, 6]);
    expect(all.map((t) => t.break)).toEqual([false, false, false, false, true, false, false, false, false]);
    // wink itself expands the others, apostrophe or not.
    expect(tokens("I wish I hadnt gone.").map((t) => t.word)).toEqual(["i", "wish", "i", "had", "not", "gone"]);
  });

  it("marks only the words a negation reaches", () => {
    const all = tokens("I can't stop thinking about how I messed up.");
    expect(all.filter((t) => t.negated).map((t) => t.word)).toEqual(["stop", "thinking", "about"]);
  });

  it("tells past forms from base and -ing forms", () => {
    const [felt, went, ask, dreading] = ["Felt", "Went", "Ask", "Dreading"].map((w) => tokens(`${w} it.`)[0]);
    expect([felt, went, ask, dreading].map(isPastForm)).toEqual([true, true, false, false]);
  });
});

describe("subjectAt", () => {
  it("finds the writer over auxiliaries, adverbs, negation and linking verbs", () => {
    expect(subjectOf("I really should not have gone.", "should")).toBe("self");
    expect(subjectOf("I have finally learned it.", "learned")).toBe("self");
    expect(subjectOf("We felt so guilty.", "guilty")).toBe("self");
    expect(subjectOf("Should I have called?", "should")).toBe("self");
  });

  it("finds someone else, a relative pronoun, or a word that is no subject", () => {
    expect(subjectOf("He learned to swim.", "learned")).toBe("other");
    expect(subjectOf("The bus should have been here.", "should")).toBe("other");
    expect(subjectOf("The tour, which should have been shorter.", "should")).toBe("other");
    expect(subjectOf("He was a most learned man.", "learned")).toBe("other");
    expect(subjectOf("I think he should have called.", "should")).toBe("other");
  });

  it("gives none at the start of a clause, and the previous clause's subject after 'and' or 'but'", () => {
    expect(subjectOf("Should have said no.", "should")).toBe("none");
    expect(subjectOf("It rained, should have stayed in.", "should")).toBe("none");
    expect(subjectOf("I went home and cried.", "cried")).toBe("self");
    expect(subjectOf("My brother went home and cried.", "cried")).toBe("other");
    expect(subjectOf("Losing it hurt, but I learned a lot.", "learned")).toBe("self");
  });
});

describe("startsWithoutSubject and selfFocusOf", () => {
  it("reads a diary fragment's dropped subject as the writer", () => {
    for (const text of ["Felt sick all evening.", "Couldn't sleep.", "Still upset about it.", "Dreading Monday."])
      expect(startsWithoutSubject(tokens(text)), text).toBe(true);
    for (const text of ["Ask first.", "Was it worth it?", "The soup was sweet.", "He left."])
      expect(startsWithoutSubject(tokens(text)), text).toBe(false);
  });

  it("is self-focused with a first-person pronoun or a dropped subject", () => {
    expect(selfFocusOf(tokens("My mother rang."))).toBe(true);
    expect(selfFocusOf(tokens("We walked to the pier."))).toBe(true);
    expect(selfFocusOf(tokens("Went to bed early."))).toBe(true);
    expect(selfFocusOf(tokens("The US team won."))).toBe(false);
    expect(selfFocusOf(tokens("You never know."))).toBe(false);
  });
});

describe("predicateAt", () => {
  it("tells a predicated feeling from an action, and whose it is", () => {
    const at = (text: string, word: string) => {
      const all = tokens(text);
      return predicateAt(
        all,
        all.findIndex((t) => t.word === word),
      );
    };
    expect(at("I was so ashamed.", "ashamed")).toMatchObject({ kind: "be", subject: "self" });
    expect(at("She felt a bit lost.", "lost")).toMatchObject({ kind: "feel", subject: "other" });
    expect(at("So tired.", "tired")).toMatchObject({ kind: "fragment", subject: "none" });
    expect(at("I lost my keys.", "lost")).toBeNull();
  });
});
