-- A MinHash sketch per section of every report (SectionSketch: 128 minima of 3-gram hashes, Base64 with a version
-- prefix), rewritten with the texts on every save. Y-TEXT-SIM reads the sketches of a county's reports of a year in
-- one query and compares them in memory: 雷同 across units without loading, or showing, anyone's text.
-- A section too short to be a copy worth reporting has no row.
create table report_section_sketch (
    report_id    bigint       not null references report (id) on delete cascade,
    section_key  varchar(8)   not null,
    sketch       varchar(700) not null,
    primary key (report_id, section_key)
);

-- The 保密审查 record also records a return: the reviewer's choice per REVIEW finding, 保留 (KEEP, with the reason
-- it may be published) or 退回修改 (CHANGE, no reason). Kept in this migration, the one this work owns; every
-- record before it was an approval whose findings were all kept.
alter table secrecy_review add column decision varchar(16) default 'APPROVE' not null;
alter table secrecy_review alter column conclusion drop not null;
alter table secrecy_clearance add column choice varchar(8) default 'KEEP' not null;
alter table secrecy_clearance alter column reason drop not null;
