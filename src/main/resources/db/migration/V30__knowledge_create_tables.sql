create schema knowledge;

-- Knowledge products of the RSO (Purpose 3 above all): guides, briefing notes, toolkits, research and
-- training modules. The activity (workplan) and the partners (directory) are named by id without a foreign
-- key into another module's schema; the knowledge module checks them through those modules' services when it
-- writes, and contributes reference checks so that neither can be deleted while a product names it.
create table knowledge.product (
    id               bigint generated always as identity primary key,
    type             varchar(32)  not null,
    title            varchar(300) not null,
    summary          text         not null default '',
    activity_id      bigint,
    stage            varchar(20)  not null default 'CONCEPT',
    stage_date       date         not null,
    publication_date date,
    public_url       varchar(500),
    version          integer      not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint product_type check (type in ('PRACTITIONER_GUIDE', 'POLICY_GUIDE', 'THEMATIC_BRIEFING_NOTE',
        'PRACTICAL_GUIDE', 'TOOLKIT', 'RESEARCH_REPORT', 'TRAINING_MODULE', 'OTHER')),
    constraint product_stage check (stage in ('CONCEPT', 'DRAFTING', 'PEER_REVIEW', 'MEMBER_CLEARANCE', 'PUBLISHED',
        'WITHDRAWN')),
    constraint product_title_length check (char_length(title) between 1 and 300),
    constraint product_summary_length check (char_length(summary) <= 5000),
    constraint product_published_dated check (stage <> 'PUBLISHED' or publication_date is not null)
);
create index product_activity on knowledge.product (activity_id);
create index product_stage on knowledge.product (stage);
create index product_stage_date on knowledge.product (stage_date);

-- The partners who produced a product with the RSO (directory.partner ids).
create table knowledge.product_partner (
    product_id bigint not null references knowledge.product (id) on delete cascade,
    partner_id bigint not null,
    primary key (product_id, partner_id)
);
create index product_partner_partner on knowledge.product_partner (partner_id);

-- The languages a product is available in, as ISO 639-1 codes.
create table knowledge.product_language (
    product_id bigint     not null references knowledge.product (id) on delete cascade,
    code       varchar(2) not null,
    primary key (product_id, code),
    constraint product_language_code check (code ~ '^[a-z]{2}$')
);
create index product_language_code on knowledge.product_language (code);

-- The dated history of a product's stages, oldest first: one row per change, the first one the concept.
-- A note documents a move backwards (or a reinstatement after withdrawal), which is refused without one.
create table knowledge.stage_change (
    id          bigint generated always as identity primary key,
    product_id  bigint       not null references knowledge.product (id) on delete cascade,
    stage       varchar(20)  not null,
    changed_on  date         not null,
    note        varchar(1000),
    recorded_at timestamptz  not null default now(),
    constraint stage_change_stage check (stage in ('CONCEPT', 'DRAFTING', 'PEER_REVIEW', 'MEMBER_CLEARANCE',
        'PUBLISHED', 'WITHDRAWN'))
);
create index stage_change_product on knowledge.stage_change (product_id, id);
