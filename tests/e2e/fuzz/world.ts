// The people the fuzz test acts as, each with an HTTP client: the fuzzed user (signed up here, with an entry and
// its themes), the admin (global.setup.ts, for the admin's action) and no one; and another user whose rows no
// request may ever change, whose entry and theme ids are the "foreign ids" the fuzzer tries.
import { type APIRequestContext, type Browser, expect } from "@playwright/test";
import { z } from "zod";
import { addDays, ADMIN_EMAIL, adminStatePath, PASSWORD, signUp, uniqueEmail } from "../helpers";
import type { Who } from "./action-cases";
import type { Known } from "./route-cases";
import { type Digester, openDigester } from "./user-digest";

export type World = {
  known: Known;
  clients: Record<Who, APIRequestContext>;
  // Whose rows must stay unchanged when a request as this one is refused (no one: the fuzzed user's).
  owners: Record<Who, string>;
  digester: Digester;
  // A case may have signed the fuzzed user out (the sign-out actions) or in as someone new (a sign-up that worked).
  ensureSignedIn(): Promise<void>;
  close(): Promise<void>;
};

const ENTRY = {
  body:
    "I keep replaying the meeting where I froze. I learned that asking for help early is fine. " +
    "Tomorrow I will walk by the river before work.",
  mood: 3,
  tags: ["fuzz"],
};

const NO_THEME = "c-no-theme-was-made";

const sessionSchema = z.object({ user: z.object({ id: z.string() }) });
const csrfSchema = z.object({ csrfToken: z.string() });

async function signedUpWithEntry(browser: Browser, prefix: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail(prefix);
  const today = await signUp(page, email);
  await page.close();
  const response = await context.request.put(`/api/journal/${today}`, { data: ENTRY });
  expect(response.status(), await response.text()).toBe(200);
  const { entry } = z.object({ entry: z.object({ id: z.string() }) }).parse(await response.json());
  return { context, email, today, entryId: entry.id };
}

export async function makeWorld(browser: Browser, anonymous: APIRequestContext): Promise<World> {
  const user = await signedUpWithEntry(browser, "fuzz");
  const other = await signedUpWithEntry(browser, "fuzz-other");
  const admin = await browser.newContext({ storageState: adminStatePath() });
  const digester = openDigester();
  const userId = digester.userIdOf(user.email);
  const otherId = digester.userIdOf(other.email);
  const otherBefore = digester.digest(otherId);
  const client = user.context.request;

  return {
    known: {
      today: user.today,
      tomorrow: addDays(user.today, 1),
      ownEntryId: user.entryId,
      foreignEntryId: other.entryId,
      ownThemeId: digester.themeIdOf(userId) ?? NO_THEME,
      foreignThemeId: digester.themeIdOf(otherId) ?? NO_THEME,
    },
    clients: { user: client, admin: admin.request, anonymous },
    owners: { user: userId, admin: digester.userIdOf(ADMIN_EMAIL), anonymous: userId },
    digester,
    async ensureSignedIn() {
      const session = sessionSchema.safeParse(await (await client.get("/api/auth/session")).json());
      if (session.success && session.data.user.id === userId) return;
      const { csrfToken } = csrfSchema.parse(await (await client.get("/api/auth/csrf")).json());
      const response = await client.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: user.email, password: PASSWORD },
        maxRedirects: 0,
      });
      expect(response.status(), "signing the fuzzed user in again").toBeLessThan(400);
    },
    async close() {
      expect(digester.digest(otherId), "a request as the fuzzed user or no one changed another user's rows").toBe(
        otherBefore,
      );
      digester.close();
      await Promise.all([user.context.close(), other.context.close(), admin.close()]);
    },
  };
}
