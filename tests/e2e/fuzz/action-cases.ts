// What the fuzzer sends to each server action, by "app/<file>#<export>" as the build's manifest names them: form
// actions get their form's fields with hostile values, value actions their argument. Credentials are kept mostly
// malformed on purpose: a well-formed wrong password counts against the sign-in limits, which every browser test
// shares (one client address), so only a few such tries happen per run.
import fc from "fast-check";
import { actionArguments, type Body, formActionBody } from "./bodies";
import { hostileJson, hostileStrings, mostly } from "./hostile-values";

export type Who = "user" | "admin" | "anonymous";

export type ActionCase = { as: readonly Who[]; body: fc.Arbitrary<Body> };

const USER_OR_ANONYMOUS: readonly Who[] = ["user", "anonymous"];

// A form's fields: all of them most of the time (as the page sends them), some missing otherwise.
function fields(shape: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<Record<string, string>> {
  const some = fc
    .record(shape, { requiredKeys: [] })
    .map((r) => Object.fromEntries(Object.entries(r).filter((e): e is [string, string] => e[1] !== undefined)));
  return fc.oneof({ weight: 3, arbitrary: fc.record(shape) }, { weight: 1, arbitrary: some });
}

// Hostile or plausible, so that some cases get past validation to the action itself.
function orHostile(plausible: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(hostileStrings, plausible);
}

const email = fc.constantFrom("nobody@cellstate.test", "not-an-email", " UPPER@CELLSTATE.TEST ");
// For sign-in, where any well-formed address with any password is a wrong guess: one time in twenty.
const rareEmail = fc.oneof({ weight: 19, arbitrary: hostileStrings }, { weight: 1, arbitrary: email });
const password = fc.constantFrom("short", "aaaaaaaaaaaa", "a fuzzed password 0001");
// A new password the form refuses, but one time in twenty: any current password with a valid new one is a wrong
// guess of the current password, counted against the account and the address.
const newPassword = fc.oneof(
  {
    weight: 19,
    arbitrary: fc.oneof(fc.string({ maxLength: 9 }), fc.constantFrom("aaaaaaaaaaaa", "x".repeat(201), "abababababab")),
  },
  { weight: 1, arbitrary: fc.constant("a fuzzed password 0001") },
);
// The user's password to delete their own account: a wrong one counts against the sign-in limits (which every browser
// test shares), so it is almost always one the form refuses before it is checked.
const deletePassword = fc.oneof(
  { weight: 19, arbitrary: fc.constantFrom("", "x".repeat(201)) },
  { weight: 1, arbitrary: password },
);
const accountId = fc.oneof(hostileStrings, fc.constantFrom("no-such-account", ""));
const timeZone = fc.constantFrom("UTC", "Etc/UTC", "Mars/Olympus", "utc", "../../etc/localtime");
const checkbox = fc.constantFrom("on", "off", "");
const locale = fc.constantFrom("", "en", "zh", "zh-CN", "EN", "fr");

// A prompt's or template's id: empty (a new one), shaped like one but no one's, or hostile.
const aidId = fc.oneof(hostileStrings, fc.constantFrom("", "", "cnosuchprompt000000000000", "../x"));
const tagName = fc.constantFrom("fuzzed tag", "  Fuzzed Tag ", "x".repeat(41), "", "\ud800");
const tagId = fc.oneof(hostileStrings, fc.constantFrom("no-such-tag", ""));

const mark = (ownThemeId: string) =>
  fc.record({
    themeId: mostly(fc.constantFrom(ownThemeId, ownThemeId, ownThemeId, "no-such-theme", "")),
    kind: mostly(fc.constantFrom("keep", "let-go", "pin")),
    on: mostly(fc.boolean()),
  });

// No argument at all (the button's call), or something that is not nothing.
const nothing: fc.Arbitrary<unknown[]> = fc.oneof(fc.constant<unknown[]>([]), fc.tuple(hostileJson));

const aidDelete = actionArguments(fc.oneof(fc.tuple(fc.record({ id: mostly(aidId) })), nothing));

export function actionCases(ownThemeId: string): Record<string, ActionCase> {
  return {
    "app/(auth)/actions.ts#signInAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ email: rareEmail, password: orHostile(password) })),
    },
    "app/(auth)/actions.ts#signUpAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(
        fields({
          name: hostileStrings,
          email: orHostile(email),
          password: orHostile(password),
          timeZone: orHostile(timeZone),
          setupCode: hostileStrings,
        }),
      ),
    },
    "app/(auth)/actions.ts#signOutAction": { as: USER_OR_ANONYMOUS, body: actionArguments(nothing) },
    "app/(auth)/actions.ts#oidcSignInAction": { as: USER_OR_ANONYMOUS, body: formActionBody(fields({})) },
    "app/(auth)/actions.ts#resetPasswordAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ token: orHostile(fc.constant("no-such-token")), password: newPassword })),
    },
    "app/(app)/admin/actions.ts#setDisabledAction": {
      as: ["admin", "user", "anonymous"],
      body: actionArguments(
        fc.oneof(fc.tuple(fc.record({ userId: accountId, disabled: mostly(fc.boolean()) })), nothing),
      ),
    },
    "app/(app)/admin/actions.ts#setRoleAction": {
      as: ["admin", "user", "anonymous"],
      body: actionArguments(
        fc.oneof(fc.tuple(fc.record({ userId: accountId, role: mostly(fc.constantFrom("admin", "user")) })), nothing),
      ),
    },
    "app/(app)/admin/actions.ts#deleteAccountAsAdminAction": {
      as: ["admin", "user", "anonymous"],
      body: actionArguments(fc.oneof(fc.tuple(fc.record({ userId: accountId })), nothing)),
    },
    "app/(app)/admin/actions.ts#resetLinkAction": {
      as: ["admin", "user", "anonymous"],
      body: actionArguments(fc.oneof(fc.tuple(fc.record({ userId: accountId })), nothing)),
    },
    "app/(app)/admin/actions.ts#addAccountAction": {
      as: ["admin", "user", "anonymous"],
      body: formActionBody(fields({ name: hostileStrings, email: orHostile(email), password: orHostile(password) })),
    },
    "app/(app)/journal/[date]/actions.ts#setMarkAction": {
      as: USER_OR_ANONYMOUS,
      body: actionArguments(
        fc.oneof(
          { weight: 3, arbitrary: fc.tuple(mark(ownThemeId)).map((args): unknown[] => args) },
          { weight: 1, arbitrary: nothing },
        ),
      ),
    },
    "app/(app)/prompts/actions.ts#savePromptAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ id: aidId, text: hostileStrings })),
    },
    "app/(app)/prompts/actions.ts#saveTemplateAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ id: aidId, name: hostileStrings, body: hostileStrings })),
    },
    "app/(app)/prompts/actions.ts#deletePromptAction": { as: USER_OR_ANONYMOUS, body: aidDelete },
    "app/(app)/prompts/actions.ts#deleteTemplateAction": { as: USER_OR_ANONYMOUS, body: aidDelete },
    "app/(app)/tags/actions.ts#createTagAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ name: orHostile(tagName) })),
    },
    "app/(app)/tags/actions.ts#renameTagAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ tagId, name: orHostile(tagName) })),
    },
    "app/(app)/tags/actions.ts#mergeTagAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ tagId, into: tagId })),
    },
    "app/(app)/tags/actions.ts#deleteTagAction": {
      as: USER_OR_ANONYMOUS,
      body: actionArguments(fc.oneof(fc.tuple(fc.record({ tagId })), nothing)),
    },
    "app/(app)/settings/actions.ts#changePasswordAction": {
      as: USER_OR_ANONYMOUS,
      // Never the user's real password, so the account's sessions stay as they are.
      body: formActionBody(fields({ currentPassword: orHostile(password), newPassword })),
    },
    "app/(app)/settings/actions.ts#updateProfileAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ name: hostileStrings, timeZone: orHostile(timeZone), locale: orHostile(locale) })),
    },
    "app/(app)/settings/actions.ts#updateSummaryEmailAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(fields({ summaryEmail: orHostile(checkbox) })),
    },
    "app/(app)/settings/actions.ts#updateReminderAction": {
      as: USER_OR_ANONYMOUS,
      body: formActionBody(
        fields({
          enabled: orHostile(checkbox),
          time: orHostile(fc.constantFrom("20:00", "07:30", "24:00", "7:5", "23:59:59", "")),
          email: orHostile(checkbox),
        }),
      ),
    },
    "app/(app)/settings/actions.ts#signOutEverywhereAction": { as: USER_OR_ANONYMOUS, body: actionArguments(nothing) },
    "app/(app)/settings/actions.ts#deleteAccountAction": {
      as: USER_OR_ANONYMOUS,
      body: actionArguments(fc.oneof(fc.tuple(fc.record({ password: deletePassword })), nothing)),
    },
  };
}
