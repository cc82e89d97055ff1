-- The REVIEW findings of the submission under 保密审查, screened when the clerk submitted it (and again when a word
-- list that applies to it changes), so that the reviewer's decision need not validate the report again.
alter table report add column secrecy_screen varchar(1000000);
