// The per-address limits count by the connection's address, not by what a client claims: on a real HTTP server,
// the stamp instrumentation.ts installs replaces a forged one, and X-Forwarded-For is believed only with
// TRUST_PROXY=true (and then its last entry, the one the proxy added).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PEER_HEADER, recordPeerAddresses } from "@/lib/server/peer-address";

let server: http.Server;
let seen: http.IncomingHttpHeaders = {};

beforeAll(async () => {
  recordPeerAddresses();
  server = http.createServer((request, response) => {
    seen = request.headers;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function clientAddressWith(trustProxy: "true" | "false", headers: Record<string, string>) {
  vi.stubEnv("TRUST_PROXY", trustProxy);
  vi.resetModules();
  const { clientAddress } = await import("@/lib/server/client-address");
  vi.unstubAllEnvs();
  return clientAddress(new Headers(headers));
}

describe("client address", () => {
  it("is the socket's, whatever X-Forwarded-For or our own header the client sent", async () => {
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6", [PEER_HEADER]: "7.7.7.7" } });
    expect(seen[PEER_HEADER]).toBe("127.0.0.1");
    const headers = { "x-forwarded-for": "6.6.6.6", [PEER_HEADER]: String(seen[PEER_HEADER]) };
    expect(await clientAddressWith("false", headers)).toBe("127.0.0.1");
  });

  it("is the proxy's last X-Forwarded-For entry with TRUST_PROXY=true", async () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.5", [PEER_HEADER]: "10.0.0.2" };
    expect(await clientAddressWith("true", headers)).toBe("203.0.113.5");
    expect(await clientAddressWith("true", { [PEER_HEADER]: "10.0.0.2" })).toBe("10.0.0.2");
  });
});
