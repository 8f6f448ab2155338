-- Generated documents (PIAO and Relazione, PDF and DOCX), kept so that a slow rendering is done once and serves
-- every node and every restart. A plan's files belong to one version of its content: storing the files of a newer
-- import removes those of older ones.
create table document_file (
  plan_id       bigint not null references plan (id) on delete cascade,
  plan_version  timestamptz not null,
  year          integer not null,
  kind          text not null,
  content       bytea not null,
  created_at    timestamptz not null default now(),
  primary key (plan_id, plan_version, year, kind)
);
