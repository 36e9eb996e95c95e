// Which database DATABASE_URL names, and how a PostgreSQL URL is taken apart for node-postgres and Prisma's adapter.
import { describe, expect, it } from "vitest";
import { describeDatabase, postgresConnection, providerOf } from "@/lib/config/database";

describe("providerOf", () => {
  it("is SQLite for a file: URL and PostgreSQL for postgres:// or postgresql://, and refuses anything else", () => {
    expect(providerOf("file:/var/lib/cellstate/cellstate.db")).toBe("sqlite");
    expect(providerOf("postgres://u:p@db:5432/cellstate")).toBe("postgresql");
    expect(providerOf("postgresql://u:p@db/cellstate")).toBe("postgresql");
    expect(() => providerOf("mysql://db/cellstate")).toThrow(/DATABASE_URL must be/);
  });
});

describe("postgresConnection", () => {
  it("takes ?schema= out of the URL (node-postgres does not know it) and sets the search path to it", () => {
    expect(postgresConnection("postgres://u:p@db:5432/cellstate?schema=journal&sslmode=require")).toEqual({
      connectionString: "postgres://u:p@db:5432/cellstate?sslmode=require",
      schema: "journal",
      options: '-c search_path="journal"',
    });
    expect(postgresConnection("postgres://u:p@db/cellstate").schema).toBe("public");
  });

  it("refuses a schema name that would need quoting", () => {
    expect(() => postgresConnection('postgres://db/cellstate?schema=a"b')).toThrow(/letters, digits and underscores/);
  });
});

describe("describeDatabase", () => {
  it("hides a PostgreSQL password", () => {
    expect(describeDatabase("postgres://cellstate:secret@db:5432/cellstate")).toBe(
      "postgres://cellstate:***@db:5432/cellstate",
    );
  });
});
