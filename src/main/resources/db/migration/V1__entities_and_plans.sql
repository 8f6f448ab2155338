-- Tenancy: every row of an ente's data carries entity_id, and every reference between such rows goes through a
-- composite key (entity_id, id), so that the database itself refuses a link from one ente's data to another's.

create table entity (
  id          bigint generated always as identity primary key,
  code        text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name        text not null check (length(trim(name)) > 0),
  kind        text not null default 'COMUNE',
  created_at  timestamptz not null default now(),
  version     integer not null default 0
);

create table org_unit (
  id          bigint generated always as identity primary key,
  entity_id   bigint not null references entity (id) on delete cascade,
  name        text not null,
  position    integer not null,
  version     integer not null default 0,
  unique (entity_id, id),
  unique (entity_id, name)
);

create table person (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null references entity (id) on delete cascade,
  full_name     text not null,
  role_title    text not null,
  email         text,
  pays_invoices boolean not null default false,
  version       integer not null default 0,
  unique (entity_id, id)
);

create table person_unit (
  entity_id    bigint not null,
  person_id    bigint not null,
  org_unit_id  bigint not null,
  primary key (person_id, org_unit_id),
  foreign key (entity_id, person_id) references person (entity_id, id) on delete cascade,
  foreign key (entity_id, org_unit_id) references org_unit (entity_id, id) on delete cascade
);

-- A login; it may belong to several enti through its memberships. The platform administrator has none.
create table app_user (
  id              bigint generated always as identity primary key,
  username        text not null unique,
  password_hash   text not null,
  platform_admin  boolean not null default false,
  enabled         boolean not null default true,
  created_at      timestamptz not null default now(),
  version         integer not null default 0
);

create table membership (
  entity_id  bigint not null references entity (id) on delete cascade,
  user_id    bigint not null references app_user (id) on delete cascade,
  role       text not null check (role in ('SEGRETARIO', 'RESPONSABILE', 'NDV', 'GIUNTA', 'RAGIONERIA')),
  person_id  bigint,
  primary key (entity_id, user_id, role),
  foreign key (entity_id, person_id) references person (entity_id, id) on delete set null (person_id)
);

create table plan (
  id               bigint generated always as identity primary key,
  entity_id        bigint not null references entity (id) on delete cascade,
  first_year       integer not null,
  last_year        integer not null,
  state            text not null check (state in ('BOZZA', 'ADOTTATO', 'IN_MONITORAGGIO', 'RENDICONTATO', 'VALIDATO')),
  entity_name      text not null,
  province         text,
  title            text,
  premise          text,
  adoption_act     text,
  adoption_date    date,
  adoption_sample  boolean not null default false,
  source_name      text,
  imported_at      timestamptz not null default now(),
  imported_by      text,
  version          integer not null default 0,
  check (last_year >= first_year),
  unique (entity_id, id),
  unique (entity_id, first_year, last_year)
);

-- The document's own table of contents, kept to compare it with the sheets.
create table contents_entry (
  id           bigint generated always as identity primary key,
  entity_id    bigint not null,
  plan_id      bigint not null,
  position     integer not null,
  number       text,
  title        text not null,
  page         text,
  source_line  integer,
  foreign key (entity_id, plan_id) references plan (entity_id, id) on delete cascade
);

create table import_diagnostic (
  id         bigint generated always as identity primary key,
  entity_id  bigint not null,
  plan_id    bigint not null,
  position   integer not null,
  severity   text not null check (severity in ('ERROR', 'WARNING', 'INFO')),
  line       integer,
  message    text not null,
  foreign key (entity_id, plan_id) references plan (entity_id, id) on delete cascade
);

create table objective (
  id                   bigint generated always as identity primary key,
  entity_id            bigint not null,
  plan_id              bigint not null,
  position             integer not null,
  number               text not null,
  kind                 text not null check (kind in ('TRANSVERSAL', 'SECTORAL')),
  title                text not null,
  org_unit_id          bigint,
  unit_name            text,
  description          text,
  assignment           text,
  risk                 text check (risk in ('BASSO', 'MEDIO', 'ALTO')),
  strategic_degree     text check (strategic_degree in ('BASSO', 'MEDIO', 'ALTO')),
  public_value_impact  text check (public_value_impact in ('BASSO', 'MEDIO', 'ALTO')),
  narrative            text,
  source_line          integer,
  version              integer not null default 0,
  unique (entity_id, id),
  foreign key (entity_id, plan_id) references plan (entity_id, id) on delete cascade,
  foreign key (entity_id, org_unit_id) references org_unit (entity_id, id)
);
create index objective_plan on objective (plan_id, position);

create table phase (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  objective_id  bigint not null,
  position      integer not null,
  number        integer not null,
  description   text not null,
  horizon       text,
  years         integer[] not null default '{}',
  assignee      text,
  source_line   integer,
  version       integer not null default 0,
  unique (entity_id, id),
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade
);
create index phase_objective on phase (objective_id, position);

create table budget_link (
  id              bigint generated always as identity primary key,
  entity_id       bigint not null,
  objective_id    bigint not null,
  position        integer not null,
  mission         char(2) not null,
  programme       char(2) not null,
  mission_text    text,
  programme_text  text,
  source_line     integer,
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade
);
create index budget_link_objective on budget_link (objective_id, position);

create table indicator (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  objective_id  bigint not null,
  position      integer not null,
  phase_number  integer,
  name          text not null,
  extra         jsonb not null default '{}',
  target_text   text,
  achieved_text text,
  source_line   integer,
  version       integer not null default 0,
  unique (entity_id, id),
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade
);
create index indicator_objective on indicator (objective_id, position);

-- Achieved values per year and checkpoint (mid = 30 June, final = 31 December).
create table indicator_actual (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  indicator_id  bigint not null,
  year          integer not null,
  checkpoint    text not null check (checkpoint in ('mid', 'final')),
  value_text    text not null,
  note          text,
  recorded_by   text not null,
  recorded_at   timestamptz not null default now(),
  version       integer not null default 0,
  unique (indicator_id, year, checkpoint),
  foreign key (entity_id, indicator_id) references indicator (entity_id, id) on delete cascade
);
