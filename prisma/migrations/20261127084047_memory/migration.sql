-- CreateTable
CREATE TABLE "EntryAnalysis" (
    "entryId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "bodyHash" TEXT NOT NULL,
    "embedder" TEXT NOT NULL,
    "vector" BLOB NOT NULL,
    "coverage" REAL NOT NULL,
    "valence" REAL NOT NULL,
    "lesson" REAL NOT NULL,
    "rumination" REAL NOT NULL,
    "cues" TEXT NOT NULL,
    "sentences" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EntryAnalysis_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemoryModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "embedder" TEXT NOT NULL,
    "weights" TEXT NOT NULL,
    "metrics" TEXT NOT NULL,
    "entriesUsed" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MemoryModel_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemoryMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "atDate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MemoryMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemoryMark_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingJob" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "notBefore" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "error" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TrainingJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EntryAnalysis_userId_idx" ON "EntryAnalysis"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryModel_userId_version_key" ON "MemoryModel"("userId", "version");

-- CreateIndex
CREATE INDEX "MemoryMark_userId_idx" ON "MemoryMark"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryMark_entryId_kind_key" ON "MemoryMark"("entryId", "kind");

