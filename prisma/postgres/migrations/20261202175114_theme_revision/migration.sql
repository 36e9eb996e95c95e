-- AlterTable
ALTER TABLE "Theme" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

