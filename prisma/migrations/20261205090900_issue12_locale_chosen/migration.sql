-- When a person chose their language themselves (issue 12).
ALTER TABLE "Person" ADD COLUMN "localeChosenAt" TIMESTAMP(3);
