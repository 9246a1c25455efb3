create schema directory;

-- ISO 3166-1 countries and ISO 4217 currencies: reference tables shipped with Kinerja
-- (src/main/resources/directory/iso3166-1.csv, iso4217-current.csv), replaced when the shipped file changes
-- and never edited in Kinerja. Codes are text: Namibia's alpha-2 code is the string 'NA'.
create table directory.country (
    alpha2        varchar(2)   primary key,
    alpha3        varchar(3)   not null,
    numeric_code  varchar(3)   not null,
    name          varchar(100) not null,
    official_name varchar(100) not null default '',
    cldr_name     varchar(100) not null default '',
    region        varchar(60)  not null default '',
    sub_region    varchar(60)  not null default '',
    status        varchar(60)  not null default '',
    constraint country_alpha3_unique unique (alpha3),
    constraint country_alpha2_format check (alpha2 ~ '^[A-Z]{2}$'),
    constraint country_alpha3_format check (alpha3 ~ '^[A-Z]{3}$')
);

create table directory.currency (
    code         varchar(3)   primary key,
    numeric_code varchar(3)   not null,
    name         varchar(100) not null,
    minor_unit   integer,
    entities     text         not null default '',
    constraint currency_code_format check (code ~ '^[A-Z]{3}$')
);

-- Which version of each shipped file has been loaded. A file is loaded once per version, so records that
-- users changed or deleted stay as they left them across restarts.
create table directory.reference_load (
    resource         varchar(100) primary key,
    resource_version integer      not null,
    loaded_at        timestamptz  not null default now()
);

-- Members of the Bali Process: states, territories, international organisations and observers. A member is
-- addressed by its code: the ISO 3166 alpha-3 code of a state or territory, an organisation's own code
-- (IOM, UNHCR, UNODC, ILO). Codes are what users' member affiliations hold, so they never change.
-- shipped marks records loaded from the files shipped with Kinerja.
create table directory.member (
    id         bigint generated always as identity primary key,
    code       varchar(8)   not null,
    name       varchar(200) not null,
    kind       varchar(30)  not null,
    alpha2     varchar(2)   references directory.country (alpha2),
    alpha3     varchar(3)   references directory.country (alpha3),
    notes      varchar(5000) not null default '',
    sources    varchar(5000) not null default '',
    shipped    boolean      not null default false,
    version    integer      not null default 0,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    constraint member_code_unique unique (code),
    constraint member_name_unique unique (name),
    constraint member_code_format check (code ~ '^[A-Z]{2,8}$'),
    constraint member_kind check (kind in ('STATE', 'TERRITORY', 'INTERNATIONAL_ORGANISATION', 'OBSERVER_STATE',
                                           'OBSERVER_ORGANISATION'))
);

-- [jooq ignore start]
alter table directory.member add constraint member_country_codes check (
    (kind in ('STATE', 'TERRITORY', 'OBSERVER_STATE') and alpha2 is not null and alpha3 = code)
    or (kind in ('INTERNATIONAL_ORGANISATION', 'OBSERVER_ORGANISATION') and alpha2 is null and alpha3 is null));
-- [jooq ignore stop]

-- The roles a member holds in the Bali Process beyond membership.
create table directory.member_role (
    member_id bigint      not null references directory.member (id) on delete cascade,
    role      varchar(20) not null,
    primary key (member_id, role),
    constraint member_role_value check (role in ('CO_CHAIR', 'STEERING_GROUP', 'AD_HOC_GROUP'))
);

-- The Bali Process architecture: Ministerial Conference, Steering Group, Ad Hoc Group, Working Groups …
create table directory.body (
    id               bigint generated always as identity primary key,
    name             varchar(200)  not null,
    short_name       varchar(20)   not null,
    kind             varchar(40)   not null,
    parent_id        bigint        references directory.body (id),
    established_year integer,
    notes            varchar(5000) not null default '',
    sources          varchar(5000) not null default '',
    shipped          boolean       not null default false,
    version          integer       not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint body_name_unique unique (name),
    constraint body_short_name_unique unique (short_name),
    constraint body_kind check (kind in ('PROCESS', 'CO_CHAIRS', 'MINISTERIAL_CONFERENCE', 'SENIOR_OFFICIALS_MEETING',
                                         'STEERING_GROUP', 'AD_HOC_GROUP', 'WORKING_GROUP', 'TASK_FORCE',
                                         'TECHNICAL_EXPERTS_GROUP', 'GOVERNMENT_BUSINESS_FORUM',
                                         'CONSULTATION_MECHANISM', 'REGIONAL_SUPPORT_OFFICE', 'FRAMEWORK',
                                         'HISTORICAL_EXPERT_GROUP', 'OTHER')),
    constraint body_established_year check (established_year between 1900 and 2100),
    constraint body_parent_not_self check (parent_id <> id)
);

