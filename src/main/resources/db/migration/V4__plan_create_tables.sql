create schema plan;

-- A strategic plan. Its principles, purposes and signatories belong to it: any change to them bumps
-- the plan's version, which is what optimistic locking checks.
-- resource_version is set on plans shipped with Kinerja (src/main/resources/plan/*.json) and says which
-- version of that file was loaded; it is null for plans made by users.
create table plan.plan (
    id               bigint generated always as identity primary key,
    code             varchar(20)  not null,
    title            varchar(200) not null,
    start_year       integer      not null,
    end_year         integer      not null,
    foreword         text         not null default '',
    description      text         not null default '',
    mission          text         not null default '',
    reporting        text         not null default '',
    resource_version integer,
    version          integer      not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint plan_code_unique unique (code),
    constraint plan_code_format check (code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'),
    constraint plan_title_present check (length(trim(title)) > 0),
    constraint plan_years check (end_year >= start_year and start_year between 2000 and 2100
                                 and end_year between 2000 and 2100),
    constraint plan_text_lengths check (length(foreword) <= 20000 and length(description) <= 20000
                                        and length(mission) <= 5000 and length(reporting) <= 20000)
);

-- The people who signed the plan's foreword, as printed under it.
create table plan.foreword_signatory (
    plan_id      bigint       not null references plan.plan (id) on delete cascade,
    position     integer      not null,
    name         varchar(120) not null,
    role_title   varchar(120) not null,
    country_code char(3)      not null,
    country_name varchar(80)  not null,
    primary key (plan_id, position)
);

create table plan.principle (
    id          bigint generated always as identity primary key,
    plan_id     bigint        not null references plan.plan (id) on delete cascade,
    number      integer       not null,
    title       varchar(200)  not null,
    description varchar(2000) not null default '',
    constraint principle_number_unique unique (plan_id, number),
    constraint principle_number_range check (number between 1 and 20)
);

create table plan.purpose (
    id          bigint generated always as identity primary key,
    plan_id     bigint        not null references plan.plan (id) on delete cascade,
    number      integer       not null,
    title       varchar(200)  not null,
    summary     varchar(2000) not null default '',
    description text          not null default '',
    constraint purpose_number_unique unique (plan_id, number),
    constraint purpose_number_range check (number between 1 and 20),
    constraint purpose_description_length check (length(description) <= 20000)
);

create table plan.example_activity (
    purpose_id bigint        not null references plan.purpose (id) on delete cascade,
    position   integer       not null,
    text       varchar(1000) not null,
    primary key (purpose_id, position)
);

-- The office itself: one row.
create table plan.organisation_profile (
    id        integer      primary key,
    name      varchar(200) not null,
    address   varchar(500) not null,
    telephone varchar(60)  not null,
    email     varchar(254) not null,
    website   varchar(200) not null,
    version   integer      not null default 0,
    constraint organisation_profile_single check (id = 1)
);

create table plan.co_manager (
    position     integer      primary key,
    name         varchar(120) not null,
    country_code char(3)      not null,
    country_name varchar(80)  not null
);
