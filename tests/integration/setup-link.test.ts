// What `npm start` prints on a server with no account: the setup link with the code kept in the data folder;
// once an account exists, nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { setupCodeMatches } from "@/lib/config/setup-code";
import { announceSetupLink } from "../../scripts/lib/setup-link";
import { createUser } from "../setup/users";

const dataDir = process.env.DATA_DIR!;
const databaseUrl = process.env.DATABASE_URL!;

afterEach(() => vi.restoreAllMocks());

describe("announceSetupLink", () => {
  it("prints a ready link with the code while there is no account, and nothing after", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    vi.stubEnv("PORT", "3302");
    vi.stubEnv("HOST", "127.0.0.1");
    await announceSetupLink(dataDir, databaseUrl);
    vi.unstubAllEnvs();
    const code = /http:\/\/127\.0\.0\.1:3302\/setup\?code=([\w-]+)/.exec(String(log.mock.calls[0]?.[0]))?.[1];
    expect(code).toBeTruthy();
    expect(setupCodeMatches(dataDir, code!)).toBe(true);

    log.mockClear();
    await createUser("first@example.com");
    await announceSetupLink(dataDir, databaseUrl);
    expect(log).not.toHaveBeenCalled();
  });
});
