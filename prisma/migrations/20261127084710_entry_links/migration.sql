-- CreateTable
CREATE TABLE "EntryLink" (
    "userId" TEXT NOT NULL,
    "laterId" TEXT NOT NULL,
    "earlierId" TEXT NOT NULL,
    "similarity" REAL NOT NULL,

    PRIMARY KEY ("laterId", "earlierId"),
    CONSTRAINT "EntryLink_laterId_fkey" FOREIGN KEY ("laterId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntryLink_earlierId_fkey" FOREIGN KEY ("earlierId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EntryLink_userId_idx" ON "EntryLink"("userId");

