// The search page's address (/search?q=…&tag=…&mood=…&from=…&to=…&page=…), which keeps a search shareable and
// the back button working. A field sent twice counts once; an empty field is no filter. The messages are keys of
// the "search" messages, shown in the reader's language.
import { z } from "zod";
import { isIsoDay } from "@/lib/dates";
import { MAX_TAG_LENGTH } from "./entry";

export const MAX_QUERY_CHARS = 200;

/** The first value of a repeated parameter, and none for an empty one. */
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  }, schema.optional());

const day = z.string().refine(isIsoDay, "errors.date");

export const searchParamsSchema = z
  .object({
    q: param(z.string().max(MAX_QUERY_CHARS, "errors.queryTooLong")),
    tag: param(z.string().max(MAX_TAG_LENGTH, "errors.tag")),
    mood: param(z.coerce.number("errors.mood").int("errors.mood").min(1, "errors.mood").max(5, "errors.mood")),
    from: param(day),
    to: param(day),
    page: param(z.string()),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ["to"], message: "errors.dateOrder" });

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The address of a search, with only the fields that are set. */
export function searchHref({ q, tag, mood, from, to }: SearchParams, page?: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ q, tag, mood, from, to, page }))
    if (value !== undefined) query.set(key, String(value));
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}
