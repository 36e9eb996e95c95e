// The first account's one-time code: made once and kept (0600) until used, compared exactly, and printed by
// `npm start` as a ready link built from AUTH_URL, or else HOST and PORT.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  loadOrCreateSetupCode,
  removeSetupCode,
  SETUP_CODE_FILE,
  setupCodeMatches,
  setupLink,
} from "@/lib/config/setup-code";

describe("setup code", () => {
  it("is made once, readable only by the owner, matched exactly, and gone once used", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-setup-"));
    expect(setupCodeMatches(dir, "")).toBe(false);
    const code = loadOrCreateSetupCode(dir);
    expect(code).toMatch(/^[\w-]{24}$/);
    expect(loadOrCreateSetupCode(dir)).toBe(code);
    expect(fs.statSync(path.join(dir, SETUP_CODE_FILE)).mode & 0o777).toBe(0o600);
    expect(setupCodeMatches(dir, code)).toBe(true);
    expect(setupCodeMatches(dir, code.slice(0, -1))).toBe(false);
    expect(setupCodeMatches(dir, "")).toBe(false);
    removeSetupCode(dir);
    expect(setupCodeMatches(dir, code)).toBe(false);
  });

  it("is printed as a link on the public address, or on HOST and PORT", () => {
    expect(setupLink("abc", {})).toBe("http://localhost:3000/setup?code=abc");
    expect(setupLink("abc", { HOST: "0.0.0.0", PORT: "8080" })).toBe("http://localhost:8080/setup?code=abc");
    expect(setupLink("abc", { HOST: "192.168.1.20", PORT: "3000" })).toBe("http://192.168.1.20:3000/setup?code=abc");
    expect(setupLink("abc", { HOST: "::1" })).toBe("http://[::1]:3000/setup?code=abc");
    expect(setupLink("abc", { AUTH_URL: "https://journal.example.org", PORT: "3000" })).toBe(
      "https://journal.example.org/setup?code=abc",
    );
  });
});
