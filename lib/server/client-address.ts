// The address a request came from, for the per-IP limits (lib/auth/rate-limit.ts): the socket's (peer-address.ts),
// or with TRUST_PROXY=true the one the reverse proxy in front wrote into X-Forwarded-For.
import "server-only";
import { env } from "@/lib/env";
import { PEER_HEADER } from "./peer-address";

// With a proxy, its own entry is the last one in X-Forwarded-For (earlier ones were sent by the client).
export function clientAddress(headers: Headers): string {
  if (env.trustProxy) {
    const last = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return headers.get(PEER_HEADER) ?? "unknown";
}
