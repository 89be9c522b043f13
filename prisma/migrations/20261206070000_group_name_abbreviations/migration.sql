-- Group names compared for duplicates with the abbreviations people type spelled out and
-- RT/RW numbers without leading zeros: "pkk dsn glugo" is "PKK Dusun Glugo", "Arisan RT 05"
-- is "Arisan RT 5" (src/domain/flow-kit.ts normalizeName does the same for new names; a test
-- checks that the two agree). Applied to the form stored before, which was already lower
-- case, without accents, and with every run of other characters one space.
CREATE FUNCTION wksbm_group_name_norm_v2(norm text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      regexp_replace(norm, '\m0+(\d)', '\1', 'g'),
      '\mdsn\M', 'dusun', 'g'),
      '\m(klp|kelp)\M', 'kelompok', 'g'),
      '\mpoktan\M', 'kelompok tani', 'g'),
      '\mkwt\M', 'kelompok wanita tani', 'g'),
      '\mmajlis\M', 'majelis', 'g'),
      '\m(talim|ta lim)\M', 'taklim', 'g'),
      '\mbpk\M', 'bapak', 'g'),
      '\mibu2\M', 'ibu ibu', 'g'),
      '\mbapak2\M', 'bapak bapak', 'g')
$$;

UPDATE "Group" SET "nameNorm" = wksbm_group_name_norm_v2("nameNorm")
WHERE "nameNorm" IS DISTINCT FROM wksbm_group_name_norm_v2("nameNorm");
