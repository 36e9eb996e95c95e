-- CreateTable
CREATE TABLE "EntrySearch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "EntrySearch_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "EntrySearch_entryId_key" ON "EntrySearch"("entryId");

-- CreateIndex
CREATE INDEX "EntrySearch_userId_idx" ON "EntrySearch"("userId");


-- Written by hand (Prisma cannot describe a virtual table or a trigger): the full-text index over the terms, an
-- FTS5 table that reads its text from "EntrySearch" (external content, by its integer key) and is kept in step
-- by the three triggers below. No diacritics are folded here, as PostgreSQL's 'simple' configuration folds none:
-- lib/text/search-terms.ts folds them itself, so both databases find the same entries. The entries written
-- before this migration are cut into terms by the memory worker when it starts (lib/journal/search-index.ts).
CREATE VIRTUAL TABLE "EntrySearchFts" USING fts5(
    "terms",
    content = 'EntrySearch',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER "EntrySearch_fts_insert" AFTER INSERT ON "EntrySearch" BEGIN
    INSERT INTO "EntrySearchFts" (rowid, "terms") VALUES (new."id", new."terms");
END;

CREATE TRIGGER "EntrySearch_fts_delete" AFTER DELETE ON "EntrySearch" BEGIN
    INSERT INTO "EntrySearchFts" ("EntrySearchFts", rowid, "terms") VALUES ('delete', old."id", old."terms");
END;

CREATE TRIGGER "EntrySearch_fts_update" AFTER UPDATE ON "EntrySearch" BEGIN
    INSERT INTO "EntrySearchFts" ("EntrySearchFts", rowid, "terms") VALUES ('delete', old."id", old."terms");
    INSERT INTO "EntrySearchFts" (rowid, "terms") VALUES (new."id", new."terms");
END;
