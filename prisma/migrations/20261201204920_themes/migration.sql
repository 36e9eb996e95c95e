-- DropIndex
DROP INDEX "EntryLink_userId_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "EntryLink";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sum" BLOB NOT NULL,
    "tokens" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "firstDate" TEXT NOT NULL,
    "lastDate" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Theme_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ThemeSentence" (
    "entryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "share" REAL NOT NULL,
    "text" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "valence" REAL NOT NULL,
    "lesson" REAL NOT NULL,
    "rumination" REAL NOT NULL,
    "distress" REAL NOT NULL,
    "selfFocus" BOOLEAN NOT NULL,
    "cues" TEXT NOT NULL,
    "vector" BLOB NOT NULL,
    "tokens" TEXT NOT NULL,

    PRIMARY KEY ("entryId", "position"),
    CONSTRAINT "ThemeSentence_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ThemeSentence_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MemoryMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "themeId" TEXT,
    "entryId" TEXT,
    "kind" TEXT NOT NULL,
    "atDate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MemoryMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemoryMark_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemoryMark_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MemoryMark" ("atDate", "createdAt", "entryId", "id", "kind", "userId") SELECT "atDate", "createdAt", "entryId", "id", "kind", "userId" FROM "MemoryMark";
DROP TABLE "MemoryMark";
ALTER TABLE "new_MemoryMark" RENAME TO "MemoryMark";
CREATE INDEX "MemoryMark_userId_idx" ON "MemoryMark"("userId");
CREATE UNIQUE INDEX "MemoryMark_themeId_kind_key" ON "MemoryMark"("themeId", "kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Theme_userId_lastDate_idx" ON "Theme"("userId", "lastDate");

-- CreateIndex
CREATE INDEX "ThemeSentence_userId_date_idx" ON "ThemeSentence"("userId", "date");

-- CreateIndex
CREATE INDEX "ThemeSentence_themeId_idx" ON "ThemeSentence"("themeId");

