// Messages that code outside the interface says to a user: a schema's field error, a refusal an API route or a
// server action answers with. They stay English sentences where they are made (the CLI, the logs and the API's
// JSON speak English), and each is registered with its key in the `errors` namespace, so the wrappers that hand
// it to a browser (lib/server/action.ts, route.ts) can say it in the reader's language (`localized`).
// Framework-free: the worker and the CLIs load the schemas too.
import { createTranslator } from "use-intl/core";
import enErrors from "@/messages/en/errors.json";

export type ErrorKey = keyof typeof enErrors;
export type MessageValues = Record<string, string | number>;
type Said = { key: ErrorKey; values?: MessageValues };

const english = createTranslator({ locale: "en", messages: { errors: enErrors }, namespace: "errors" });

// English text → what was said. Only messages whose values come from a small set (a limit, a number of minutes,
// the provider's name) are made through here, so it stays small.
const said = new Map<string, Said>();

/** The English sentence for `key`, remembered so that it can be said again in another language. */
export function userMessage(key: ErrorKey, values?: MessageValues): string {
  // The translator's types want each key's own arguments; the registry takes any key with any values.
  const text = (english as (key: string, values?: MessageValues) => string)(key, values);
  said.set(text, { key, values });
  return text;
}

/** A translator of the `errors` namespace, in whichever language. */
export type ErrorTranslator = (key: ErrorKey, values?: MessageValues) => string;

/** The `errors` namespace in English, for answers made with no request to take a language from. */
export const englishErrors = english as unknown as ErrorTranslator;

/** `text` in the reader's language when it was made by `userMessage`; anything else as it is. */
export function localized(text: string, t: ErrorTranslator): string {
  const known = said.get(text);
  return known ? t(known.key, known.values) : text;
}

type Errors = Partial<Record<string, string[] | undefined>>;

/** A schema's field errors with each message in the reader's language. */
export function localizedFieldErrors<E extends Errors>(errors: E | undefined, t: ErrorTranslator): E | undefined {
  if (!errors) return undefined;
  const out: Errors = {};
  for (const [field, list] of Object.entries(errors)) out[field] = list?.map((m) => localized(m, t));
  return out as E;
}
