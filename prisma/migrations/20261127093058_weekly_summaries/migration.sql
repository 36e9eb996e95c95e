-- CreateTable
CREATE TABLE "WeeklySummary" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "builtAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailedAt" DATETIME,
    CONSTRAINT "WeeklySummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (by hand: `migrate diff` rebuilds the User table, and DROP TABLE "User" inside the migrator's
-- transaction, where PRAGMA foreign_keys=OFF has no effect, would cascade to every entry)
ALTER TABLE "User" ADD COLUMN "summaryEmail" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "WeeklySummary_userId_week_key" ON "WeeklySummary"("userId", "week");
