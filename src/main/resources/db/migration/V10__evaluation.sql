-- Evaluation: the Nucleo di Valutazione's review and validation of a year's results, the ente's SMVP for its EQs,
-- each EQ's individual evaluation and result pay.

-- The SMVP for the evaluation of the ente's EQs, one per year: a year without one uses the latest earlier one, or
-- the default of docs/valutazione.md. Criteria, scale and bands are kept as the configuration page writes them.
create table smvp (
  id                bigint generated always as identity primary key,
  entity_id         bigint not null references entity (id) on delete cascade,
  year              integer not null,
  results_weight    numeric(5, 2) not null check (results_weight >= 30 and results_weight <= 100),
  behaviour_weight  numeric(5, 2) not null check (behaviour_weight >= 0),
  criteria          jsonb not null,
  scale             jsonb not null,
  bands             jsonb not null,
  budget            numeric(12, 2) check (budget >= 0),
  updated_by        text not null,
  updated_at        timestamptz not null default now(),
  version           integer not null default 0,
  unique (entity_id, year),
  check (results_weight + behaviour_weight = 100)
);

-- Objectives marked as the payment-timeliness one (art. 4-bis c. 2 DL 13/2023), besides those holding an indicator
-- bound to the annual delay.
create table payment_objective (
  entity_id     bigint not null,
  objective_id  bigint not null primary key,
  marked_by     text not null,
  marked_at     timestamptz not null default now(),
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade
);

-- The NdV's review of an objective in a year: the computed achievement accepted, or its own set with a reason; and
-- its notes.
create table objective_review (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  objective_id  bigint not null,
  year          integer not null,
  decision      text check (decision in ('ACCETTATO', 'RIDETERMINATO')),
  percentage    numeric(5, 2) check (percentage >= 0),
  reason        text,
  note          text,
  reviewed_by   text not null,
  reviewed_at   timestamptz not null default now(),
  version       integer not null default 0,
  unique (objective_id, year),
  check ((decision = 'RIDETERMINATO') = (percentage is not null)),
  check (decision is distinct from 'RIDETERMINATO' or length(trim(reason)) > 0),
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade
);

-- The NdV's own achievement of an indicator in a year, with its reason (qualitative targets, corrections).
create table indicator_review (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  indicator_id  bigint not null,
  year          integer not null,
  percentage    numeric(5, 2) not null check (percentage >= 0),
  reason        text not null check (length(trim(reason)) > 0),
  reviewed_by   text not null,
  reviewed_at   timestamptz not null default now(),
  version       integer not null default 0,
  unique (indicator_id, year),
  foreign key (entity_id, indicator_id) references indicator (entity_id, id) on delete cascade
);

-- The NdV's validation of a plan's year: its act, and the values the results were validated with, which then stay.
create table year_validation (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  plan_id       bigint not null,
  year          integer not null,
  act           text not null check (length(trim(act)) > 0),
  act_date      date not null,
  statement     text not null,
  validated_by  text not null,
  validated_at  timestamptz not null default now(),
  unique (entity_id, id),
  unique (plan_id, year),
  foreign key (entity_id, plan_id) references plan (entity_id, id) on delete cascade
);

create table validated_value (
  entity_id      bigint not null,
  validation_id  bigint not null,
  indicator_id   bigint not null,
  value_text     text not null,
  primary key (validation_id, indicator_id),
  foreign key (entity_id, validation_id) references year_validation (entity_id, id) on delete cascade,
  foreign key (entity_id, indicator_id) references indicator (entity_id, id) on delete cascade
);

-- One EQ's evaluation in a plan's year: the most result pay they can receive, the NdV's behaviour levels (criterion
-- name → level of the year's scale), and their acknowledgement of the sheet.
create table individual_evaluation (
  id                        bigint generated always as identity primary key,
  entity_id                 bigint not null,
  plan_id                   bigint not null,
  year                      integer not null,
  person_id                 bigint not null,
  max_allowance             numeric(10, 2) check (max_allowance >= 0),
  behaviour                 jsonb not null default '{}',
  behaviour_note            text,
  acknowledged_on           date,
  acknowledged_by           text,
  acknowledgement_comment   text,
  updated_by                text not null,
  updated_at                timestamptz not null default now(),
  version                   integer not null default 0,
  unique (entity_id, id),
  unique (plan_id, year, person_id),
  foreign key (entity_id, plan_id) references plan (entity_id, id) on delete cascade,
  foreign key (entity_id, person_id) references person (entity_id, id) on delete cascade
);

-- The weights of an EQ's objectives within the results component, when someone changed the default ones.
create table evaluation_weight (
  entity_id      bigint not null,
  evaluation_id  bigint not null,
  objective_id   bigint not null,
  weight         numeric(5, 2) not null check (weight >= 0 and weight <= 100),
  primary key (evaluation_id, objective_id),
  foreign key (entity_id, evaluation_id) references individual_evaluation (entity_id, id) on delete cascade,
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade
);
