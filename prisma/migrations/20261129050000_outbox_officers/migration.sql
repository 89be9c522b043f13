-- The outbox carries notices to any person, not only officers.
ALTER TABLE "Alert" DROP CONSTRAINT "Alert_officerId_fkey";
ALTER TABLE "Alert" ALTER COLUMN "officerId" DROP NOT NULL;
ALTER TABLE "Alert" ADD COLUMN "personId" UUID NOT NULL;
ALTER TABLE "Alert" ADD COLUMN "channel" "Channel";
CREATE INDEX "Alert_personId_idx" ON "Alert"("personId");
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "AreaLevelOverride" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "rw" INTEGER NOT NULL DEFAULT 0,
    "level" "WksbmLevel" NOT NULL,
    "reason" TEXT NOT NULL,
    "officerId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clearedAt" TIMESTAMP(3),

    CONSTRAINT "AreaLevelOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebchatInbox" (
    "id" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "message" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "WebchatInbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("job","period")
);

-- CreateIndex
CREATE INDEX "AreaLevelOverride_villageCode_rw_createdAt_idx" ON "AreaLevelOverride"("villageCode", "rw", "createdAt");

-- CreateIndex
CREATE INDEX "WebchatInbox_externalId_deliveredAt_idx" ON "WebchatInbox"("externalId", "deliveredAt");
