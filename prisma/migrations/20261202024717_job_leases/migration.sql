-- AlterTable
ALTER TABLE "TrainingJob" ADD COLUMN "heartbeatAt" DATETIME;
ALTER TABLE "TrainingJob" ADD COLUMN "leaseExpiresAt" DATETIME;
ALTER TABLE "TrainingJob" ADD COLUMN "owner" TEXT;

-- CreateTable
CREATE TABLE "MemoryWorker" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

