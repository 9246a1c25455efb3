create schema exchange;

-- An import file between its preview and its commit. The file itself is kept here, in chunks, and not
-- on a node's disk, so that any node can show the preview again or commit it; the token is the upload's
-- only handle and only its owner may use it. Uploads expire after an hour (kinerja.import.upload-ttl);
-- every new upload deletes the expired ones, and a commit deletes its own upload.
-- owner_id is the identity module's user id; exchange depends on no other module, so no foreign key.
create table exchange.upload (
    token      uuid         primary key,
    kind       varchar(64)  not null,
    owner_id   bigint       not null,
    file_name  varchar(255) not null,
    file_size  bigint       not null default 0 check (file_size >= 0),
    created_at timestamptz  not null default now(),
    expires_at timestamptz  not null,
    constraint upload_expires_after_creation check (expires_at > created_at)
);
create index upload_expires_idx on exchange.upload (expires_at);

-- The file's bytes in order: position 0, 1, 2 … of at most 512 KiB each, read one at a time so that no
-- node ever holds a whole file in memory.
create table exchange.upload_chunk (
    upload_token uuid    not null references exchange.upload (token) on delete cascade,
    position     integer not null check (position >= 0),
    data         bytea   not null,
    primary key (upload_token, position)
);
