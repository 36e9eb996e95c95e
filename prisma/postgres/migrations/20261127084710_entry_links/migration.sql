-- CreateTable
CREATE TABLE "EntryLink" (
    "userId" TEXT NOT NULL,
    "laterId" TEXT NOT NULL,
    "earlierId" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "EntryLink_pkey" PRIMARY KEY ("laterId","earlierId")
);

-- CreateIndex
CREATE INDEX "EntryLink_userId_idx" ON "EntryLink"("userId");

-- AddForeignKey
ALTER TABLE "EntryLink" ADD CONSTRAINT "EntryLink_laterId_fkey" FOREIGN KEY ("laterId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryLink" ADD CONSTRAINT "EntryLink_earlierId_fkey" FOREIGN KEY ("earlierId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

