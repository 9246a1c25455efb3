-- Member requests: what members, Bali Process bodies and the Co-Chairs ask of the RSO, and how the RSO
-- answers. Members (directory.member, by code), bodies and contacts (directory), users (identity.app_user)
-- and activities (workplan.activity) are other modules' records, referred to by id or code and checked by
-- the request service.
create schema request;

create table request.member_request (
    id                    bigint generated always as identity primary key,
    requester_kind        varchar(10)   not null,
    requester_member_code varchar(8),
    requester_body_id     bigint,
    requester_contact_id  bigint,
    received_date         date          not null,
    channel               varchar(20)   not null,
    subject               varchar(300)  not null,
    description           text          not null default '',
    type                  varchar(30)   not null,
    assigned_officer_id   bigint,
    status                varchar(20)   not null default 'RECEIVED',
    acknowledged_date     date,
    due_date              date          not null,
    delivered_date        date,
    closed_date           date,
    status_reason         text,
    response_summary      text          not null default '',
    submitted_by          bigint,
    version               integer       not null default 0,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    constraint member_request_requester check (
        (requester_kind = 'MEMBER' and requester_member_code is not null and requester_body_id is null)
        or (requester_kind = 'BODY' and requester_body_id is not null and requester_member_code is null)
        or (requester_kind = 'CO_CHAIRS' and requester_member_code is null and requester_body_id is null)),
    constraint member_request_channel check (channel in ('EMAIL', 'LETTER', 'MEETING', 'PHONE', 'KINERJA', 'OTHER')),
    constraint member_request_type check (type in ('TECHNICAL_ASSISTANCE', 'RESEARCH', 'EVENT_SUPPORT', 'TRAINING',
        'INFORMATION', 'OTHER')),
    constraint member_request_status check (status in ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'DELIVERED', 'DECLINED',
        'WITHDRAWN')),
    constraint member_request_dates check (due_date >= received_date
        and (acknowledged_date is null or acknowledged_date >= received_date)
        and (delivered_date is null or delivered_date >= received_date)
        and (closed_date is null or closed_date >= received_date))
);

create index member_request_member on request.member_request (requester_member_code);
create index member_request_body on request.member_request (requester_body_id);
create index member_request_received on request.member_request (received_date);
create index member_request_status on request.member_request (status);
create index member_request_officer on request.member_request (assigned_officer_id);

-- The work plan activities through which a request is answered.
create table request.member_request_activity (
    request_id  bigint not null references request.member_request (id) on delete cascade,
    activity_id bigint not null,
    primary key (request_id, activity_id)
);

create index member_request_activity_activity on request.member_request_activity (activity_id);

-- Every status change of a request, with its date and reason.
create table request.status_change (
    id          bigint generated always as identity primary key,
    request_id  bigint        not null references request.member_request (id) on delete cascade,
    from_status varchar(20),
    to_status   varchar(20)   not null,
    change_date date          not null,
    reason      text,
    changed_by  bigint,
    changed_at  timestamptz   not null default now()
);

create index status_change_request on request.status_change (request_id);
