-- Who confirmed a tie between two groups (a leader of groupB), so that a tie confirmed by the
-- person who declared it (one person leading both groups) can be told apart, as an activity's
-- partner confirmed by its reporter is. Additive: null for ties pending, declined, or confirmed
-- before this column.

-- AlterTable
ALTER TABLE "GroupRelation" ADD COLUMN "confirmedById" UUID;

-- AddForeignKey
ALTER TABLE "GroupRelation" ADD CONSTRAINT "GroupRelation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
