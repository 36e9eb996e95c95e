// Helpers for the JSON API routes: one shape for errors ({ error, fieldErrors? }) and a body reader that
// turns oversized or malformed requests into a 4xx instead of an exception.
import { NextResponse } from "next/server";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";

export function jsonError(status: number, error: string, fieldErrors?: Record<string, string[] | undefined>) {
  return NextResponse.json({ error, ...(fieldErrors && { fieldErrors }) }, { status });
}

type BodyResult<T> = { ok: true; data: T } | { ok: false; response: NextResponse };

// Reads at most maxBytes (whatever Content-Length claims), parses JSON and validates it.
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number,
): Promise<BodyResult<z.infer<S>>> {
  const text = await readText(request, maxBytes);
  if (text === null)
    return { ok: false, response: jsonError(413, `The request is larger than ${Math.round(maxBytes / 1024)} KB`) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid JSON") };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "body"] ??= []).push(issue.message);
    const first = parsed.error.issues[0]?.message ?? "Invalid request";
    return { ok: false, response: jsonError(400, first, fieldErrors) };
  }
  return { ok: true, data: parsed.data };
}

export async function readText(request: Request, maxBytes: number): Promise<string | null> {
  const chunks: Uint8Array[] = [];
  if (!(await readChunks(request, maxBytes, (chunk) => void chunks.push(chunk)))) return null;
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Hands the body to `onChunk` as it arrives, so a reader (the import's) never needs all of it at once; `onChunk`
 * returns false to stop early. False when the body is larger than maxBytes (whatever Content-Length claims).
 */
export async function readChunks(
  request: Request,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => boolean | void,
): Promise<boolean> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return false;
  if (!request.body) return true;
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return false;
    }
    if (onChunk(value) === false) {
      await reader.cancel();
      return true;
    }
  }
}

// Route handlers answer 401 rather than redirecting: they are called by scripts and fetch, not people.
export async function withUser(handler: (user: SessionUser) => Promise<Response>): Promise<Response> {
  const user = await currentUser();
  if (!user) return jsonError(401, "Sign in first");
  return handler(user);
}
