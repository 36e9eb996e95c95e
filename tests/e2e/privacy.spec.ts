// One person's journal is invisible to another: pages, permalinks and the API all answer as if the entry
// did not exist.
import { expect, test } from "@playwright/test";
import { editor, serverEntry, signUp, uniqueEmail, writeEntry } from "./helpers";

test("a second user cannot see, open, fetch or delete the first user's entry", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const alice = await first.newPage();
    const today = await signUp(alice, uniqueEmail("alice"));
    const secret = "My private worry about the exam results.";
    await writeEntry(alice, secret);
    const entry = await serverEntry(alice, today);
    expect(entry?.id).toBeTruthy();
    const id = entry!.id;

    const bob = await second.newPage();
    const bobToday = await signUp(bob, uniqueEmail("bob"));
    expect(bobToday).toBe(today);

    // Not on his journal page for the same day…
    await expect(editor(bob)).toHaveValue("");
    await expect(bob.getByText("exam results")).toHaveCount(0);

    // …not in his list…
    await bob.goto("/entries");
    await expect(bob.getByText("No entries yet")).toBeVisible();
    await expect(bob.getByText("exam results")).toHaveCount(0);

    // …the permalink is the 404 page (its HTTP status is checked in status-codes.spec.ts)…
    await bob.goto(`/entries/${id}`);
    await expect(bob.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    await expect(bob.getByText("exam results")).toHaveCount(0);

    // …and the API answers exactly as for an id that does not exist.
    const get = await bob.request.get(`/api/entries/${id}`);
    expect(get.status()).toBe(404);
    expect(await get.json()).toEqual({ error: "No such entry" });
    const del = await bob.request.delete(`/api/entries/${id}`);
    expect(del.status()).toBe(404);
    expect(await bob.request.get(`/api/journal/${today}`).then((r) => r.status())).toBe(404);
    // His export holds nothing of hers.
    const exported = await bob.request.get("/api/export");
    expect(exported.status()).toBe(200);
    expect(await exported.text()).not.toContain("exam results");

    // Her entry survived his attempt to delete it, and her own permalink leads to it.
    expect(await serverEntry(alice, today)).toMatchObject({ id, body: secret });
    await alice.goto(`/entries/${id}`);
    await expect(alice).toHaveURL(new RegExp(`/journal/${today}$`));
    await expect(editor(alice)).toHaveValue(secret);
  } finally {
    await first.close();
    await second.close();
  }
});
