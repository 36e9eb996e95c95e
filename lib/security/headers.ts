// The headers every page and API answer carries (set by proxy.ts). Scripts run only with this response's nonce
// (Next puts it on its own scripts when it finds it in the request's policy; the root layout on the theme
// script), so a script that got into a page some other way does not run. Styles may be inline: React and
// Recharts write style attributes. Images load only from this server (and data:/blob: URLs): an entry's
// `![](https://elsewhere/pixel.png)` would tell that site who read the entry and when, so entries show such
// images as links (components/journal/markdown.tsx) and the policy blocks any that slip through.
export const NONCE_HEADER = "x-nonce";

type PolicyOptions = { nonce: string; dev: boolean; https: boolean };

export function contentSecurityPolicy({ nonce, dev, https }: PolicyOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': a script the nonce allowed may load Next's chunks; 'unsafe-eval' only for dev's reloader.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for one response: the policy, HSTS behind https, and no caching of anything a user may see. */
export function securityHeaders(options: PolicyOptions): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options),
    // Pages and JSON hold someone's journal: neither the browser nor a proxy keeps a copy.
    "cache-control": "no-store",
    // A year; only when the owner serves over https (AUTH_URL), or a plain-http install would lock itself out.
    ...(options.https && { "strict-transport-security": "max-age=31536000" }),
  };
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
