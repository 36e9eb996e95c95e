// Requests Next itself fails on with a 500 before any route handler or server action (and so before the wrapper in
// route.ts and action.ts) runs, refused here with a 4xx and a JSON { error } instead. Called first by proxy.ts.
// Found by tests/e2e/fuzz.spec.ts:
// - a path segment that is not valid percent-encoding ("%ZZ", "%ED%A0%80", a lone surrogate) fails Next's
//   decodeURIComponent of the route's parameters;
// - a server action's body over Next's 1 MB limit (serverActions.bodySizeLimit) throws "Body exceeded 1 MB limit";
// - action arguments React's decoder fails on (lib/server/action-arguments.ts);
// - a multipart body that is no valid multipart fails Next's form parser ("Malformed part header").
import "server-only";
import { NextResponse } from "next/server";
import { actionArgumentsProblem } from "./action-arguments";

// Next's default serverActions.bodySizeLimit, which next.config.ts leaves as it is.
export const MAX_ACTION_BYTES = 1024 * 1024;

function refuse(status: number, error: string): Response {
  return NextResponse.json({ error }, { status });
}

function decodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

async function readAtMost(request: Request, maxBytes: number): Promise<Buffer | null> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return null;
  const reader = request.clone().body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a cloned (teed) body settles only once the other is cancelled too.
      void reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

// The reply's root part: the whole body as text, or the part named "0" of a multipart or urlencoded body (the form's
// own fields are "_1_email" and so on). null when a multipart body cannot be read at all.
async function rootPart(request: Request, bytes: Buffer): Promise<string | undefined | null> {
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded")
    return new URLSearchParams(bytes.toString("utf8")).get("0") ?? undefined;
  if (type !== "multipart/form-data") return bytes.toString("utf8");
  if (!partHeadersReadable(bytes, contentType)) return null;
  try {
    const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
    const root = form.get("0");
    return typeof root === "string" ? root : undefined;
  } catch {
    return null;
  }
}

// Next's multipart parser (busboy) refuses a part header holding a control character or longer than 16 KB
// ("Malformed part header"), where the platform's FormData parser reads it: such a body is checked here first.
const MAX_PART_HEADER = 8 * 1024;

function partHeadersReadable(bytes: Buffer, contentType: string): boolean {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) return false;
  const text = bytes.toString("latin1");
  const parts = text.split(`--${boundary[1] ?? boundary[2]}`).slice(1);
  return parts.every((part) => {
    if (part.startsWith("--")) return true;
    const end = part.indexOf("\r\n\r\n");
    if (end < 0) return false;
    const header = part.slice(0, end).replace(/\r\n/g, "");
    return header.length <= MAX_PART_HEADER && !/[\x00-\x08\x0a-\x1f\x7f]/.test(header);
  });
}

async function refuseAction(request: Request): Promise<Response | null> {
  const bytes = await readAtMost(request, MAX_ACTION_BYTES);
  if (!bytes) return refuse(413, `The request is larger than ${MAX_ACTION_BYTES / 1024 / 1024} MB`);
  const root = await rootPart(request, bytes);
  if (root === null) return refuse(400, "The form could not be read");
  const problem = actionArgumentsProblem(root);
  return problem ? refuse(400, problem) : null;
}

export async function refuseUnreadable(request: Request): Promise<Response | null> {
  if (!decodes(new URL(request.url).pathname)) return refuse(400, "The address is not valid");
  if (request.method === "POST" && request.headers.has("next-action")) return refuseAction(request);
  return null;
}
