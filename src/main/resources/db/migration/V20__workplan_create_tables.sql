create schema workplan;

-- Annual work plans and their activities. The strategic plan and its purposes and principles belong to the
-- plan module, partners, members, bodies, commitments and countries to the directory, users to identity,
-- outcomes to indicator: they are named here by code or id without a foreign key into another module's
-- schema, and the workplan module checks them through those modules' services when it writes.

-- One work plan per plan year. version_number is the version being drafted, submitted or (when APPROVED)
-- in force: 1 for the first, 2 after the first revision and so on. Approved versions are kept whole in
-- workplan.version_snapshot.
create table workplan.work_plan (
    id             bigint generated always as identity primary key,
    plan_code      varchar(20)  not null,
    year           integer      not null,
    status         varchar(20)  not null default 'DRAFT',
    version_number integer      not null default 1,
    submitted_by   bigint,
    submitted_at   timestamptz,
    approved_at    timestamptz,
    version        integer      not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint work_plan_year_unique unique (plan_code, year),
    constraint work_plan_status check (status in ('DRAFT', 'SUBMITTED', 'APPROVED')),
    constraint work_plan_year_range check (year between 2000 and 2100),
    constraint work_plan_version_number check (version_number >= 1)
);

-- A Co-Manager's approval of one version: one per co-managing member and version, so a second approval
-- from the same side cannot be written even by two requests at once.
create table workplan.approval (
    id             bigint generated always as identity primary key,
    work_plan_id   bigint       not null references workplan.work_plan (id) on delete cascade,
    version_number integer      not null,
    user_id        bigint       not null,
    member_code    varchar(8)   not null,
    approved_at    timestamptz  not null default now(),
    constraint approval_one_per_side unique (work_plan_id, version_number, member_code)
);

-- A revision of an approved work plan: why it was opened (required), what changed (written when it is
-- submitted), by whom and when. version_number is the version the revision produces.
create table workplan.revision (
    id             bigint generated always as identity primary key,
    work_plan_id   bigint        not null references workplan.work_plan (id) on delete cascade,
    version_number integer       not null,
    reason         varchar(4000) not null,
    changes        varchar(4000),
    opened_by      bigint        not null,
    opened_at      timestamptz   not null default now(),
    approved_at    timestamptz,
    constraint revision_version_unique unique (work_plan_id, version_number),
    constraint revision_reason_present check (length(trim(reason)) > 0),
    constraint revision_version_number check (version_number >= 2)
);

-- Every step of a work plan's life, in order: submitted, approved by one side, approved, returned with a
-- comment, revision opened, activities carried over.
create table workplan.work_plan_step (
    id             bigint generated always as identity primary key,
    work_plan_id   bigint        not null references workplan.work_plan (id) on delete cascade,
    version_number integer       not null,
    action         varchar(30)   not null,
    user_id        bigint,
    member_code    varchar(8),
    comment        varchar(4000),
    at             timestamptz   not null default now(),
    constraint work_plan_step_action check (action in ('CREATED', 'SUBMITTED', 'APPROVED_BY_SIDE', 'APPROVED',
        'RETURNED', 'REVISION_OPENED', 'CARRIED_OVER'))
);
create index work_plan_step_plan on workplan.work_plan_step (work_plan_id, at);

-- Each approved version as it was approved: the work plan and its activities as JSON, readable for ever.
create table workplan.version_snapshot (
    work_plan_id   bigint      not null references workplan.work_plan (id) on delete cascade,
    version_number integer     not null,
    approved_at    timestamptz not null,
    content        jsonb       not null,
    primary key (work_plan_id, version_number)
);

-- An activity of a work plan. code is <year>-P<purpose>-<nn>, nn counted per work plan and purpose.
-- Planned start and end are months (stored as their first day); actual start and end are dates.
-- requested_by is at most one of a member (code), a body (id) or the Co-Chairs.
-- Money is numeric(14,2) in an ISO 4217 currency; expenditure is in the budget's currency.
-- updated_by (a user) and updated_at tell a stale form who changed the activity and when.
create table workplan.activity (
    id                          bigint generated always as identity primary key,
    work_plan_id                bigint         not null references workplan.work_plan (id),
    code                        varchar(20)    not null,
    purpose_number              integer        not null,
    sequence                    integer        not null,
    title                       varchar(300)   not null,
    outcome_code                varchar(20),
    type                        varchar(30)    not null,
    description                 varchar(8000)  not null default '',
    objectives                  varchar(8000)  not null default '',
    lead_officer_id             bigint,
    requested_by_member_code    varchar(8),
    requested_by_body_id        bigint,
    requested_by_co_chairs      boolean        not null default false,
    modality                    varchar(20),
    planned_start               date,
    planned_end                 date,
    actual_start                date,
    actual_end                  date,
    status                      varchar(20)    not null default 'PLANNED',
    status_reason               varchar(2000),
    budget_amount               numeric(14, 2),
    budget_currency             varchar(3),
    expenditure                 numeric(14, 2),
    gender_marker               smallint,
    gender_marker_justification varchar(2000),
    listed_in_plan              boolean        not null default false,
    carried_from_id             bigint         references workplan.activity (id),
    version                     integer        not null default 0,
    created_at                  timestamptz    not null default now(),
    updated_at                  timestamptz    not null default now(),
    updated_by                  bigint,
    constraint activity_code_unique unique (work_plan_id, code),
    constraint activity_sequence_unique unique (work_plan_id, purpose_number, sequence),
    constraint activity_code_format check (code ~ '^[0-9]{4}-P[0-9]+-[0-9]{2,}$'),
    constraint activity_title_present check (length(trim(title)) > 0),
    constraint activity_purpose_range check (purpose_number between 1 and 20),
    constraint activity_type check (type in ('TRAINING', 'WORKSHOP', 'CONFERENCE', 'ROUNDTABLE',
        'TABLETOP_EXERCISE', 'WEBINAR', 'TOOLKIT', 'PRACTITIONER_GUIDE', 'POLICY_GUIDE', 'BRIEFING_NOTE',
        'RESEARCH', 'TRAINING_MODULE', 'PROJECT', 'OUTREACH', 'EVENT_SUPPORT', 'TECHNICAL_ASSISTANCE')),
    constraint activity_status check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'POSTPONED', 'CANCELLED')),
    constraint activity_status_reason check (status not in ('POSTPONED', 'CANCELLED')
                                             or length(trim(coalesce(status_reason, ''))) > 0),
    constraint activity_modality check (modality in ('IN_PERSON', 'VIRTUAL', 'HYBRID')),
    constraint activity_planned_months check (extract(day from planned_start) = 1 and extract(day from planned_end) = 1),
    constraint activity_planned_order check (planned_end >= planned_start),
    constraint activity_actual_order check (actual_end >= actual_start),
    constraint activity_budget check (budget_amount >= 0),
    constraint activity_budget_currency check (budget_currency ~ '^[A-Z]{3}$'),
    constraint activity_budget_has_currency check ((budget_amount is null) = (budget_currency is null)),
    constraint activity_expenditure check (expenditure >= 0),
    constraint activity_gender_marker check (gender_marker between 0 and 2),
    constraint activity_requested_by_one check ((requested_by_member_code is not null)::int
        + (requested_by_body_id is not null)::int + requested_by_co_chairs::int <= 1)
);
create index activity_work_plan_purpose on workplan.activity (work_plan_id, purpose_number, sequence);
create index activity_carried_from on workplan.activity (carried_from_id);

