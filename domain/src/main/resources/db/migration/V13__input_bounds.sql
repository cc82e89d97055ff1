-- Columns wide enough for the input bounds of domain.input (the table in docs/security.md), so that no accepted
-- text is cut or refused by the database.
-- A decision's comment in the report's history: the comment (2,000 characters) with the comments on single sections
-- (6 x 2,000) under their titles and the 保密审查 findings to change (at most 200 lines) appended.
alter table audit_entry alter column comment set data type varchar(100000);
-- A notification's title names the unit (up to 200 characters) before what happened.
alter table notification alter column title set data type varchar(400);
-- The match of a 保密审查 finding kept in the record: an address or a marking can run past 200 characters.
alter table secrecy_clearance alter column finding_match set data type varchar(1000);
