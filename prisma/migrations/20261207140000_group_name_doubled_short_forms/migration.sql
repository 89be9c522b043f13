-- Group names compared for duplicates with a short form of the people's words doubled with a 2
-- written in full: "bpk2" is "bapak bapak", as "bapak2" and "bpk-bpk" have been since v5 and v2
-- ("Arisan Bpk2" registered before was compared as "arisan bpk2": the same group as "Arisan
-- Bapak2" was not found). src/domain/parse/group-name.ts doubledWords does the same for new
-- names, with its DOUBLED_SHORT_FORMS; test/storage/groups/group-name-norm.test.ts checks that the
-- two agree. Applied to the form of v5 (20261207093000_group_name_doubled_words): lower case,
-- single spaces. A name's other words with a 2 are numbers ("bpk22" stays).
CREATE FUNCTION wksbm_group_name_norm_v6(norm text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(regexp_replace(word, '^bpk2$', 'bapak bapak'), ' ' ORDER BY n), '')
  FROM regexp_split_to_table(norm, ' ') WITH ORDINALITY AS words(word, n)
$$;

UPDATE "Group" SET "nameNorm" = wksbm_group_name_norm_v6("nameNorm")
WHERE "nameNorm" IS DISTINCT FROM wksbm_group_name_norm_v6("nameNorm");
