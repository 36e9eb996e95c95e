// Values chosen to break parsers and databases, as fast-check arbitraries: wrong types, numbers JSON and SQLite
// handle badly, strings with lone surrogates and null bytes, impossible dates, path tricks, deep nesting.
import fc from "fast-check";

// Any UTF-16 code unit, lone surrogates and NUL included (fc.string's own units never produce a lone surrogate).
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

const trickyStrings = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff\ud800",
  "x\ud83d",
  "\u202e\u200b\ufeff",
  "😀",
  "../",
  "../../etc/passwd",
  "%2e%2e%2f",
  "%00",
  "NaN",
  "-0",
  "1e308",
  "Infinity",
  "9007199254740993",
  "__proto__",
  "constructor",
  "$undefined",
  "$K1",
  "$@0",
  "$$",
  "$1",
  "$Q1",
  "$B1",
  "$h1",
  "$l1",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "\\u0000",
  "true",
  "null",
  "a".repeat(300),
);

export const hostileStrings = fc.oneof(trickyStrings, anyCodeUnits, fc.string({ unit: "grapheme", maxLength: 80 }));

const hostileNumbers = fc.oneof(
  fc.constantFrom(1e308, -1e308, -0, 0, 2 ** 53 + 1, -(2 ** 53) - 1, 5e-324, 0.5, 1, 3, 5, 6, -1, 2 ** 31, 2 ** 63),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

// Days as text: real ones, impossible ones and things that are no day at all.
export const hostileDays = fc.oneof(
  fc.constantFrom(
    "2026-02-30",
    "9999-99-99",
    "0000-00-00",
    "2026-13-01",
    "2026-1-1",
    " 2026-01-01",
    "2026-01-01T00:00:00Z",
    "+02026-01-01",
    "1900-02-29",
    "2000-02-29",
    "9999-12-31",
    "..",
    "../",
  ),
  hostileStrings,
);

const hostileLeaf = fc.oneof(
  hostileStrings,
  hostileNumbers,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  hostileDays,
);

const hostileKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "body", "date", "0", ""), hostileStrings);

// Trees of objects and arrays a few levels deep, with hostile keys and leaves.
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileLeaf,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie("node"), { maxKeys: 4 }),
  ),
})).node;

// A value of the right shape most of the time and a hostile one otherwise.
export function mostly<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: good, weight: 2 }, { arbitrary: hostileJson, weight: 1 });
}

// A path segment as the URL carries it: percent-encoded text, raw bytes that are no valid UTF-8 ("%ED%A0%80" is a
// surrogate, "%C0%AE" an overlong dot), broken escapes and a very long segment.
export function hostileSegment(good: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    good.map(encodeURIComponent),
    hostileStrings.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "\ufffd"))),
    fc.constantFrom("%ED%A0%80", "%C0%AE%C0%AE", "%ZZ", "%", "%00", "..%2F..%2F", "%2e%2e", "x".repeat(5000), "%FF"),
  );
}
