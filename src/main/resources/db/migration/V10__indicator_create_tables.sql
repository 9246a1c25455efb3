create schema indicator;

-- The results framework of a plan: outcomes under its purposes, and indicators with a baseline and yearly
-- targets. Plans and purposes belong to the plan module and are named here by plan code and purpose
-- number (no foreign key into another module's schema); the indicator module checks them through
-- PlanService when an outcome or indicator is written.

-- An outcome, e.g. P2.O1 under purpose 2. number is the digits after ".O", kept for ordering.
create table indicator.outcome (
    id             bigint generated always as identity primary key,
    plan_code      varchar(20)   not null,
    purpose_number integer       not null,
    code           varchar(20)   not null,
    number         integer       not null,
    statement      varchar(1000) not null,
    version        integer       not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint outcome_code_unique unique (plan_code, code),
    constraint outcome_code_format check (code ~ '^P[0-9]+\.O[0-9]+$'),
    constraint outcome_purpose_range check (purpose_number between 1 and 20),
    constraint outcome_statement_present check (length(trim(statement)) > 0),
    -- the target of indicator_outcome_same_purpose
    constraint outcome_plan_purpose unique (id, plan_code, purpose_number)
);

-- An indicator definition, e.g. P2.3 under purpose 2. number is the digits after the dot, kept for ordering.
-- Values are numeric(18,4): counts, percentages (0-100) and averages alike, never floating point.
-- A baseline is absent (all three columns empty) until it is established.
-- source is MANUAL or one of the computed sources of org.kinerja.indicator.ComputedSource.
-- responsible_user_id is a user of the identity module, checked through UserService when written.
create table indicator.indicator (
    id                    bigint generated always as identity primary key,
    plan_code             varchar(20)   not null,
    purpose_number        integer       not null,
    outcome_id            bigint,
    code                  varchar(20)   not null,
    number                integer       not null,
    name                  varchar(300)  not null,
    definition            varchar(4000) not null default '',
    unit                  varchar(60)   not null,
    measure               varchar(20)   not null,
    direction             varchar(20)   not null,
    aggregation           varchar(20)   not null,
    baseline_value        numeric(18, 4),
    baseline_year         integer,
    baseline_note         varchar(1000),
    source                varchar(40)   not null default 'MANUAL',
    frequency             varchar(20)   not null,
    responsible_user_id   bigint,
    means_of_verification varchar(2000) not null default '',
    proposed              boolean       not null default false,
    version               integer       not null default 0,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    constraint indicator_code_unique unique (plan_code, code),
    constraint indicator_code_format check (code ~ '^P[0-9]+\.[0-9]+$'),
    constraint indicator_purpose_range check (purpose_number between 1 and 20),
    constraint indicator_name_present check (length(trim(name)) > 0),
    constraint indicator_unit_present check (length(trim(unit)) > 0),
    constraint indicator_measure check (measure in ('NUMBER', 'PERCENTAGE', 'QUALITATIVE')),
    constraint indicator_direction check (direction in ('INCREASE', 'DECREASE', 'MAINTAIN')),
    constraint indicator_aggregation check (aggregation in ('SUM', 'LATEST', 'AVERAGE', 'RATIO')),
    -- percentages are never added up
    constraint indicator_percentage_not_summed check (not (measure = 'PERCENTAGE' and aggregation = 'SUM')),
    constraint indicator_percentage_baseline check (measure <> 'PERCENTAGE' or baseline_value is null
                                                    or baseline_value between 0 and 100),
    constraint indicator_baseline_year check (baseline_year is not null
                                              or (baseline_value is null and baseline_note is null)),
    constraint indicator_baseline_year_range check (baseline_year between 2000 and 2100),
    constraint indicator_frequency check (frequency in ('ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY')),
    constraint indicator_source check (source in ('MANUAL', 'ACTIVITIES_PLANNED', 'ACTIVITIES_COMPLETED',
        'CAPACITY_EVENTS_HELD', 'PEOPLE_TRAINED', 'PARTICIPANT_DAYS', 'WOMEN_SHARE', 'KNOWLEDGE_GAIN',
        'SATISFIED_SHARE', 'PRODUCTS_PUBLISHED', 'ENGAGEMENTS', 'FORUMS_ENGAGED', 'REQUESTS_RECEIVED',
        'REQUESTS_DELIVERED', 'REQUESTS_ON_TIME_SHARE', 'REQUEST_MEDIAN_DAYS', 'MEMBERS_ENGAGED',
        'BUDGET_EXECUTION')),
    -- an indicator's outcome is one of the same plan and purpose; an outcome with indicators cannot be
    -- deleted or moved to another purpose
    constraint indicator_outcome_same_purpose foreign key (outcome_id, plan_code, purpose_number)
        references indicator.outcome (id, plan_code, purpose_number)
);

create index indicator_outcome_idx on indicator.indicator (outcome_id);

-- The breakdowns an indicator's values may be reported by.
create table indicator.indicator_disaggregation (
    indicator_id   bigint      not null references indicator.indicator (id) on delete cascade,
    disaggregation varchar(20) not null,
    primary key (indicator_id, disaggregation),
    constraint indicator_disaggregation_known check (disaggregation in ('SEX', 'MEMBER', 'AGENCY_TYPE', 'PARTNER'))
);

-- One target per year of the plan. value is empty only for qualitative indicators, whose note says it.
create table indicator.target (
    indicator_id bigint         not null references indicator.indicator (id) on delete cascade,
    year         integer        not null,
    value        numeric(18, 4),
    note         varchar(1000)  not null default '',
    primary key (indicator_id, year),
    constraint target_year_range check (year between 2000 and 2100)
);

-- Shipped frameworks (src/main/resources/indicator/*.json) that were loaded once: a framework is loaded
-- only when its plan has no row here, so outcomes and indicators that users later change or delete are
-- not brought back at the next start.
create table indicator.shipped_framework (
    plan_code        varchar(20) primary key,
    resource_version integer     not null,
    loaded_at        timestamptz not null default now()
);
