-- CreateTable
CREATE TABLE "EntrySearch" (
    "id" SERIAL NOT NULL,
    "entryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "EntrySearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EntrySearch_entryId_key" ON "EntrySearch"("entryId");

-- CreateIndex
CREATE INDEX "EntrySearch_userId_idx" ON "EntrySearch"("userId");

-- AddForeignKey
ALTER TABLE "EntrySearch" ADD CONSTRAINT "EntrySearch_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand (Prisma describes no expression index): the full-text index over the terms. 'simple' because
-- the terms are already cut and stemmed (lib/text/search-terms.ts), the same for Chinese and English; a query
-- must use this exact expression, to_tsvector('simple', "terms"), for PostgreSQL to use the index. The entries
-- written before this migration are cut into terms by the memory worker when it starts
-- (lib/journal/search-index.ts).
CREATE INDEX "EntrySearch_terms_fts_idx" ON "EntrySearch" USING GIN (to_tsvector('simple'::regconfig, "terms"));
