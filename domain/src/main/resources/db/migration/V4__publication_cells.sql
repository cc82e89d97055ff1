-- The cells of each published version, so county totals sum what the public sees (a report being
-- corrected still counts with its published numbers), by one GROUP BY.
create table publication_cell (
    publication_id  bigint         not null references report_publication (id) on delete cascade,
    cell_key        varchar(100)   not null,
    cell_value      numeric(18, 4) not null,
    primary key (publication_id, cell_key)
);
create index ix_publication_cell_key on publication_cell (cell_key);
