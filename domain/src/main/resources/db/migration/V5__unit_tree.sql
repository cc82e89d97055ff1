-- The unit tree at any depth (province -> city -> county -> township / department): each unit stores the codes
-- from the root down to itself, "/suihua/lanxi/lanxi-lanhe/", so that "everything below X" is one prefix search
-- on an index instead of a walk or an id list. Codes are [a-z0-9-] only, so they need no escaping in LIKE.
alter table unit add column path varchar(1200);

-- Backfill top-down, one level per statement (existing deployments are a county deep; eight levels spare).
update unit set path = '/' || code || '/' where parent_id is null;
update unit set path = (select p.path from unit p where p.id = unit.parent_id) || code || '/'
 where path is null and parent_id in (select q.id from unit q where q.path is not null);
update unit set path = (select p.path from unit p where p.id = unit.parent_id) || code || '/'
 where path is null and parent_id in (select q.id from unit q where q.path is not null);
update unit set path = (select p.path from unit p where p.id = unit.parent_id) || code || '/'
 where path is null and parent_id in (select q.id from unit q where q.path is not null);
update unit set path = (select p.path from unit p where p.id = unit.parent_id) || code || '/'
 where path is null and parent_id in (select q.id from unit q where q.path is not null);
update unit set path = (select p.path from unit p where p.id = unit.parent_id) || code || '/'
 where path is null and parent_id in (select q.id from unit q where q.path is not null);
update unit set path = (select p.path from unit p where p.id = unit.parent_id) || code || '/'
 where path is null and parent_id in (select q.id from unit q where q.path is not null);
update unit set path = (select p.path from unit p where p.id = unit.parent_id) || code || '/'
 where path is null and parent_id in (select q.id from unit q where q.path is not null);

alter table unit alter column path set not null;
create index ix_unit_path on unit (path);
