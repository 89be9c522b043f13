-- Issue #11: each group keeps its own ketua name and phone, apart from the chat account
-- that registered it. Until now the ketua was read from the registering person's contact,
-- so today's value is carried over from the group's leader (role 'leader'); no data is lost.
ALTER TABLE "Group" ADD COLUMN "ketuaName" TEXT;
ALTER TABLE "Group" ADD COLUMN "ketuaPhone" TEXT;

UPDATE "Group" AS g
SET "ketuaName" = p."displayName", "ketuaPhone" = p."phoneE164"
FROM "GroupLeader" AS l
JOIN "Person" AS p ON p."id" = l."personId"
WHERE l."groupId" = g."id" AND l."role" = 'leader';

-- The desa of a person's last status check, offered as a button when a desa is asked again.
ALTER TABLE "Person" ADD COLUMN "lastVillageCode" TEXT;
