import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseKey } from "@/lib/config/database-key";

describe("databaseKey", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-keydata-"));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-keyfile-"));

  it("is off without a setting, and read from DATABASE_KEY or a key file outside the data folder", () => {
    expect(databaseKey({ DATA_DIR: dataDir })).toBeNull();
    expect(databaseKey({ DATA_DIR: dataDir, DATABASE_KEY: "sixteen chars ok" })).toBe("sixteen chars ok");
    const file = path.join(outside, "key");
    fs.writeFileSync(file, "  a key kept somewhere else  \n");
    expect(databaseKey({ DATA_DIR: dataDir, DATABASE_KEY_FILE: file })).toBe("a key kept somewhere else");
  });

  it("refuses a key file inside the data folder, which every copy of the folder would carry", () => {
    const file = path.join(dataDir, "key");
    fs.writeFileSync(file, "a key kept beside the database");
    expect(() => databaseKey({ DATA_DIR: dataDir, DATABASE_KEY_FILE: file })).toThrow(/outside the data folder/);
  });

  it("refuses a short key", () => {
    expect(() => databaseKey({ DATA_DIR: dataDir, DATABASE_KEY: "short" })).toThrow(/at least 16/);
  });
});
