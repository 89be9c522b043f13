-- Alerts recorded before officer_name_without_form_of_address (20261207210000) name the
-- officer as their name was then stored ("Pak Budi Santoso"): the outbox keeps an alert as
-- texts, i18n keys with their params (storage/outbox/payload.ts), and renders it only when it
-- is sent, so the name is a string param, recorded once and never read again from the Person.
-- Those still to be sent ('pending', 'sending' after a crash, 'dead', which an admin may send
-- again) would tell leaders "petugas TKSK (Pak Budi Santoso)" and officers "ditetapkan petugas
-- Pak Budi Santoso", the form the earlier migration took out of the officer's name. Their
-- param loses it here, by the same rule and function (wksbm_without_form_of_address_v1).
--
-- A data step in a migration rather than at send time: the dispatcher renders texts without
-- knowing which param is whose name, and a check at each send would run for ever for rows
-- that exist only now. Only the `name` param of the texts that carry the deciding officer's
-- name (src/domain/alerts: level-alerts, verdict-notices, override-notices, merge-notices;
-- test/storage/officers/queued-alerts-officer-name.test.ts checks the list against them) is
-- touched, wherever the text is nested; a resident's name in another text stays as typed.
-- Alerts already sent are history and stay as they were. Idempotent: a name without a form of
-- address is a fixed point.
CREATE OR REPLACE FUNCTION wksbm_officer_names_in_texts_v1(value jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  result jsonb;
BEGIN
  IF jsonb_typeof(value) = 'array' THEN
    SELECT coalesce(jsonb_agg(wksbm_officer_names_in_texts_v1(a.element) ORDER BY a.n), '[]'::jsonb) INTO result
    FROM jsonb_array_elements(value) WITH ORDINALITY AS a(element, n);
    RETURN result;
  END IF;
  IF jsonb_typeof(value) <> 'object' THEN
    RETURN value;
  END IF;
  SELECT coalesce(jsonb_object_agg(e.key, wksbm_officer_names_in_texts_v1(e.value)), '{}'::jsonb) INTO result FROM jsonb_each(value) AS e;
  IF result->>'key' IN (
       'officers:alert.level.overriddenNamed',
       'officers:notice.verifiedNamed',
       'officers:notice.rejectedNamed',
       'officers:notice.overrideSetNamed',
       'officers:notice.mergedByNamed')
     AND jsonb_typeof(result->'params'->'name') = 'string' THEN
    result := jsonb_set(result, '{params,name}', to_jsonb(wksbm_without_form_of_address_v1(result->'params'->>'name')));
  END IF;
  RETURN result;
END
$$;

UPDATE "Alert" SET "payload" = wksbm_officer_names_in_texts_v1("payload")
WHERE "status" <> 'sent'
  AND "payload" IS DISTINCT FROM wksbm_officer_names_in_texts_v1("payload");
