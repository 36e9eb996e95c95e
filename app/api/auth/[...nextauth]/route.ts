// Auth.js's own endpoints (session, CSRF token, and the sign-in and sign-out forms it posts). The app itself signs
// in and out through server actions; these stay for Auth.js's pages and for scripts that sign in over HTTP (the
// benchmark). Its forms post urlencoded, guarded by its CSRF token as well as the origin check.
import { NextRequest } from "next/server";
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

// Auth.js builds the single sign-on's redirect_uri (and its own redirects) from the request's address. next-auth
// means to put AUTH_URL's origin in place of Next's (reqWithEnvURL), but `new NextRequest(url, request)` keeps the
// request's own URL, which `next start -H 127.0.0.1` names "localhost" (nextauthjs/next-auth#12321): the code
// exchange then sent another redirect_uri than the sign-in did and the provider refused it. Made here instead.
async function atPublicAddress(request: Request): Promise<NextRequest> {
  const url = new URL(request.url);
  if (env.publicUrl) {
    const origin = new URL(env.publicUrl);
    url.protocol = origin.protocol;
    url.host = origin.host;
  }
  const body = request.method === "POST" ? await request.text() : undefined;
  return new NextRequest(url, { method: request.method, headers: request.headers, body });
}

export const GET = publicRoute({}, async ({ request }) => {
  refuseBadCallback(request);
  return clearRefusal(await handlers.GET(await atPublicAddress(request)));
});

export const POST = publicRoute(
  { contentTypes: ["application/x-www-form-urlencoded", "application/json"] },
  async ({ request }) => {
    refuseBadCallback(request);
    return clearRefusal(await handlers.POST(await atPublicAddress(request)));
  },
);
