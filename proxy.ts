// Next 16's proxy (the former middleware, on the Node runtime) runs before every page, API route and server action.
// It refuses the requests Next would otherwise answer with a 500 before our wrapper runs (lib/server/request-guard.ts),
// and gives each response its own script nonce, the security headers (lib/security/headers.ts) and a request id
// (lib/server/request-id.ts). It never decides who may see what; the data layer does (DEVELOPERS.md).
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { SHELL_PATH } from "@/lib/pwa/shell";
import { newNonce, NONCE_HEADER, securityHeaders } from "@/lib/security/headers";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/server/request-id";
import { refuseUnreadable } from "@/lib/server/request-guard";

const https = env.publicUrl?.startsWith("https:") ?? false;
const dev = env.nodeEnv === "development";

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const requestId = requestIdFor(request.headers, env.trustProxy);
  const headers = securityHeaders({ nonce, dev, https, shell: request.nextUrl.pathname === SHELL_PATH });
  const refused = await refuseUnreadable(request);
  let response: Response;
  if (refused) response = refused;
  else {
    // Next reads the nonce for its own scripts from the request's policy; the layout reads x-nonce.
    const forwarded = new Headers(request.headers);
    forwarded.set(NONCE_HEADER, nonce);
    forwarded.set("content-security-policy", headers["content-security-policy"]!);
    forwarded.set(REQUEST_ID_HEADER, requestId);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Not the build's static files, which hold no user data and are cached for good.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
