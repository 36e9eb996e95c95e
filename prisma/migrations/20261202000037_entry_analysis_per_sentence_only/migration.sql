-- DropIndex
DROP INDEX "Entry_userId_date_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EntryAnalysis" (
    "entryId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "bodyHash" TEXT NOT NULL,
    "embedder" TEXT NOT NULL,
    "vector" BLOB NOT NULL,
    "coverage" REAL NOT NULL,
    "valence" REAL NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EntryAnalysis_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EntryAnalysis" ("bodyHash", "coverage", "embedder", "entryId", "updatedAt", "userId", "valence", "vector") SELECT "bodyHash", "coverage", "embedder", "entryId", "updatedAt", "userId", "valence", "vector" FROM "EntryAnalysis";
DROP TABLE "EntryAnalysis";
ALTER TABLE "new_EntryAnalysis" RENAME TO "EntryAnalysis";
CREATE INDEX "EntryAnalysis_userId_idx" ON "EntryAnalysis"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