-- The partners of an activity, each with a role and a credit share; an activity's shares sum to at most
-- 100 (checked by the service, which holds the activity's row lock while it writes them).
create table workplan.activity_partner (
    activity_id   bigint       not null references workplan.activity (id) on delete cascade,
    partner_id    bigint       not null,
    role          varchar(20)  not null,
    share_percent numeric(5, 2) not null default 0,
    primary key (activity_id, partner_id),
    constraint activity_partner_role check (role in ('LEAD', 'CO_DELIVERY', 'FUNDING', 'TECHNICAL')),
    constraint activity_partner_share check (share_percent between 0 and 100)
);
create index activity_partner_partner on workplan.activity_partner (partner_id);

create table workplan.activity_commitment (
    activity_id   bigint not null references workplan.activity (id) on delete cascade,
    commitment_id bigint not null,
    primary key (activity_id, commitment_id)
);
create index activity_commitment_commitment on workplan.activity_commitment (commitment_id);

-- Countries targeted, by ISO 3166 alpha-3 code (the codes members use: AUS, IDN).
create table workplan.activity_country (
    activity_id  bigint     not null references workplan.activity (id) on delete cascade,
    country_code varchar(3) not null,
    primary key (activity_id, country_code),
    constraint activity_country_code check (country_code ~ '^[A-Z]{3}$')
);
create index activity_country_country on workplan.activity_country (country_code);

-- How the activity applies each guiding principle of its plan.
create table workplan.activity_principle (
    activity_id      bigint        not null references workplan.activity (id) on delete cascade,
    principle_number integer       not null,
    rating           varchar(20)   not null,
    evidence         varchar(4000) not null default '',
    primary key (activity_id, principle_number),
    constraint activity_principle_rating check (rating in ('APPLIED', 'PARTLY', 'NOT_APPLIED', 'NOT_RELEVANT'))
);

create table workplan.milestone (
    id          bigint generated always as identity primary key,
    activity_id bigint       not null references workplan.activity (id) on delete cascade,
    title       varchar(300) not null,
    due_month   date         not null,
    done_on     date,
    constraint milestone_title_present check (length(trim(title)) > 0),
    constraint milestone_due_month check (extract(day from due_month) = 1)
);
create index milestone_activity on workplan.milestone (activity_id, due_month);

create table workplan.progress_update (
    id          bigint generated always as identity primary key,
    activity_id bigint        not null references workplan.activity (id) on delete cascade,
    reported_on date          not null,
    narrative   varchar(8000) not null,
    author_id   bigint        not null,
    link        varchar(1000),
    created_at  timestamptz   not null default now(),
    constraint progress_update_narrative_present check (length(trim(narrative)) > 0)
);
create index progress_update_activity on workplan.progress_update (activity_id, reported_on);

create table workplan.risk (
    id          bigint generated always as identity primary key,
    activity_id bigint        not null references workplan.activity (id) on delete cascade,
    description varchar(2000) not null,
    likelihood  varchar(10)   not null,
    impact      varchar(10)   not null,
    mitigation  varchar(2000) not null default '',
    constraint risk_description_present check (length(trim(description)) > 0),
    constraint risk_likelihood check (likelihood in ('LOW', 'MEDIUM', 'HIGH')),
    constraint risk_impact check (impact in ('LOW', 'MEDIUM', 'HIGH'))
);
create index risk_activity on workplan.risk (activity_id);

-- Which shipped resources have been loaded (the Strategic Plan's example activities), and at which version.
create table workplan.reference_load (
    resource         varchar(100) primary key,
    resource_version integer      not null,
    loaded_at        timestamptz  not null default now()
);
