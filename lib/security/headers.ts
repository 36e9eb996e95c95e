// The headers every page and API answer carries (set by proxy.ts). Scripts run only with this response's nonce
// (Next puts it on its own scripts when it finds it in the request's policy; the root layout on the theme
// script), so a script that got into a page some other way does not run. Styles may be inline: React and
// Recharts write style attributes. Images load only from this server (and data:/blob: URLs): an entry's
// `![](https://elsewhere/pixel.png)` would tell that site who read the entry and when, so entries show such
// images as links (components/journal/markdown.tsx) and the policy blocks any that slip through.
export const NONCE_HEADER = "x-nonce";

type PolicyOptions = { nonce: string; dev: boolean; https: boolean };
// `shell`: the offline page (lib/pwa/shell.ts), which holds no user data, may be kept by the service worker.
type HeaderOptions = PolicyOptions & { shell?: boolean };

export function contentSecurityPolicy({ nonce, dev, https }: PolicyOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': a script the nonce allowed may load Next's chunks; 'unsafe-eval' only for dev's reloader.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    // The service worker (app/sw.ts) is a script of this server; without this, 'strict-dynamic' (which ignores
    // 'self' for scripts) would refuse to register it. It names no other source.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for one response: the policy, HSTS behind https, and no caching of anything a user may see. */
export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options),
    // Pages and JSON hold someone's journal: neither the browser nor a proxy keeps a copy. The offline shell holds
    // none: the service worker may keep it (private: no shared cache), but asks again whenever it is online.
    "cache-control": options.shell ? "private, no-cache" : "no-store",
    // A year; only when the owner serves over https (AUTH_URL), or a plain-http install would lock itself out.
    ...(options.https && { "strict-transport-security": "max-age=31536000" }),
  };
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
