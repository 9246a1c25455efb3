create schema audit;

-- One row per sign-in attempt and per change to domain data, written in the transaction of the change.
-- Rows are only ever inserted; id gives their order, and previous_hash/entry_hash are reserved for a
-- hash chain over that order.
-- entity_id holds a record's id or code, or for sign-ins the e-mail typed (up to 254 characters).
create table audit.audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    actor_id       bigint,
    actor_email    varchar(254),
    entity_type    varchar(64)  not null,
    entity_id      varchar(254) not null,
    action         varchar(32)  not null,
    changes        jsonb        not null default '{}',
    remote_address varchar(64),
    previous_hash  bytea,
    entry_hash     bytea,
    constraint audit_entry_action check (action in ('CREATE', 'UPDATE', 'DELETE', 'SIGN_IN_SUCCESS',
                                                    'SIGN_IN_FAILURE', 'SIGN_IN_LOCKED'))
);
create index audit_entry_entity_idx on audit.audit_entry (entity_type, entity_id);
create index audit_entry_occurred_idx on audit.audit_entry (occurred_at);
create index audit_entry_actor_idx on audit.audit_entry (actor_id);

-- The trail is append-only: the application never changes or deletes an entry, and the database refuses
-- it so that no bug can. A deliberate purge (or a migration back-filling the hash chain) disables the
-- trigger and enables it again within one transaction.
-- (jOOQ's code generator cannot parse these; they concern only the database.)
/* [jooq ignore start] */
alter table audit.audit_entry
    add constraint audit_entry_changes_object check (jsonb_typeof(changes) = 'object');
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only (% refused)', tg_op;
end;
$$;
create trigger audit_entry_append_only before update or delete on audit.audit_entry
    for each row execute function audit.refuse_change();
/* [jooq ignore stop] */
