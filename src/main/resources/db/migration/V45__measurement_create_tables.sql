-- Indicator values: one per indicator and reporting period (the period label of Period.label(): 2021,
-- 2021-H1 or 2021-Q3, as the indicator's frequency says), entered by hand for MANUAL indicators or
-- recorded for a computed indicator (whose number is read live from the records until it is LOCKED, when
-- the number of that moment is stored here and frozen). Indicators (indicator.indicator) and users
-- (identity.app_user) are other modules' records, referred to by id and checked by the value service.
create schema measurement;

create table measurement.indicator_value (
    id               bigint generated always as identity primary key,
    indicator_id     bigint         not null,
    plan_code        varchar(20)    not null,
    period_label     varchar(7)     not null,
    period_year      integer        not null,
    origin           varchar(10)    not null,
    value            numeric(18, 4),
    text_value       text,
    numerator        numeric(18, 4),
    denominator      numeric(18, 4),
    comment          text           not null default '',
    evidence_url     varchar(500),
    status           varchar(10)    not null default 'DRAFT',
    return_comment   text,
    entered_by       bigint,
    entered_at       timestamptz    not null default now(),
    submitted_by     bigint,
    submitted_at     timestamptz,
    approved_by      bigint,
    approved_at      timestamptz,
    locked_by_report bigint,
    locked_at        timestamptz,
    version          integer        not null default 0,
    updated_at       timestamptz    not null default now(),
    constraint indicator_value_period unique (indicator_id, period_label),
    constraint indicator_value_origin check (origin in ('COMPUTED', 'MANUAL')),
    constraint indicator_value_status check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'LOCKED')),
    constraint indicator_value_denominator check (denominator is null or denominator > 0)
);

-- [jooq ignore start]
alter table measurement.indicator_value
    add constraint indicator_value_label check (period_label ~ '^[0-9]{4}(-H[12]|-Q[1-4])?$'),
    add constraint indicator_value_locked check ((status = 'LOCKED') = (locked_at is not null));
-- [jooq ignore stop]

create index indicator_value_plan_year on measurement.indicator_value (plan_code, period_year);

-- Every step of a value: entered, changed, submitted, approved, returned (with its comment), locked.
create table measurement.value_step (
    id          bigint generated always as identity primary key,
    value_id    bigint        not null references measurement.indicator_value (id) on delete cascade,
    action      varchar(10)   not null,
    from_status varchar(10),
    to_status   varchar(10)   not null,
    comment     text,
    user_id     bigint,
    report_id   bigint,
    at          timestamptz   not null default now(),
    constraint value_step_action check (action in ('ENTERED', 'CHANGED', 'SUBMITTED', 'APPROVED', 'RETURNED',
        'LOCKED'))
);

create index value_step_value on measurement.value_step (value_id);
