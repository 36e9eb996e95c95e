import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";

describe("security headers", () => {
  it("send HSTS and upgrade requests only when the public address is https", () => {
    const https = securityHeaders({ nonce: "abc", dev: false, https: true });
    expect(https["strict-transport-security"]).toBe("max-age=31536000");
    expect(https["content-security-policy"]).toContain("upgrade-insecure-requests");
    const http = securityHeaders({ nonce: "abc", dev: false, https: false });
    expect(http["strict-transport-security"]).toBeUndefined();
    expect(http["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(http["cache-control"]).toBe("no-store");
  });

  it("allow eval only for the development server's reloader", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: false, https: false })).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it("allow this server's service worker and nothing else, and let only the offline shell be kept", () => {
    const policy = contentSecurityPolicy({ nonce: "n", dev: false, https: false });
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toMatch(/script-src 'self' 'nonce-n' 'strict-dynamic';/);
    expect(securityHeaders({ nonce: "n", dev: false, https: false, shell: true })["cache-control"]).toBe(
      "private, no-cache",
    );
    expect(securityHeaders({ nonce: "n", dev: false, https: false, shell: false })["cache-control"]).toBe("no-store");
  });

  it("make a new unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