-- Who sits in a body and as what. term says when, where the role was held for a period ("2022-2024").
create table directory.body_member (
    body_id   bigint      not null references directory.body (id) on delete cascade,
    member_id bigint      not null references directory.member (id),
    role      varchar(20) not null,
    term      varchar(40),
    position  integer     not null,
    primary key (body_id, member_id),
    constraint body_member_role check (role in ('MEMBER', 'CO_CHAIR', 'CO_MANAGER'))
);

create index body_member_member on directory.body_member (member_id);
create index body_parent on directory.body (parent_id);

-- Organisations delivering with the RSO.
create table directory.partner (
    id                   bigint generated always as identity primary key,
    name                 varchar(200)  not null,
    short_name           varchar(20),
    type                 varchar(30)   not null,
    country_code         varchar(3)    references directory.country (alpha3),
    website              varchar(300),
    iati_organisation_id varchar(100),
    dac_channel_code     varchar(6),
    member_id            bigint        references directory.member (id),
    notes                varchar(5000) not null default '',
    shipped              boolean       not null default false,
    version              integer       not null default 0,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    constraint partner_name_unique unique (name),
    constraint partner_type check (type in ('INTERNATIONAL_ORGANISATION', 'TRAINING_INSTITUTION', 'RESEARCH_INSTITUTE',
                                            'CIVIL_SOCIETY', 'PRIVATE_SECTOR', 'GOVERNMENT_AGENCY',
                                            'REGIONAL_ORGANISATION')),
    constraint partner_dac_channel_code check (dac_channel_code ~ '^[0-9]{5,6}$')
);

create index partner_member on directory.partner (member_id);

-- External dialogues the RSO engages with for outreach (Purpose 4 of the Strategic Plan 2021-22).
create table directory.forum (
    id         bigint generated always as identity primary key,
    name       varchar(200)  not null,
    short_name varchar(20),
    kind       varchar(30)   not null,
    website    varchar(300),
    notes      varchar(5000) not null default '',
    shipped    boolean       not null default false,
    version    integer       not null default 0,
    created_at timestamptz   not null default now(),
    updated_at timestamptz   not null default now(),
    constraint forum_name_unique unique (name),
    constraint forum_kind check (kind in ('REGIONAL_ORGANISATION', 'CONSULTATIVE_PROCESS', 'GLOBAL_FRAMEWORK',
                                          'DIALOGUE', 'CONFERENCE', 'INSTITUTE', 'ASSOCIATION', 'OTHER'))
);

-- People to reach at a member, partner, body or forum: exactly one of the four. E-mail and phone are
-- personal data, shown only to the roles that may see it.
create table directory.contact (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    title       varchar(200),
    email       varchar(254),
    phone       varchar(60),
    focal_point boolean      not null default false,
    member_id   bigint       references directory.member (id),
    partner_id  bigint       references directory.partner (id),
    body_id     bigint       references directory.body (id),
    forum_id    bigint       references directory.forum (id),
    version     integer      not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

-- [jooq ignore start]
alter table directory.contact add constraint contact_one_organisation
    check (num_nonnulls(member_id, partner_id, body_id, forum_id) = 1);
-- [jooq ignore stop]

create index contact_member on directory.contact (member_id);
create index contact_partner on directory.contact (partner_id);
create index contact_body on directory.contact (body_id);
create index contact_forum on directory.contact (forum_id);

-- Commitments from ministerial declarations, co-chairs' statements and work plans. shipped_key identifies a
-- commitment loaded from the shipped file (its row), so a new version of the file adds only new rows.
create table directory.commitment (
    id              bigint generated always as identity primary key,
    source_document varchar(300)  not null,
    year            integer       not null,
    reference       varchar(100),
    text            varchar(5000) not null,
    source_url      varchar(2000),
    shipped_key     varchar(100),
    shipped         boolean       not null default false,
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint commitment_shipped_key_unique unique (shipped_key),
    constraint commitment_year check (year between 1990 and 2100)
);

-- The purposes of a plan a commitment is linked to, by plan code and purpose number (the plan module owns
-- plans and purposes; this module reads them through PlanService).
create table directory.commitment_purpose (
    commitment_id  bigint      not null references directory.commitment (id) on delete cascade,
    plan_code      varchar(20) not null,
    purpose_number integer     not null,
    primary key (commitment_id, plan_code, purpose_number),
    constraint commitment_purpose_number check (purpose_number between 1 and 20)
);

create index commitment_purpose_plan on directory.commitment_purpose (plan_code, purpose_number);
