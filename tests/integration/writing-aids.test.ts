// The user's own prompts and templates on a real database: each user sees, changes and deletes only their own, the
// limits hold, and deleting an account takes them with it.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { eraseAccount } from "@/lib/auth/account-deletion";
import { db } from "@/lib/db";
import {
  deletePrompt,
  deleteTemplate,
  listPrompts,
  listTemplates,
  savePrompt,
  saveTemplate,
} from "@/lib/journal/writing-aids";
import { MAX_PROMPTS, MAX_TEMPLATES, promptInputSchema, templateInputSchema } from "@/lib/validations/writing-aids";

let alice: string;
let bob: string;

beforeAll(async () => {
  alice = await createUser("alice@example.com");
  bob = await createUser("bob@example.com");
});

describe("prompts", () => {
  it("adds, lists oldest first, edits and deletes the user's own prompts", async () => {
    expect(await savePrompt(alice, { text: "What am I avoiding?" })).toBe("saved");
    expect(await savePrompt(alice, { text: "今天最想感谢谁？" })).toBe("saved");
    const [first, second] = await listPrompts(alice);
    expect([first?.text, second?.text]).toEqual(["What am I avoiding?", "今天最想感谢谁？"]);
    expect(await savePrompt(alice, { id: first!.id, text: "What am I avoiding, and why?" })).toBe("saved");
    expect((await listPrompts(alice)).map((p) => p.text)).toEqual(["What am I avoiding, and why?", "今天最想感谢谁？"]);
    expect(await deletePrompt(alice, second!.id)).toBe(true);
    expect((await listPrompts(alice)).map((p) => p.id)).toEqual([first!.id]);
  });

  it("never shows, changes or deletes another user's prompt", async () => {
    const [own] = await listPrompts(alice);
    expect(await listPrompts(bob)).toEqual([]);
    expect(await savePrompt(bob, { id: own!.id, text: "Bob was here" })).toBe("not-found");
    expect(await deletePrompt(bob, own!.id)).toBe(false);
    expect(await listPrompts(alice)).toEqual([own]);
  });

  it("refuses a new prompt past the limit, but still lets one be edited", async () => {
    const carol = await createUser("carol@example.com");
    await db.writingPrompt.createMany({
      data: Array.from({ length: MAX_PROMPTS }, (_, k) => ({ userId: carol, text: `Prompt ${k}` })),
    });
    expect(await savePrompt(carol, { text: "One more" })).toBe("too-many");
    const [first] = await listPrompts(carol);
    expect(await savePrompt(carol, { id: first!.id, text: "Changed" })).toBe("saved");
    expect(await listPrompts(carol)).toHaveLength(MAX_PROMPTS);
    // Another user's limit is their own.
    expect(await savePrompt(bob, { text: "Bob's first" })).toBe("saved");
  });
});

describe("templates", () => {
  const evening = { name: "Evening", body: "## What went well\n\n\n## What I learned\n\n" };

  it("keeps a template's body exactly as written, blank lines and all", async () => {
    expect(await saveTemplate(alice, evening)).toBe("saved");
    expect(await listTemplates(alice)).toEqual([{ id: expect.any(String), ...evening }]);
  });

  it("edits and deletes only the user's own templates", async () => {
    const [own] = await listTemplates(alice);
    expect(await saveTemplate(bob, { id: own!.id, name: "Mine now", body: "x" })).toBe("not-found");
    expect(await deleteTemplate(bob, own!.id)).toBe(false);
    expect(await listTemplates(bob)).toEqual([]);
    expect(await saveTemplate(alice, { id: own!.id, name: "Evening review", body: evening.body })).toBe("saved");
    expect((await listTemplates(alice))[0]?.name).toBe("Evening review");
    expect(await deleteTemplate(alice, own!.id)).toBe(true);
    expect(await listTemplates(alice)).toEqual([]);
  });

  it("refuses a new template past the limit", async () => {
    const dan = await createUser("dan@example.com");
    await db.entryTemplate.createMany({
      data: Array.from({ length: MAX_TEMPLATES }, (_, k) => ({ userId: dan, name: `T${k}`, body: "x" })),
    });
    expect(await saveTemplate(dan, evening)).toBe("too-many");
  });
});

describe("the forms' checks", () => {
  it("names what is wrong with a key the form translates", () => {
    const errors = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
      r.error?.issues.map((i) => i.message);
    expect(errors(promptInputSchema.safeParse({ text: "   " }))).toEqual(["promptMissing"]);
    expect(errors(promptInputSchema.safeParse({ text: "x".repeat(301) }))).toEqual(["promptTooLong"]);
    expect(errors(promptInputSchema.safeParse({ text: "half \ud83d emoji" }))).toEqual(["brokenCharacter"]);
    expect(errors(promptInputSchema.safeParse({ id: "../x", text: "ok" }))).toEqual(["badId"]);
    expect(promptInputSchema.safeParse({ id: "", text: "  Trimmed  " }).data).toEqual({ id: "", text: "Trimmed" });
    expect(errors(templateInputSchema.safeParse({ name: "n", body: "\n\n" }))).toEqual(["bodyMissing"]);
    // As a form sends a textarea: CRLF, kept as the editor's LF.
    expect(templateInputSchema.safeParse({ name: "n", body: "## A\r\n\r\n## B\r\n" }).data?.body).toBe(
      "## A\n\n## B\n",
    );
    expect(promptInputSchema.safeParse({ text: "One?\r\nTwo?" }).data?.text).toBe("One?\nTwo?");
    expect(errors(templateInputSchema.safeParse({ name: "n", body: "字".repeat(3000) }))).toEqual(["bodyTooLong"]);
  });
});

describe("deleting an account", () => {
  it("deletes its prompts and templates with it", async () => {
    const erin = await createUser("erin@example.com");
    await savePrompt(erin, { text: "Erin's prompt" });
    await saveTemplate(erin, { name: "Erin's", body: "## Today" });
    expect(await eraseAccount(erin)).toBe("deleted");
    expect(await db.writingPrompt.count({ where: { userId: erin } })).toBe(0);
    expect(await db.entryTemplate.count({ where: { userId: erin } })).toBe(0);
  });
});
