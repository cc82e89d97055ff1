-- An explanation of a warning remembers the finding it explained (a fingerprint of its rule, place, numbers and
-- cells), so the next submission carries it over while the finding is unchanged; carried_from names the submission
-- it was written for. Explanations written before this migration have no fingerprint and are not carried.
alter table warning_explanation add column fingerprint varchar(64);
alter table warning_explanation add column carried_from integer;
