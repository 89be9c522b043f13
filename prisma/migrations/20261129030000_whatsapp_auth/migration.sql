-- WhatsApp channel state: Baileys credentials and Signal keys (pairing survives restarts and
-- works from several machines on one database), plus per-chat numbered lists and daily send
-- counts. Values are BufferJSON text, not jsonb: kept byte for byte, and jsonb would refuse
-- a \u0000 inside a string.

-- CreateTable
CREATE TABLE "WhatsAppState" (
    "session" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WhatsAppState_pkey" PRIMARY KEY ("session","kind","key")
);
