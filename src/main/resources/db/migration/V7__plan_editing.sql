-- Editing a plan: weights, the PIAO dimensions an objective serves, named managers, and the versions that adoption
-- and every variazione freeze.

alter table objective add column weight numeric(5, 2) check (weight > 0 and weight <= 100);
-- DM 30 giugno 2022 n. 132 art. 3 (semplificazione, digitalizzazione, piena accessibilità, pari opportunità ed
-- equilibrio di genere) and circolare DFP n. 2/2022 (efficientamento energetico).
alter table objective add column dimensions text[] not null default '{}'
  check (dimensions <@ array['SEMPLIFICAZIONE', 'DIGITALIZZAZIONE', 'ACCESSIBILITA', 'PARI_OPPORTUNITA',
                             'EFFICIENTAMENTO_ENERGETICO']::text[]);
alter table indicator add column weight numeric(5, 2) check (weight > 0 and weight <= 100);

-- Managers named on an objective; when none is named, the managers of the objective's unit answer for it.
create table objective_manager (
  entity_id     bigint not null,
  objective_id  bigint not null,
  person_id     bigint not null,
  primary key (objective_id, person_id),
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade,
  foreign key (entity_id, person_id) references person (entity_id, id) on delete cascade
);

-- A variazione in progress: the act that approved it is known when it opens; edits past BOZZA are allowed only
-- while one is open, and closing it freezes a new version.
alter table plan add column variation_reason text;
alter table plan add column variation_act text;
alter table plan add column variation_date date;
alter table plan add column variation_opened_by text;

-- Each frozen version of a plan (1 = as adopted), as the plan JSON, to show history and differences.
create table plan_version (
  id           bigint generated always as identity primary key,
  entity_id    bigint not null,
  plan_id      bigint not null,
  number       integer not null check (number > 0),
  kind         text not null check (kind in ('ADOZIONE', 'VARIAZIONE')),
  reason       text,
  act          text,
  act_date     date,
  snapshot     jsonb not null,
  recorded_by  text not null,
  recorded_at  timestamptz not null default now(),
  unique (plan_id, number),
  foreign key (entity_id, plan_id) references plan (entity_id, id) on delete cascade
);

-- Lifecycle steps after adoption; the year names the year reported on or validated.
alter table plan_event add column year integer;
alter table plan_event drop constraint plan_event_kind_check;
alter table plan_event add constraint plan_event_kind_check
  check (kind in ('ADOZIONE', 'VARIAZIONE', 'MONITORAGGIO', 'RENDICONTAZIONE', 'VALIDAZIONE'));
