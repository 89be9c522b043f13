-- Issue #13: security and personal-data hardening.

-- A stored reply belongs to the sender whose message it answered: the same message id from
-- another sender is another message. Rows from before carry no sender ('') and so are never
-- matched again; the retention job removes them.
ALTER TABLE "ProcessedMessage" ADD COLUMN "senderId" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ProcessedMessage" DROP CONSTRAINT "ProcessedMessage_pkey";
ALTER TABLE "ProcessedMessage" ADD CONSTRAINT "ProcessedMessage_pkey" PRIMARY KEY ("channel", "senderId", "messageId");
ALTER TABLE "ProcessedMessage" ALTER COLUMN "senderId" DROP DEFAULT;

-- Web chat identities are issued by the server (POST /webchat/sessions) and stored only as
-- a SHA-256 hash (hex), which is also the web chat identity's externalId.
CREATE TABLE "WebchatSession" (
    "idHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebchatSession_pkey" PRIMARY KEY ("idHash")
);
CREATE INDEX "WebchatSession_lastSeenAt_idx" ON "WebchatSession"("lastSeenAt");

-- The ids the old chat page made itself were random v4 UUIDs (122 bits): they keep working,
-- as issued sessions, so nobody loses their chat. Any other client-chosen id is not carried
-- over (it could be guessed).
INSERT INTO "WebchatSession" ("idHash", "createdAt", "lastSeenAt")
SELECT DISTINCT encode(sha256(convert_to("externalId", 'UTF8')), 'hex'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "ChannelIdentity"
WHERE "channel" = 'webchat' AND "externalId" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
UPDATE "ChannelIdentity" SET "externalId" = encode(sha256(convert_to("externalId", 'UTF8')), 'hex')
WHERE "channel" = 'webchat' AND "externalId" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
UPDATE "WebchatInbox" SET "externalId" = encode(sha256(convert_to("externalId", 'UTF8')), 'hex')
WHERE "externalId" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
UPDATE "Consent" SET "externalId" = encode(sha256(convert_to("externalId", 'UTF8')), 'hex')
WHERE "channel" = 'webchat' AND "externalId" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';

-- The retention job finds people without anything to keep (no groups, role or consent) by age.
CREATE INDEX "Person_createdAt_idx" ON "Person"("createdAt");
