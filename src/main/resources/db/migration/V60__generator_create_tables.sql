-- The data generator (module generator) writes consistent, seeded data at a scale: the demo profile's
-- delivery (scale demo) and the benchmarks' database (scale bench). One row per generation says which scale
-- and seed a database holds, so neither is loaded twice.
create schema generator;

create table generator.generated_data (
    scale        varchar(20) not null,
    seed         bigint      not null,
    generated_at timestamptz not null default now()
);
