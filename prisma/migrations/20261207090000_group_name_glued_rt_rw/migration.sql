-- Group names compared for duplicates with RT/RW numbers written together read as well:
-- "RWXI" is "rw 11", "rt05rw03" and "RT.05RW.03" are "rt 5 rw 3" (src/domain/parse/group-name.ts
-- gluedRtRw does the same for new names; test/storage/groups/group-name-norm.test.ts checks
-- that the two agree). Applied to the form stored before (v3, 20261206110000_group_name_rt_rw).

-- Whether a word (after `previous`) is RT/RW parts written together: an optional value (only
-- right after "rt"/"rw"), then "rt"/"rw" each with its value, the last one's value perhaps the
-- next word; every value a number or a canonical Roman numeral of i, v, x, l and c.
CREATE FUNCTION wksbm_glued_rt_rw(word text, previous text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT word ~ 'r[tw]' AND word ~ '[0-9ivxlc]'
     AND word ~ '^([0-9]+|[ivxlc]+)?(r[tw]([0-9]+|[ivxlc]+))*(r[tw])?$'
     AND (word ~ '^r[tw]' OR coalesce(previous IN ('rt', 'rw'), false))
     AND NOT EXISTS (
       SELECT 1 FROM regexp_split_to_table(word, 'r[tw]') AS parts(value)
       WHERE value <> '' AND value !~ '^[0-9]+$' AND value !~ '^c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$'
     )
$$;

-- Such words are set apart ("rt05rw03" → "rt 05 rw 03") without leading zeros, then the v3
-- rules write the Roman numerals after "rt"/"rw" in digits.
CREATE FUNCTION wksbm_group_name_norm_v4(norm text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT wksbm_group_name_norm_v3(coalesce(string_agg(
      CASE WHEN wksbm_glued_rt_rw(word, previous)
           THEN regexp_replace(regexp_replace(regexp_replace(word,
             '(r[tw])(?=[0-9ivxlc])', '\1 ', 'g'),
             '([0-9ivxlc])(?=r[tw])', '\1 ', 'g'),
             '(^| )0+([0-9])', '\1\2', 'g')
           ELSE word END,
      ' ' ORDER BY n), ''))
  FROM (
    SELECT word, n, lag(word) OVER (ORDER BY n) AS previous
    FROM regexp_split_to_table(norm, ' ') WITH ORDINALITY AS words(word, n)
  ) AS numbered
$$;

UPDATE "Group" SET "nameNorm" = wksbm_group_name_norm_v4("nameNorm")
WHERE "nameNorm" IS DISTINCT FROM wksbm_group_name_norm_v4("nameNorm");
