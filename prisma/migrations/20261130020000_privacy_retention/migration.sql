-- Personal data (UU PDP): the daily retention job deletes old rows by age, in batches.

-- CreateIndex
CREATE INDEX "Alert_status_createdAt_idx" ON "Alert"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_lastActiveAt_idx" ON "Conversation"("lastActiveAt");

-- CreateIndex
CREATE INDEX "WebchatInbox_deliveredAt_idx" ON "WebchatInbox"("deliveredAt");
