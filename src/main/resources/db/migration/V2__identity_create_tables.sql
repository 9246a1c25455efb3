create schema identity;

-- E-mail addresses are kept in lower case, which makes them unique regardless of case.
create table identity.app_user (
    id                   bigint generated always as identity primary key,
    email                varchar(254) not null,
    display_name         varchar(120) not null,
    member_code          varchar(8),
    preferred_language   varchar(8)   not null default 'en',
    password_hash        varchar(255) not null,
    active               boolean      not null default true,
    must_change_password boolean      not null default false,
    version              integer      not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint app_user_email_unique unique (email),
    constraint app_user_email_lower check (email = lower(email)),
    constraint app_user_language check (preferred_language in ('en', 'id'))
);

create table identity.user_role (
    user_id bigint      not null references identity.app_user (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role),
    constraint user_role_known check (role in ('ADMIN', 'CO_MANAGER', 'PROGRAMME_OFFICER', 'MEL_OFFICER',
                                               'MEMBER_FOCAL_POINT', 'VIEWER'))
);

-- Personal access tokens for the API: only a SHA-256 of the secret is stored.
create table identity.access_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references identity.app_user (id) on delete cascade,
    name         varchar(80)  not null,
    token_hash   char(64)     not null,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint access_token_hash_unique unique (token_hash)
);
create index access_token_user_idx on identity.access_token (user_id);

-- Failed sign-ins are counted per e-mail typed, whether or not such a user exists, so that the
-- answer never tells which addresses have accounts.
create table identity.sign_in_failure (
    id        bigint generated always as identity primary key,
    email     varchar(254) not null,
    failed_at timestamptz  not null default now()
);
create index sign_in_failure_email_idx on identity.sign_in_failure (email, failed_at);

create table identity.sign_in_lock (
    email        varchar(254) primary key,
    locked_until timestamptz  not null
);
