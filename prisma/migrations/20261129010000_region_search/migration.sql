-- Region search: typo-tolerant matching of desa/kelurahan names with pg_trgm, and a marker
-- of the loaded region dataset so that the seed step runs once per dataset version.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "RegionDataset" (
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "seededAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegionDataset_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Region_nameNorm_trgm_idx" ON "Region" USING GIN ("nameNorm" gin_trgm_ops);
