-- The Annual (and semi-annual) Performance Report: the Co-Managers' narratives, and the issued reports with
-- their frozen data snapshot and rendered files.
create schema report;

-- A narrative of one report: the Co-Managers' foreword (purpose_number 0) or the highlights of one purpose,
-- per plan, year and half (0 for the annual report).
create table report.narrative (
    id             bigint generated always as identity primary key,
    plan_code      varchar(20)   not null,
    year           integer       not null,
    half           smallint      not null default 0,
    purpose_number integer       not null default 0,
    text           varchar(20000) not null default '',
    version        integer       not null default 0,
    updated_by     bigint,
    updated_at     timestamptz   not null default now(),
    constraint narrative_once unique (plan_code, year, half, purpose_number),
    constraint narrative_half check (half between 0 and 2),
    constraint narrative_purpose check (purpose_number between 0 and 20),
    constraint narrative_year check (year between 2000 and 2100)
);

-- An issued report: a frozen snapshot of its data (the ReportData JSON) and the files rendered from it.
-- Versions count per type, plan, year, half and audience.
create table report.issued_report (
    id             bigint generated always as identity primary key,
    type           varchar(20)  not null,
    plan_code      varchar(20)  not null,
    year           integer      not null,
    half           smallint     not null default 0,
    audience       varchar(20)  not null,
    version        integer      not null,
    status         varchar(20)  not null default 'QUEUED',
    progress       integer      not null default 0,
    error          varchar(500),
    issued_by      bigint       not null,
    issued_by_name varchar(300) not null,
    issued_at      timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    finished_at    timestamptz,
    snapshot       jsonb,
    pdf            bytea,
    docx           bytea,
    xlsx           bytea,
    constraint issued_report_version_unique unique (type, plan_code, year, half, audience, version),
    constraint issued_report_type check (type in ('ANNUAL', 'SEMI_ANNUAL')),
    constraint issued_report_audience check (audience in ('INTERNAL', 'PUBLIC')),
    constraint issued_report_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint issued_report_progress check (progress between 0 and 100),
    constraint issued_report_half check ((type = 'ANNUAL' and half = 0) or (type = 'SEMI_ANNUAL' and half in (1, 2))),
    constraint issued_report_version check (version >= 1),
    constraint issued_report_done_complete check (status <> 'DONE'
        or (snapshot is not null and pdf is not null and docx is not null and xlsx is not null))
);
create index issued_report_list on report.issued_report (issued_at desc, id desc);

-- At most one issue of the same report is generating at a time, on any node.
-- [jooq ignore start]
create unique index issued_report_one_running on report.issued_report (type, plan_code, year, half, audience)
    where status in ('QUEUED', 'RUNNING');
-- [jooq ignore stop]
