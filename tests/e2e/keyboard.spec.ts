// Everything needed to write an entry works from the keyboard alone: Tab to move, typing, Enter, arrows.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectSaved, PASSWORD, serverEntry, signUp, uniqueEmail } from "./helpers";

// Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would; fails if it is not reachable.
async function tabTo(page: Page, target: Locator, { backward = false, maxPresses = 30 } = {}): Promise<number> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
    await page.keyboard.press(backward ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
  return maxPresses;
}

test("sign in and write an entry with the keyboard only", async ({ browser }) => {
  const email = uniqueEmail("keyboard");
  // The account is made in another browser context; everything below uses no clicks.
  const setup = await browser.newContext();
  await signUp(await setup.newPage(), email);
  await setup.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto("/sign-in");
    const emailField = page.getByLabel("Email", { exact: true });
    await tabTo(page, emailField);
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/journal\/\d{4}-\d{2}-\d{2}$/, { timeout: 20_000 });
    const today = new URL(page.url()).pathname.split("/").pop()!;

    const body = page.locator("#entry-body");
    // Header, navigation and day controls come first; the editor must still be reachable in a sensible number.
    const presses = await tabTo(page, body);
    expect(presses).toBeLessThan(25);
    await page.keyboard.type("Typed without a mouse.\n\n- one thing learned\n- one thing to let go");

    // Mood: Tab into the radio group, arrows to choose (native radios).
    await tabTo(page, page.getByRole("radio", { name: "Very low", exact: true }));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "Okay", exact: true })).toBeChecked();
    // The focused pill must show it has focus (the radio itself is visually hidden).
    const pill = page
      .locator("label")
      .filter({ has: page.getByRole("radio", { name: "Okay", exact: true }) })
      .locator("span")
      .first();
    await expect(pill).toHaveCSS("outline-style", "solid");

    await tabTo(page, page.locator("#entry-tags"));
    await page.keyboard.type("keyboard, calm");
    await page.keyboard.press("Tab");
    await expectSaved(page);

    await expect
      .poll(async () => serverEntry(page, today))
      .toMatchObject({
        body: "Typed without a mouse.\n\n- one thing learned\n- one thing to let go",
        mood: 3,
        tags: ["calm", "keyboard"],
      });

    // The Preview toggle works from the keyboard too.
    await tabTo(page, page.getByRole("button", { name: "Preview" }), { backward: true });
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("entry-preview").getByRole("listitem")).toHaveCount(2);
  } finally {
    await context.close();
  }
});
