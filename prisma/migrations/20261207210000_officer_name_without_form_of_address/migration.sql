-- Officer names saved before the form of address typed with them was dropped ("Pak Budi
-- Santoso", kept whole until then; since then kept as "Budi Santoso": leaders read the name
-- after the bot's own "Pak/Bu", and "Pak Pak Budi" came back) lose it now, by the same rule:
-- src/domain/parse/without-honorific.ts withoutHonorific, with the words of
-- src/domain/parse/name-phone.ts FORMS_OF_ADDRESS. test/storage/officers/
-- officer-name-form-of-address.test.ts checks that the two agree for every one of those words.
--
-- A data step in this migration rather than at each read: it runs once, in the migration's
-- transaction under the migrations' lock, before the app serves anyone, so no reader (the chat,
-- the admin API's and the exports' own SQL, erasure's matching of the name) ever sees or must
-- tidy the old form; a start-up step would run on every start for ever. It is idempotent (a
-- name without a leading form of address is a fixed point), touches officers' names only (the
-- task's names; a resident's is not read here) and only the rows it changes.
--
-- The rule: leading words that are a form of address (case aside, a trailing "." or "," aside)
-- go, never the last word; the rest, joined by single spaces, is kept when it has two letters
-- or more, else the name as it was ("Pak A" stays). Letters are [[:alpha:]], which is Unicode's
-- on a UTF-8 database; on one whose ctype knows only ASCII letters, a name with fewer than two
-- ASCII letters left keeps its title: the step never drops more than the app would.
CREATE OR REPLACE FUNCTION wksbm_without_form_of_address_v1(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH trimmed AS (
    SELECT regexp_replace(name, '^\s+|\s+$', '', 'g') AS name
  ), words AS (
    SELECT w.word, w.n FROM trimmed, regexp_split_to_table(trimmed.name, '\s+') WITH ORDINALITY AS w(word, n)
  ), total AS (
    SELECT count(*) AS c FROM words
  ), kept AS (
    -- The first word that is no form of address, or the last word.
    SELECT min(n) AS first FROM words, total
    WHERE n = total.c
       OR lower(regexp_replace(word, '[.,]+$', '')) NOT IN ('bu', 'ibu', 'ibuk', 'buk', 'pak', 'bapak', 'bpk', 'mas', 'mbak', 'mba', 'kak')
  ), rest AS (
    SELECT coalesce(string_agg(word, ' ' ORDER BY n), '') AS rest FROM words, kept WHERE n >= kept.first
  )
  SELECT CASE WHEN length(regexp_replace(rest, '[^[:alpha:]]', '', 'g')) >= 2 THEN rest ELSE trimmed.name END FROM rest, trimmed
$$;

UPDATE "Person" p SET "displayName" = wksbm_without_form_of_address_v1(p."displayName"), "updatedAt" = CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "Officer" o WHERE o."personId" = p."id")
  AND p."displayName" IS DISTINCT FROM wksbm_without_form_of_address_v1(p."displayName");
