import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
];

const config: NextConfig = {
  poweredByHeader: false,
  // `npm run build:standalone` (the container image) asks for the standalone server; `npm start` runs `next start`,
  // which does not serve that output.
  output: process.env.CELLSTATE_OUTPUT === "standalone" ? "standalone" : undefined,
  // A journal, its secret and backups in the project folder must never travel with the standalone output.
  outputFileTracingExcludes: { "*": ["data/**", "backups/**", ".env", ".env.*", "*.db", "*.db-*"] },
  // Native modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  experimental: {
    // With a proxy (proxy.ts) Next hands a route at most this much of a body, 10 MB by default: an import may be
    // 16 MB (MAX_IMPORT_BYTES, lib/journal/import.ts), and one a little over must still reach the route whole
    // enough to be refused with a 413, not cut short into broken JSON.
    proxyClientMaxBodySize: 17 * 1024 * 1024,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// next-intl reads its per-request configuration (the locale and messages) from i18n/request.ts.
export default createNextIntlPlugin("./i18n/request.ts")(config);
