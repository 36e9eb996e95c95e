// Cross-site request forgery: a page on another site can make the browser send a POST with the user's cookie, and
// a `text/plain` or form body needs no CORS preflight. Browsers say where a request came from in Sec-Fetch-Site
// (every current one) or Origin (older ones); scripts and the CLI send neither and are not a CSRF vector.
import { env } from "@/lib/env";

function allowedHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  // Behind a reverse proxy the Host the server sees may be the proxy's upstream name.
  if (env.publicUrl) hosts.add(new URL(env.publicUrl).host.toLowerCase());
  const forwarded = env.trustProxy ? headers.get("x-forwarded-host") : null;
  if (forwarded) hosts.add(forwarded.split(",")[0]!.trim().toLowerCase());
  return hosts;
}

export function isCrossSite(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin";
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    return !allowedHosts(headers).has(new URL(origin).host.toLowerCase());
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage: not us
  }
}

// A state-changing request must say it sends JSON: a cross-site form or a no-preflight fetch cannot.
export function hasContentType(headers: Headers, allowed: readonly string[]): boolean {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return !!type && allowed.includes(type);
}
