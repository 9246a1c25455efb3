-- Delivery: events held for work plan activities, the registry of people who attend them, and their
-- attendances (role, days, pre/post test scores, satisfaction). Activities, members, partners and
-- countries belong to other modules and are referred to by id or code; those modules ask delivery
-- (ActivityReferenceCheck, ReferenceCheck) before deleting them.
create schema delivery;

create table delivery.event (
    id           bigint generated always as identity primary key,
    activity_id  bigint        not null,
    kind         varchar(30)   not null,
    title        varchar(300)  not null,
    start_date   date          not null,
    end_date     date          not null,
    city         varchar(100),
    country_code varchar(3),
    virtual      boolean       not null default false,
    languages    varchar(200)  not null default '',
    status       varchar(20)   not null,
    notes        varchar(5000) not null default '',
    version      integer       not null default 0,
    created_at   timestamp with time zone not null default now(),
    updated_at   timestamp with time zone not null default now(),
    constraint event_dates check (end_date >= start_date)
);
create index event_activity on delivery.event (activity_id);
create index event_start on delivery.event (start_date);
create index event_country on delivery.event (country_code);

create table delivery.event_partner (
    event_id   bigint not null references delivery.event (id) on delete cascade,
    partner_id bigint not null,
    primary key (event_id, partner_id)
);
create index event_partner_partner on delivery.event_partner (partner_id);

create table delivery.person (
    id          bigint generated always as identity primary key,
    given_name  varchar(100) not null,
    family_name varchar(100) not null,
    sex         varchar(20)  not null,
    member_code varchar(8),
    agency      varchar(200) not null default '',
    agency_type varchar(40),
    position    varchar(200) not null default '',
    email       varchar(254),
    -- de-duplication keys, kept by the application: lower-case e-mail; the normalised name (lower case,
    -- accents and punctuation removed, spaces collapsed) and agency
    email_key   varchar(254),
    name_key    varchar(210) not null,
    agency_key  varchar(200) not null,
    version     integer      not null default 0,
    created_at  timestamp with time zone not null default now(),
    updated_at  timestamp with time zone not null default now()
);
create index person_email_key on delivery.person (email_key);
create index person_name_key on delivery.person (name_key, member_code, agency_key);
create index person_member on delivery.person (member_code);

create table delivery.attendance (
    id            bigint generated always as identity primary key,
    event_id      bigint        not null references delivery.event (id) on delete cascade,
    person_id     bigint        not null references delivery.person (id),
    role          varchar(20)   not null,
    days_attended integer,
    pre_test      integer,
    post_test     integer,
    satisfaction  integer,
    comment       varchar(2000) not null default '',
    version       integer       not null default 0,
    constraint attendance_once unique (event_id, person_id),
    constraint attendance_days check (days_attended is null or days_attended between 0 and 366),
    constraint attendance_pre check (pre_test is null or pre_test between 0 and 100),
    constraint attendance_post check (post_test is null or post_test between 0 and 100),
    constraint attendance_satisfaction check (satisfaction is null or satisfaction between 1 and 5)
);
create index attendance_person on delivery.attendance (person_id);

-- Progress of a running attendance import, written in its own short transactions so that every node
-- (and the page polling it) sees it while the import's transaction is still open.
create table delivery.import_progress (
    token       uuid         primary key,
    event_id    bigint       not null,
    phase       varchar(20)  not null,
    rows_done   bigint       not null default 0,
    bytes_done  bigint       not null default 0,
    bytes_total bigint       not null default 0,
    updated_at  timestamp with time zone not null default now()
);
