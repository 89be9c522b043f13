-- Replies as an outbox (issue 19): written in the transaction that produced them, deleted
-- once the channel confirmed the send; a row left behind by a crash is sent after restart.
CREATE TABLE "Reply" (
    "seq" BIGSERIAL NOT NULL,
    "channel" "Channel" NOT NULL,
    "chat" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "messages" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "claimedBy" UUID,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reply_pkey" PRIMARY KEY ("seq")
);

-- A chat's waiting replies in order (the check before a live send, and recovery).
CREATE INDEX "Reply_channel_chat_status_seq_idx" ON "Reply"("channel", "chat", "status", "seq");

-- A reply that went to the web chat inbox because its HTTP answer did not go out: the
-- inbound message it answers, so a retried request does not show it twice.
ALTER TABLE "WebchatInbox" ADD COLUMN "replyTo" TEXT;

-- Recovery: waiting replies oldest first.
CREATE INDEX "Reply_status_seq_idx" ON "Reply"("status", "seq");
