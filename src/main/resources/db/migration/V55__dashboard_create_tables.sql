-- The dashboard's rollups: the figures of the home page, counted per year with set-based SQL over the work plan,
-- delivery, knowledge, outreach and request schemas (read only) and stored here, so that the page reads a few
-- small rows and never the attendances. docs/dashboard.md says what each figure counts and when it is rebuilt.
--
-- Scope of a row: plan_code and purpose_number are the plan and purpose of the record's work plan activity;
-- plan_code '' with purpose_number 0 is the whole year (every record of the year, whatever its activity).
create schema dashboard;

-- Activities of each plan's work plan of the year, by purpose and status (work plan year, not dates).
create table dashboard.activity_status (
    year           integer     not null,
    plan_code      varchar(20) not null,
    purpose_number integer     not null,
    work_plan_id   bigint      not null,
    status         varchar(20) not null,
    activities     integer     not null,
    primary key (year, plan_code, purpose_number, status)
);

-- Capacity-building events held (status HELD, kind in kinerja.delivery.capacity-building-kinds) ending in the year.
create table dashboard.events_held (
    year           integer     not null,
    plan_code      varchar(20) not null,
    purpose_number integer     not null,
    events         integer     not null,
    primary key (year, plan_code, purpose_number)
);

-- Distinct people with a PARTICIPANT attendance at those events, by sex.
create table dashboard.people_trained (
    year           integer     not null,
    plan_code      varchar(20) not null,
    purpose_number integer     not null,
    sex            varchar(20) not null,
    people         integer     not null,
    primary key (year, plan_code, purpose_number, sex)
);

-- Knowledge products PUBLISHED with a publication date in the year.
create table dashboard.products_published (
    year           integer     not null,
    plan_code      varchar(20) not null,
    purpose_number integer     not null,
    products       integer     not null,
    primary key (year, plan_code, purpose_number)
);

-- Outreach engagements dated in the year.
create table dashboard.engagements (
    year           integer     not null,
    plan_code      varchar(20) not null,
    purpose_number integer     not null,
    engagements    integer     not null,
    primary key (year, plan_code, purpose_number)
);

-- Requests received in the year, by status. Open ones (RECEIVED, ACCEPTED, IN_PROGRESS) keep their received and
-- due dates so that the page tells which are overdue on the day it is read, without a daily rebuild; closed
-- ones are counted with both dates left empty.
create table dashboard.requests (
    year          integer     not null,
    status        varchar(20) not null,
    received_date date,
    due_date      date,
    requests      integer     not null,
    constraint requests_open_dated check ((status in ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS'))
                                          = (received_date is not null and due_date is not null))
);
create index requests_year on dashboard.requests (year);

-- Indicators of each plan covering the year by their status against the year's target.
create table dashboard.indicator_status (
    year           integer     not null,
    plan_code      varchar(20) not null,
    purpose_number integer     not null,
    status         varchar(20) not null,
    indicators     integer     not null,
    primary key (year, plan_code, purpose_number, status)
);

-- When each rollup of a year was last built, and why it could not be, when it could not.
create table dashboard.rollup_build (
    year     integer      not null,
    rollup   varchar(20)  not null,
    built_at timestamptz  not null,
    failure  varchar(500),
    primary key (year, rollup)
);
