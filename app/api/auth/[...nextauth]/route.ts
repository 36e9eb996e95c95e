// Auth.js's own endpoints (session, CSRF token, and the sign-in and sign-out forms it posts). The app itself signs
// in and out through server actions; these stay for Auth.js's pages and for scripts that sign in over HTTP (the
// benchmark). Its forms post urlencoded, guarded by its CSRF token as well as the origin check.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { env } from "@/lib/env";
import { InputError } from "@/lib/server/entry-point";
import { jsonError, publicRoute } from "@/lib/server/route";

const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

// Auth.js's own test (@auth/core lib/utils/assert.js): an http(s) address, or a path on this site.
function usableCallback(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

// Auth.js takes a callbackUrl it cannot use ("x", "javascript:…"), in the query or its cookie, for a mistake in
// its own configuration and answers 500 with its error page; it is the request's mistake.
function refuseBadCallback(request: Request): void {
  const url = new URL(request.url);
  const cookies = (request.headers.get("cookie") ?? "").split(";").map((c) => {
    const at = c.indexOf("=");
    return { name: c.slice(0, at).trim(), value: c.slice(at + 1).trim() };
  });
  const given = [
    url.searchParams.get("callbackUrl"),
    ...cookies.filter((c) => CALLBACK_COOKIES.includes(c.name)).map((c) => safeDecode(c.value)),
  ];
  if (given.some((value) => value && !usableCallback(value, url.origin)))
    throw new InputError(400, "callbackUrl must be an address on this site");
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// Auth.js answers a request it cannot read (an unknown action in the path, a body it cannot parse) with a 400 whose
// body is the bare JSON string "Bad request." or null (@auth/core index.js); every other route says { error }.
async function clearRefusal(response: Response): Promise<Response> {
  if (response.status !== 400) return response;
  const body = await response.clone().text();
  return body === '"Bad request."' || body === "null"
    ? jsonError(400, "Not an Auth.js request this server understands")
    : response;
}

// Auth.js builds the single sign-on's redirect_uri from the request's address: in the sign-in action from the Host
// header (or AUTH_URL), here from the request's URL. Next names a loopback address "localhost" in that URL whatever
// the browser used (NextURL), so a server reached at 127.0.0.1 sent one redirect_uri with the sign-in and another
// with the code exchange, and the provider refused the exchange (nextauthjs/next-auth#12321 is the same bug with
// NEXTAUTH_URL). Without AUTH_URL, the request is handed on as a plain Request at the address the browser named,
// as Auth.js reads it in the action (x-forwarded-host, else Host; trustHost is on). With AUTH_URL, next-auth puts
// its origin in place itself (a loopback AUTH_URL is still named "localhost" then).
async function atRequestedAddress(request: Request): Promise<Request> {
  if (env.publicUrl) return request;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) url.host = host;
  const proto = request.headers.get("x-forwarded-proto");
  if (proto === "http" || proto === "https") url.protocol = `${proto}:`;
  const body = request.method === "POST" ? await request.text() : undefined;
  return new Request(url, { method: request.method, headers: request.headers, body });
}

// next-auth's handlers are typed for NextRequest; with AUTH_URL unset they read only what a Request has (url, method,
// headers, body), and with it set they get Next's own request (above).
const asNext = (request: Request) => request as NextRequest;

export const GET = publicRoute({}, async ({ request }) => {
  refuseBadCallback(request);
  return clearRefusal(await handlers.GET(asNext(await atRequestedAddress(request))));
});

export const POST = publicRoute(
  { contentTypes: ["application/x-www-form-urlencoded", "application/json"] },
  async ({ request }) => {
    refuseBadCallback(request);
    return clearRefusal(await handlers.POST(asNext(await atRequestedAddress(request))));
  },
);
