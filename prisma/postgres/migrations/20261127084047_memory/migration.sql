-- CreateTable
CREATE TABLE "EntryAnalysis" (
    "entryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bodyHash" TEXT NOT NULL,
    "embedder" TEXT NOT NULL,
    "vector" BYTEA NOT NULL,
    "coverage" DOUBLE PRECISION NOT NULL,
    "valence" DOUBLE PRECISION NOT NULL,
    "lesson" DOUBLE PRECISION NOT NULL,
    "rumination" DOUBLE PRECISION NOT NULL,
    "cues" TEXT NOT NULL,
    "sentences" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EntryAnalysis_pkey" PRIMARY KEY ("entryId")
);

-- CreateTable
CREATE TABLE "MemoryModel" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "embedder" TEXT NOT NULL,
    "weights" TEXT NOT NULL,
    "metrics" TEXT NOT NULL,
    "entriesUsed" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryMark" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "atDate" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingJob" (
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingJob_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "EntryAnalysis_userId_idx" ON "EntryAnalysis"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryModel_userId_version_key" ON "MemoryModel"("userId", "version");

-- CreateIndex
CREATE INDEX "MemoryMark_userId_idx" ON "MemoryMark"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryMark_entryId_kind_key" ON "MemoryMark"("entryId", "kind");

-- AddForeignKey
ALTER TABLE "EntryAnalysis" ADD CONSTRAINT "EntryAnalysis_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryModel" ADD CONSTRAINT "MemoryModel_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryMark" ADD CONSTRAINT "MemoryMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryMark" ADD CONSTRAINT "MemoryMark_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingJob" ADD CONSTRAINT "TrainingJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

