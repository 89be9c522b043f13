-- Ketua names saved before the form of address typed with them was dropped ("Bu Wartini",
-- "Pak Haji Darto", kept whole until then; since then kept as "Wartini", "Haji Darto": the bot
-- and officers say "Bu"/"Pak" themselves, and "Bu Sri" and "Sri" were two ketua) lose it now, by
-- the rule a ketua typed now is kept with: src/domain/parse/without-honorific.ts ketuaNameKept.
-- test/storage/groups/ketua-name-form-of-address.test.ts checks that the two agree, for every
-- form of address and every village role.
--
-- As the officers' migration (20261207210000) did, and with its function for the first part:
-- leading forms of address go (wksbm_without_form_of_address_v1, withoutHonorific's rule). Then,
-- as ketuaNameKept: what is left is kept only when it has three letters or more and does not
-- start with a village role (src/domain/parse/lexicon.ts VILLAGE_ROLES: "Pak RT", "Bu Bidan",
-- "Pak Ustadz Hasan", "Pak No" stay as they were), and it gets a name's capitals
-- (src/domain/parse/person-name.ts personNameAsTyped: "Bu ANI" is "Ani", as "bu ANI" typed now).
--
-- A data step in the migration, run once under the migrations' lock before the app serves
-- anyone, so no reader (the chat, the exports' and the admin API's own SQL) sees the old form.
-- Only groups whose ketua name starts with a form of address are touched, and only when the
-- name changes; a second run changes nothing (a kept name starts with none, or is kept whole).

-- personNameAsTyped: a name typed all in lower case, all in capitals, or with only its first
-- letter a capital (that first word kept as typed) gets a name's capitals; any other as it is.
CREATE OR REPLACE FUNCTION wksbm_person_name_as_typed_v1(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  lowered text := lower(name);
  first_only boolean := left(name, 1) <> left(lowered, 1) AND substr(name, 2) = substr(lowered, 2);
  typed text[] := string_to_array(name, ' ');
  words text[] := string_to_array(lowered, ' ');
  tidied text[] := '{}';
  word text;
  out text;
  ch text;
  previous text;
  lettered boolean;
BEGIN
  IF name <> lowered AND name <> upper(name) AND NOT first_only THEN
    RETURN name;
  END IF;
  FOR i IN 1 .. coalesce(array_length(words, 1), 0) LOOP
    word := words[i];
    IF i = 1 AND first_only THEN
      out := typed[1];
    ELSIF word IN ('rt', 'rw') THEN
      out := upper(word);
    ELSIF word IN ('dr.', 'drg.') OR (i > 1 AND word IN ('bin', 'binti', 'van', 'von', 'der', 'den')) THEN
      out := word;
    ELSE
      -- The first letter (after any opening mark) and each letter after a hyphen or a full stop.
      out := '';
      previous := '';
      lettered := false;
      FOR j IN 1 .. length(word) LOOP
        ch := substr(word, j, 1);
        IF ch ~ '^[[:alpha:]]$' THEN
          out := out || CASE WHEN NOT lettered OR previous IN ('-', '.') THEN upper(ch) ELSE ch END;
          lettered := true;
        ELSE
          out := out || ch;
        END IF;
        previous := ch;
      END LOOP;
    END IF;
    tidied := tidied || out;
  END LOOP;
  RETURN array_to_string(tidied, ' ');
END
$$;

-- ketuaNameKept: without its leading forms of address, unless a role or fewer than three letters
-- are left; with a name's capitals.
CREATE OR REPLACE FUNCTION wksbm_ketua_name_kept_v1(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT wksbm_person_name_as_typed_v1(CASE
    WHEN length(regexp_replace(rest, '[^[:alpha:]]', '', 'g')) >= 3
     AND rest !~* '^(?:rt|rw|dukuh|kadus|kades|kepdes|lurah|camat|bupati|kepala|carik|modin|kaum|takmir|bidan|dokter|mantri|perawat|guru|ustadz|ustaz|ustadzah|kyai|kiai|nyai|pendeta|pastor|romo|kader|ketua|wakil|sekretaris|bendahara|pengurus|anggota|koordinator|pembina|babinsa|bhabinkamtibmas|polisi|tkj|tksk|psm|pendamping|relawan|petugas|dinas)(?![A-Za-z0-9_])'
    THEN rest
    ELSE regexp_replace(name, '^\s+|\s+$', '', 'g')
  END)
  FROM (SELECT wksbm_without_form_of_address_v1(name) AS rest) AS kept
$$;

UPDATE "Group" g SET "ketuaName" = wksbm_ketua_name_kept_v1(g."ketuaName"), "updatedAt" = CURRENT_TIMESTAMP
WHERE wksbm_without_form_of_address_v1(g."ketuaName") IS DISTINCT FROM regexp_replace(g."ketuaName", '^\s+|\s+$', '', 'g')
  AND g."ketuaName" IS DISTINCT FROM wksbm_ketua_name_kept_v1(g."ketuaName");
