-- The files of a product (PDF or DOCX), kept in PostgreSQL so that every node and every backup has them.
-- kind is what the content is (checked by its first bytes), not what the name says. sha256 is the hex
-- digest of the whole file. downloads counts the downloads through Kinerja (incremented atomically).
-- text_state follows the extraction of a PDF's text for search, done in the background after the upload
-- commits: PENDING → RUNNING → DONE or FAILED (text_note says why); DOCX files are NOT_INDEXED.
create table knowledge.product_file (
    id          bigint generated always as identity primary key,
    product_id  bigint       not null references knowledge.product (id) on delete cascade,
    file_name   varchar(255) not null,
    kind        varchar(8)   not null,
    size        bigint       not null,
    sha256      char(64)     not null,
    downloads   bigint       not null default 0,
    text_state  varchar(16)  not null default 'PENDING',
    text_note   varchar(500),
    content_text text        not null default '',
    claimed_at  timestamptz,
    uploaded_at timestamptz  not null default now(),
    constraint product_file_kind check (kind in ('PDF', 'DOCX')),
    constraint product_file_size check (size > 0),
    constraint product_file_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint product_file_downloads check (downloads >= 0),
    constraint product_file_text_state check (text_state in ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'NOT_INDEXED'))
);
create index product_file_product on knowledge.product_file (product_id);
create index product_file_pending on knowledge.product_file (text_state) where text_state in ('PENDING', 'RUNNING');

-- A file's bytes in order: position 0, 1, 2 … of at most 512 KiB each, written and read one at a time so
-- that no node holds a whole file in memory.
create table knowledge.file_chunk (
    file_id  bigint  not null references knowledge.product_file (id) on delete cascade,
    position integer not null check (position >= 0),
    data     bytea   not null,
    primary key (file_id, position)
);
