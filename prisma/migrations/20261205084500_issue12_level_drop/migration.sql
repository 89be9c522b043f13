-- A drop waiting out its grace period (issue 12).
CREATE TABLE "AreaLevelDrop" (
    "villageCode" TEXT NOT NULL,
    "rw" INTEGER NOT NULL,
    "level" "WksbmLevel" NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AreaLevelDrop_pkey" PRIMARY KEY ("villageCode","rw")
);
