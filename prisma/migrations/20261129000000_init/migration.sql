-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('webchat', 'telegram', 'whatsapp');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('province', 'regency', 'district', 'village');

-- CreateEnum
CREATE TYPE "GroupType" AS ENUM ('arisan', 'majelis_taklim', 'karang_taruna', 'pkk', 'dasa_wisma', 'posyandu', 'kelompok_tani', 'kelompok_nelayan', 'rukun_kematian', 'remaja_masjid', 'paguyuban', 'other');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('pending', 'verified', 'rejected');

-- CreateEnum
CREATE TYPE "LeaderRole" AS ENUM ('leader', 'coleader');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('pending', 'active', 'removed');

-- CreateEnum
CREATE TYPE "ActivityCategory" AS ENUM ('santunan_anak_yatim', 'bantuan_lansia', 'bedah_rumah', 'jimpitan', 'kerja_bakti', 'bantuan_bencana', 'layanan_kesehatan', 'pendidikan', 'lainnya');

-- CreateEnum
CREATE TYPE "ParticipationStatus" AS ENUM ('pending', 'confirmed', 'declined');

-- CreateEnum
CREATE TYPE "RelationKind" AS ENUM ('formal_mou', 'formal_sk', 'shared_meetings', 'shared_fund', 'shared_members');

-- CreateEnum
CREATE TYPE "OfficerKind" AS ENUM ('tksk', 'psm', 'dinsos', 'pendamping');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('pending', 'sending', 'sent', 'dead');

-- CreateEnum
CREATE TYPE "WksbmLevel" AS ENUM ('belum_ada', 'rintisan', 'tumbuh', 'aktif', 'dorman');

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "displayName" TEXT,
    "phoneE164" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'id',
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "anonymisedAt" TIMESTAMP(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelIdentity" (
    "id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "externalId" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parentCode" TEXT,
    "name" TEXT NOT NULL,
    "nameNorm" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "rw" INTEGER NOT NULL DEFAULT 0,
    "rt" INTEGER NOT NULL DEFAULT 0,
    "dusun" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameNorm" TEXT NOT NULL,
    "type" "GroupType" NOT NULL,
    "typeOther" TEXT,
    "areaId" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "memberCount" INTEGER NOT NULL,
    "foundedYear" INTEGER,
    "meetingSchedule" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "verification" "VerificationStatus" NOT NULL DEFAULT 'pending',
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" UUID,
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupLeader" (
    "groupId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "LeaderRole" NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupLeader_pkey" PRIMARY KEY ("groupId","personId")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "reporterId" UUID,
    "photoRef" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'pending',
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" UUID,
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityParticipant" (
    "activityId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "status" "ParticipationStatus" NOT NULL DEFAULT 'pending',
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" UUID,

    CONSTRAINT "ActivityParticipant_pkey" PRIMARY KEY ("activityId","groupId")
);

-- CreateTable
CREATE TABLE "ActivityBeneficiary" (
    "activityId" UUID NOT NULL,
    "pmksCode" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ActivityBeneficiary_pkey" PRIMARY KEY ("activityId","pmksCode")
);

-- CreateTable
CREATE TABLE "GroupRelation" (
    "id" UUID NOT NULL,
    "groupAId" UUID NOT NULL,
    "groupBId" UUID NOT NULL,
    "kind" "RelationKind" NOT NULL,
    "status" "ParticipationStatus" NOT NULL DEFAULT 'pending',
    "declaredById" UUID,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Officer" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" "OfficerKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mutedKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "quietStartMin" INTEGER,
    "quietEndMin" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Officer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficerArea" (
    "officerId" UUID NOT NULL,
    "codePrefix" TEXT NOT NULL,

    CONSTRAINT "OfficerArea_pkey" PRIMARY KEY ("officerId","codePrefix")
);

-- CreateTable
CREATE TABLE "OfficerInvite" (
    "code" TEXT NOT NULL,
    "kind" "OfficerKind" NOT NULL,
    "areaPrefixes" TEXT[],
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedByPersonId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficerInvite_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "officerId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "noticeVersion" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "externalId" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "identityId" UUID NOT NULL,
    "state" JSONB NOT NULL,
    "lastActiveAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("identityId")
);

-- CreateTable
CREATE TABLE "ProcessedMessage" (
    "channel" "Channel" NOT NULL,
    "messageId" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replies" JSONB,

    CONSTRAINT "ProcessedMessage_pkey" PRIMARY KEY ("channel","messageId")
);

-- CreateTable
CREATE TABLE "AreaLevelHistory" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "rw" INTEGER NOT NULL DEFAULT 0,
    "level" "WksbmLevel" NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AreaLevelHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChannelIdentity_personId_idx" ON "ChannelIdentity"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelIdentity_channel_externalId_key" ON "ChannelIdentity"("channel", "externalId");

-- CreateIndex
CREATE INDEX "Region_parentCode_idx" ON "Region"("parentCode");

-- CreateIndex
CREATE INDEX "Region_level_nameNorm_idx" ON "Region"("level", "nameNorm");

-- CreateIndex
CREATE UNIQUE INDEX "Area_villageCode_rw_rt_dusun_key" ON "Area"("villageCode", "rw", "rt", "dusun");

-- CreateIndex
CREATE INDEX "Group_villageCode_active_idx" ON "Group"("villageCode", "active");

-- CreateIndex
CREATE INDEX "Group_villageCode_nameNorm_idx" ON "Group"("villageCode", "nameNorm");

-- CreateIndex
CREATE INDEX "GroupLeader_personId_idx" ON "GroupLeader"("personId");

-- CreateIndex
CREATE INDEX "Activity_villageCode_date_idx" ON "Activity"("villageCode", "date");

-- CreateIndex
CREATE INDEX "ActivityParticipant_groupId_idx" ON "ActivityParticipant"("groupId");

-- CreateIndex
CREATE INDEX "GroupRelation_groupBId_idx" ON "GroupRelation"("groupBId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupRelation_groupAId_groupBId_kind_key" ON "GroupRelation"("groupAId", "groupBId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Officer_personId_key" ON "Officer"("personId");

-- CreateIndex
CREATE INDEX "OfficerArea_codePrefix_idx" ON "OfficerArea"("codePrefix");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_dedupeKey_key" ON "Alert"("dedupeKey");

-- CreateIndex
CREATE INDEX "Alert_status_nextAttemptAt_idx" ON "Alert"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Consent_personId_idx" ON "Consent"("personId");

-- CreateIndex
CREATE INDEX "ProcessedMessage_processedAt_idx" ON "ProcessedMessage"("processedAt");

-- CreateIndex
CREATE INDEX "AreaLevelHistory_villageCode_rw_at_idx" ON "AreaLevelHistory"("villageCode", "rw", "at");

-- AddForeignKey
ALTER TABLE "ChannelIdentity" ADD CONSTRAINT "ChannelIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupLeader" ADD CONSTRAINT "GroupLeader_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupLeader" ADD CONSTRAINT "GroupLeader_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityBeneficiary" ADD CONSTRAINT "ActivityBeneficiary_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupRelation" ADD CONSTRAINT "GroupRelation_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupRelation" ADD CONSTRAINT "GroupRelation_groupAId_fkey" FOREIGN KEY ("groupAId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupRelation" ADD CONSTRAINT "GroupRelation_groupBId_fkey" FOREIGN KEY ("groupBId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Officer" ADD CONSTRAINT "Officer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerArea" ADD CONSTRAINT "OfficerArea_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChannelIdentity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

