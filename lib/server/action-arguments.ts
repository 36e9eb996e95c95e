// Server action arguments as the browser sends them (React's reply encoding, `encodeReply`): a JSON array whose
// strings starting with "$" are references React resolves before the action runs. Next decodes them before any of
// our code (lib/server/action.ts) can catch what goes wrong, and answered 500 for: text that is no JSON, a root that
// is no array ("CreateListFromArrayLike called on non-object"), nesting thousands deep (stack overflow), and
// references to parts the request does not have ("$1", "$Q1", "$B1", "$l1"…). Our actions take only plain data and
// a form, so only the references our own pages produce are let through.
import { jsonDepth } from "./json-depth";

// Real arguments are a form's previous state and its fields, or one small object: a few levels.
export const MAX_ACTION_DEPTH = 32;

// "$$…" is an escaped "$", "$K<n>" the form's fields, the rest values JSON cannot spell.
const OWN_REFERENCE = /^\$(\$|K\d+$|undefined$|NaN$|Infinity$|-Infinity$|-0$)/;

function referencesAreOurs(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || OWN_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every(referencesAreOurs);
  if (value && typeof value === "object")
    return Object.entries(value).every(([key, v]) => !key.startsWith("$") && referencesAreOurs(v));
  return true;
}

// Why the argument list (the reply's root part, "0") cannot be an honest call of one of our actions, or null.
export function actionArgumentsProblem(root: string | undefined): string | null {
  if (root === undefined) return "The action's arguments are missing";
  // Measured before parsing: the walk below must not recurse thousands deep either.
  if (jsonDepth(root) > MAX_ACTION_DEPTH) return "The request nests too deeply";
  let parsed: unknown;
  try {
    parsed = JSON.parse(root);
  } catch {
    return "The action's arguments are not valid JSON";
  }
  if (!Array.isArray(parsed)) return "The action's arguments must be a list";
  if (!referencesAreOurs(parsed)) return "The action's arguments refer to something this server never sends";
  return null;
}
