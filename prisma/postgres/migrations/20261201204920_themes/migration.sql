-- DropForeignKey
ALTER TABLE "MemoryMark" DROP CONSTRAINT "MemoryMark_entryId_fkey";

-- DropForeignKey
ALTER TABLE "EntryLink" DROP CONSTRAINT "EntryLink_laterId_fkey";

-- DropForeignKey
ALTER TABLE "EntryLink" DROP CONSTRAINT "EntryLink_earlierId_fkey";

-- DropIndex
DROP INDEX "MemoryMark_entryId_kind_key";

-- AlterTable
ALTER TABLE "MemoryMark" ADD COLUMN     "themeId" TEXT,
ALTER COLUMN "entryId" DROP NOT NULL;

-- DropTable
DROP TABLE "EntryLink";

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sum" BYTEA NOT NULL,
    "tokens" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "firstDate" TEXT NOT NULL,
    "lastDate" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeSentence" (
    "entryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "share" DOUBLE PRECISION NOT NULL,
    "text" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "valence" DOUBLE PRECISION NOT NULL,
    "lesson" DOUBLE PRECISION NOT NULL,
    "rumination" DOUBLE PRECISION NOT NULL,
    "distress" DOUBLE PRECISION NOT NULL,
    "selfFocus" BOOLEAN NOT NULL,
    "cues" TEXT NOT NULL,
    "vector" BYTEA NOT NULL,
    "tokens" TEXT NOT NULL,

    CONSTRAINT "ThemeSentence_pkey" PRIMARY KEY ("entryId","position")
);

-- CreateIndex
CREATE INDEX "Theme_userId_lastDate_idx" ON "Theme"("userId", "lastDate");

-- CreateIndex
CREATE INDEX "ThemeSentence_userId_date_idx" ON "ThemeSentence"("userId", "date");

-- CreateIndex
CREATE INDEX "ThemeSentence_themeId_idx" ON "ThemeSentence"("themeId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryMark_themeId_kind_key" ON "MemoryMark"("themeId", "kind");

-- AddForeignKey
ALTER TABLE "MemoryMark" ADD CONSTRAINT "MemoryMark_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryMark" ADD CONSTRAINT "MemoryMark_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeSentence" ADD CONSTRAINT "ThemeSentence_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeSentence" ADD CONSTRAINT "ThemeSentence_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

