-- Each area's sum of every cell over the current published version of each report below it, kept up to date
-- at each publication (PublishedCellSums), so the county, city and province totals read a few hundred rows
-- instead of summing every published cell below the area: 20,000 published reports of a county are about
-- 4 million cells, and summing them took over a second (bench/README.md, "County reads").
-- (V16, not V15: V15 is left to a migration being written on another branch at the same time.)
create table published_cell_sum (
    area_id      bigint         not null references unit (id),
    report_year  integer        not null,
    format_id    varchar(16)    not null,
    cell_key     varchar(100)   not null,
    total        numeric(24, 4) not null,
    primary key (area_id, report_year, format_id, cell_key)
);

-- what is published already: every unit counts in each unit whose path is a proper prefix of its own
insert into published_cell_sum (area_id, report_year, format_id, cell_key, total)
select a.id, r.report_year, r.format_id, c.cell_key, sum(c.cell_value)
  from report r
  join unit u on u.id = r.unit_id
  join unit a on u.path like a.path || '%' and a.id <> u.id
  join (select report_id, max(id) as id from report_publication group by report_id) cur on cur.report_id = r.id
  join publication_cell c on c.publication_id = cur.id
 group by a.id, r.report_year, r.format_id, c.cell_key;
