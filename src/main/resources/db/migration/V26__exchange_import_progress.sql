-- How many rows an upload has (counted by its preview), and how far its commit has come: written in short
-- transactions of their own while the commit's transaction is still open, so that any node can show a
-- progress bar. Rows older than the upload lifetime are deleted with the expired uploads.
alter table exchange.upload add column row_count bigint not null default 0;

create table exchange.import_progress (
    token      uuid        primary key,
    kind       varchar(64) not null,
    owner_id   bigint      not null,
    state      varchar(10) not null,
    rows_done  bigint      not null default 0,
    rows_total bigint      not null default 0,
    updated_at timestamptz not null default now()
);
create index import_progress_updated_idx on exchange.import_progress (updated_at);
