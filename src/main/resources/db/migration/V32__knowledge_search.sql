-- Full-text search: one document per product, weighted title (A), summary (B) and the extracted text of
-- its PDFs (C), kept up to date by the knowledge module whenever one of them changes. jOOQ's DDL parser
-- does not know tsvector or GIN, so the column and index are hidden from code generation.
-- [jooq ignore start]
alter table knowledge.product add column search tsvector not null default ''::tsvector;
create index product_search on knowledge.product using gin (search);
-- [jooq ignore stop]
