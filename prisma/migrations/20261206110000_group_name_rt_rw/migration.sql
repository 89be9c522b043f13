-- Group names compared for duplicates with their RT/RW numbers in one form: "RW XI", "rw.11",
-- "Rw11", "RW 011" and "R.W. 11" are all "rw 11" (src/domain/parse/group-name.ts normalizeName
-- does the same for new names; test/storage/groups/group-name-norm.test.ts checks that the two
-- agree). Applied to the form stored before (v2, 20261206070000_group_name_abbreviations):
-- lower case, single spaces, leading zeros of separate numbers already dropped.

-- The value of a canonical Roman numeral of i, v, x, l and c (the caller checks the form).
CREATE FUNCTION wksbm_roman_value(numeral text) RETURNS int
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT sum(CASE WHEN v < next_v THEN -v ELSE v END)::int
  FROM (
    SELECT v, lead(v, 1, 0) OVER (ORDER BY i) AS next_v
    FROM (
      SELECT i, CASE substr(numeral, i, 1) WHEN 'i' THEN 1 WHEN 'v' THEN 5 WHEN 'x' THEN 10 WHEN 'l' THEN 50 WHEN 'c' THEN 100 END AS v
      FROM generate_series(1, length(numeral)) AS i
    ) AS letters
  ) AS pairs
$$;

-- Words are what lies between spaces: "r w" (from "R.W.") becomes "rw", a number glued to
-- "rt"/"rw" is set apart without its leading zeros ("rw011" → "rw 11"), and a Roman numeral
-- word right after "rt"/"rw" is written in digits ("rw xi" → "rw 11"). D and M are not read:
-- "rt di …" is no RT 501.
CREATE FUNCTION wksbm_group_name_norm_v3(norm text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
      CASE WHEN previous IN ('rt', 'rw') AND word <> '' AND word ~ '^c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$'
           THEN wksbm_roman_value(word)::text ELSE word END,
      ' ' ORDER BY n), '')
  FROM (
    SELECT word, n, lag(word) OVER (ORDER BY n) AS previous
    FROM regexp_split_to_table(
      regexp_replace(regexp_replace(norm,
        '(^| )r ([tw])(?= |$)', '\1r\2', 'g'),
        '(^| )(r[tw])0*(\d+)(?= |$)', '\1\2 \3', 'g'),
      ' ') WITH ORDINALITY AS words(word, n)
  ) AS numbered
$$;

UPDATE "Group" SET "nameNorm" = wksbm_group_name_norm_v3("nameNorm")
WHERE "nameNorm" IS DISTINCT FROM wksbm_group_name_norm_v3("nameNorm");
