-- A statement's own check (src/storage/conversations/remembered-sql.ts): true, or the
-- statement fails with SQLSTATE WK001 and the message `what`. A failed statement aborts its
-- transaction, so a check sent ahead of other statements in one round trip (even one that
-- carries COMMIT) keeps them from committing anything when it does not hold, and the app tells
-- this failure from any other by its code.
CREATE OR REPLACE FUNCTION "wksbm_expect"("ok" boolean, "what" text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  IF "ok" IS NOT TRUE THEN
    RAISE EXCEPTION USING ERRCODE = 'WK001', MESSAGE = "what";
  END IF;
  RETURN true;
END
$$;
