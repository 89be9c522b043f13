-- Group names compared for duplicates with the people's words doubled with a 2 written in full:
-- "anak2", "Anak-Anak" and "anak anak" are all "anak anak" (a name typed "anak2" has been kept
-- as "Anak-Anak" since, while "Anak2" registered before was compared as "anak2": the same group
-- was not found). src/domain/parse/group-name.ts doubledWords does the same for new names, with
-- the stems of its DOUBLED_STEMS; test/storage/groups/group-name-norm.test.ts checks that the two
-- agree for every stem. Applied to the form stored before (v4, 20261207090000_group_name_glued_rt_rw):
-- lower case, single spaces. A name's other words with a 2 are numbers ("mawar2" stays).
CREATE FUNCTION wksbm_group_name_norm_v5(norm text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
      regexp_replace(word,
        '^(ibu|bapak|anak|remaja|pemuda|pemudi|warga|mama|emak|teman|kawan|nenek|kakek|janda|petani|nelayan|pedagang|santri|kader|tetangga|sahabat|saudara|putra|putri|lansia|ortu|bunda)2$',
        '\1 \1'),
      ' ' ORDER BY n), '')
  FROM regexp_split_to_table(norm, ' ') WITH ORDINALITY AS words(word, n)
$$;

UPDATE "Group" SET "nameNorm" = wksbm_group_name_norm_v5("nameNorm")
WHERE "nameNorm" IS DISTINCT FROM wksbm_group_name_norm_v5("nameNorm");
