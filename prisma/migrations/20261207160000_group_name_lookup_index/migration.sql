-- A name asked about without its desa ("is sidomulyo registered?", "status panggungharjo"):
-- the enabled groups of every desa called so, by desa (src/storage/groups/group-sql.ts
-- groupViewsNamed). The (villageCode, nameNorm) index leads with the desa and cannot find a
-- name alone, so each such question read the whole table; this one leads with the name, then
-- the desa the rows are listed by. A plain index: the groups of a name are few, and the
-- active/verification filter is checked on those rows. Built in the migration's transaction
-- (the table holds a few thousand rows per kabupaten, not millions).

-- CreateIndex
CREATE INDEX "Group_nameNorm_villageCode_idx" ON "Group"("nameNorm", "villageCode");
