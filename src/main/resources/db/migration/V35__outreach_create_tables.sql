-- Outreach: the RSO's engagements with external forums (directory.forum). Forums, activities
-- (workplan.activity) and users (identity.app_user) are other modules' records: they are referred to by id,
-- checked by the outreach service, and kept from deletion through the directory's ReferenceCheck and the
-- work plan's ActivityReferenceCheck.
create schema outreach;

create table outreach.engagement (
    id              bigint generated always as identity primary key,
    forum_id        bigint        not null,
    engagement_date date          not null,
    type            varchar(30)   not null,
    title           varchar(300)  not null,
    audience_size   integer,
    summary         text          not null default '',
    link            varchar(500),
    activity_id     bigint,
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint engagement_type check (type in ('PRESENTATION', 'PANEL', 'SIDE_EVENT', 'BILATERAL_MEETING', 'MEDIA',
        'PUBLICATION_LAUNCH', 'SOCIAL_MEDIA', 'OTHER')),
    constraint engagement_audience_size check (audience_size is null or audience_size >= 0)
);

create index engagement_forum on outreach.engagement (forum_id);
create index engagement_date on outreach.engagement (engagement_date);
create index engagement_activity on outreach.engagement (activity_id);

-- The RSO staff who represented the RSO at an engagement.
create table outreach.engagement_representative (
    engagement_id bigint not null references outreach.engagement (id) on delete cascade,
    user_id       bigint not null,
    primary key (engagement_id, user_id)
);
