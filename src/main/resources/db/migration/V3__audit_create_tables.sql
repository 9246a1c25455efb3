create schema audit;

-- One row per sign-in attempt and per change to domain data, written in the transaction of the change.
-- Rows are only ever inserted; id gives their order, and previous_hash/entry_hash are reserved for a
-- hash chain over that order.
create table audit.audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    actor_id       bigint,
    actor_email    varchar(254),
    entity_type    varchar(64)  not null,
    entity_id      varchar(64)  not null,
    action         varchar(32)  not null,
    changes        jsonb        not null,
    remote_address varchar(64),
    previous_hash  bytea,
    entry_hash     bytea,
    constraint audit_entry_action check (action in ('CREATE', 'UPDATE', 'DELETE', 'SIGN_IN_SUCCESS',
                                                    'SIGN_IN_FAILURE', 'SIGN_IN_LOCKED'))
);
create index audit_entry_entity_idx on audit.audit_entry (entity_type, entity_id);
create index audit_entry_occurred_idx on audit.audit_entry (occurred_at);
create index audit_entry_actor_idx on audit.audit_entry (actor_id);
