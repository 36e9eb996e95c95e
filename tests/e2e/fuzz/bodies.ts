// Request bodies as bytes plus the headers that describe them: the JSON a client should send, and what a hostile
// one sends instead (other content types, no body, broken or duplicated JSON, deep nesting), for route handlers
// (JSON) and server actions (React's reply encoding: text/plain JSON or multipart/form-data).
import fc from "fast-check";
import { hostileJson, hostileStrings } from "./hostile-values";

export type Body = { headers: Record<string, string>; body?: Buffer };

const DEEP = 10_000;

// Texts no JSON parser should choke on, and one it may refuse: 10,000 levels of nesting, cut-off documents.
const brokenJson = fc.constantFrom(
  "",
  "{",
  '{"body":',
  "nul",
  "\ufeff{}",
  "[".repeat(DEEP) + "]".repeat(DEEP),
  '{"a":'.repeat(DEEP) + "1" + "}".repeat(DEEP),
  "[".repeat(DEEP),
  "\u0000",
  '"\\ud800"',
  "1e999999",
);

const otherContentTypes = fc.constantFrom(
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "application/json; charset=latin1",
  "APPLICATION/JSON",
  "application/jsonx",
  "",
);

// The value as JSON text, once with the first key repeated holding something else (JSON.parse keeps the last).
function jsonText(value: unknown, duplicate: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  if (!value || typeof value !== "object" || Array.isArray(value) || text === "{}") return text;
  const [first] = Object.keys(value);
  return `{${JSON.stringify(first)}:${JSON.stringify(duplicate) ?? "null"},${text.slice(1)}`;
}

function withType(type: string | null, text: string | null): Body {
  return {
    headers: type === null ? {} : { "content-type": type },
    ...(text !== null && { body: Buffer.from(text, "utf8") }),
  };
}

// Mostly the shape given, as application/json; otherwise anything a client could send instead.
export function jsonBody(shape: fc.Arbitrary<unknown>, contentType = "application/json"): fc.Arbitrary<Body> {
  return fc.oneof(
    { weight: 6, arbitrary: shape.map((v) => withType(contentType, JSON.stringify(v) ?? "null")) },
    { weight: 1, arbitrary: fc.tuple(shape, hostileJson).map(([v, d]) => withType(contentType, jsonText(v, d))) },
    { weight: 1, arbitrary: brokenJson.map((text) => withType(contentType, text)) },
    { weight: 1, arbitrary: fc.tuple(otherContentTypes, shape).map(([t, v]) => withType(t, JSON.stringify(v) ?? "")) },
    { weight: 1, arbitrary: fc.constant(withType(null, null)) },
  );
}

// A value action's argument list as the browser sends it (encodeReply of plain data: JSON as text/plain).
export function actionArguments(args: fc.Arbitrary<unknown[]>): fc.Arbitrary<Body> {
  return jsonBody(args, "text/plain;charset=UTF-8");
}

// A form action's call as useActionState sends it: multipart with the form's fields as "_1_<name>" and the argument
// list in part "0" (the previous state, then "$K1", a reference to the form). Sometimes an extra part, a
// field given twice, a file where text belongs, or a broken argument list.
export function formActionBody(fields: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<Body> {
  const args = fc.oneof(
    { weight: 5, arbitrary: fc.constant(JSON.stringify([{}, "$K1"])) },
    { weight: 1, arbitrary: hostileJson.map((state) => JSON.stringify([state, "$K1"]) ?? "") },
    { weight: 1, arbitrary: brokenJson },
  );
  const extra = fc.array(fc.tuple(hostileStrings, hostileStrings), { maxLength: 2 });
  return fc.record({ args, fields, extra, file: fc.boolean() }).map(({ args, fields, extra, file }) => {
    const parts: Part[] = Object.entries(fields).map(([k, v]): Part => [`_1_${k}`, v]);
    for (const [k, v] of extra) parts.push([`_1_${k}`, v]);
    if (file && parts.length > 0) parts.push([parts[0]![0], "", "upload.bin"]);
    // Last, as encodeReply writes it: Next's streaming decoder resolves "$K1" from the fields received before it.
    parts.push(["0", args]);
    return multipart(parts);
  });
}

type Part = [name: string, value: string, filename?: string];

// Fixed, so a failing case replays byte for byte.
const BOUNDARY = "----cellstate-fuzz-7d1f0c";

function multipart(parts: Part[]): Body {
  const boundary = BOUNDARY;
  const chunks = parts.map(([name, value, filename]) => {
    // Names carry whatever the fuzzer chose; quotes and line breaks would end the header early, so they are escaped
    // the way browsers do.
    const quoted = name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    const disposition = `form-data; name="${quoted}"` + (filename ? `; filename="${filename}"` : "");
    const type = filename ? "\r\nContent-Type: application/octet-stream" : "";
    return `--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n${value}\r\n`;
  });
  return {
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    body: Buffer.from(chunks.join("") + `--${boundary}--\r\n`, "utf8"),
  };
}
