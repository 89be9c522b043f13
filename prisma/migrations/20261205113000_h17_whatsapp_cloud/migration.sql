-- WhatsApp through the official Cloud API (issue 17).

-- What the channel last reported after a send (status webhooks: sent, delivered, read, failed).
ALTER TABLE "Alert" ADD COLUMN "deliveryStatus" TEXT;
ALTER TABLE "Alert" ADD COLUMN "deliveryStatusAt" TIMESTAMP(3);

-- When a person last wrote on the Cloud API number: the 24-hour window for free-form messages.
CREATE TABLE "WhatsAppCloudWindow" (
    "identityId" UUID NOT NULL,
    "lastInboundAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WhatsAppCloudWindow_pkey" PRIMARY KEY ("identityId")
);

ALTER TABLE "WhatsAppCloudWindow" ADD CONSTRAINT "WhatsAppCloudWindow_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChannelIdentity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The message ids an alert went out as, for the status webhooks.
CREATE TABLE "WhatsAppCloudMessage" (
    "wamid" TEXT NOT NULL,
    "alertId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WhatsAppCloudMessage_pkey" PRIMARY KEY ("wamid")
);

CREATE INDEX "WhatsAppCloudMessage_alertId_idx" ON "WhatsAppCloudMessage"("alertId");

ALTER TABLE "WhatsAppCloudMessage" ADD CONSTRAINT "WhatsAppCloudMessage_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
