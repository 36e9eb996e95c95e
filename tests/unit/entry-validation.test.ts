import { describe, expect, it } from "vitest";
import {
  bodySchema,
  entryInputSchema,
  MAX_ENTRY_BYTES,
  moodSchema,
  tagsSchema,
  utf8Bytes,
} from "@/lib/validations/entry";

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message;
}

describe("entry body", () => {
  it.each(["", "   ", "\n\t \n"])("refuses %j as empty", (body) => {
    expect(firstMessage(bodySchema.safeParse(body))).toBe("The entry is empty");
  });

  // "é" is 2 bytes, "€" 3, "😀" 4: the limit counts UTF-8 bytes, not characters.
  it.each([
    ["ASCII", "a".repeat(MAX_ENTRY_BYTES)],
    ["2-byte", "é".repeat(MAX_ENTRY_BYTES / 2)],
    ["3-byte", "€".repeat(34_133) + "a"],
    ["4-byte", "😀".repeat(MAX_ENTRY_BYTES / 4)],
  ])("accepts exactly 100 KB of %s text and refuses one byte more", (_kind, body) => {
    expect(utf8Bytes(body)).toBe(100 * 1024);
    expect(bodySchema.safeParse(body).success).toBe(true);
    const over = bodySchema.safeParse(body + "a");
    expect(over.success).toBe(false);
    expect(firstMessage(over)).toBe("The entry is longer than 100 KB");
  });
});

describe("mood", () => {
  it.each([0, 6, 2.5])("refuses %s", (mood) => {
    expect(moodSchema.safeParse(mood).success).toBe(false);
  });

  it("accepts 1 to 5 and no mood", () => {
    for (const mood of [1, 3, 5, null, undefined]) {
      expect(entryInputSchema.safeParse({ body: "x", mood }).success).toBe(true);
    }
  });
});

describe("tags", () => {
  it("lower-cases, trims and de-duplicates", () => {
    expect(tagsSchema.parse([" Work ", "work", "SLEEP", "sleep "])).toEqual(["work", "sleep"]);
  });

  it("refuses more than 20 tags", () => {
    const tags = Array.from({ length: 21 }, (_, i) => `tag${i}`);
    expect(tagsSchema.safeParse(tags.slice(0, 20)).success).toBe(true);
    expect(firstMessage(tagsSchema.safeParse(tags))).toBe("At most 20 tags");
  });

  it("refuses an empty tag", () => {
    expect(tagsSchema.safeParse(["  "]).success).toBe(false);
  });
});
