-- The public files of a published version (the report page and its PDF, DOCX, XLSX, JSON and CSV), rendered once
-- when it is published and stored here, so every node serves the same bytes with the same SHA-256 and none renders
-- on a reader's request. They are deleted only with their publication.
create table public_artefact (
    publication_id bigint        not null references report_publication (id) on delete cascade,
    kind           varchar(8)    not null,
    media_type     varchar(120)  not null,
    file_name      varchar(200)  not null,
    sha256         varchar(64)   not null,
    bytes          bytea         not null,
    created_at     timestamp with time zone not null,
    primary key (publication_id, kind)
);
