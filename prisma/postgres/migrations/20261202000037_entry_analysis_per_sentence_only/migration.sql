-- DropIndex
DROP INDEX "Entry_userId_date_idx";

-- AlterTable
ALTER TABLE "EntryAnalysis" DROP COLUMN "cues",
DROP COLUMN "lesson",
DROP COLUMN "rumination",
DROP COLUMN "sentences";

