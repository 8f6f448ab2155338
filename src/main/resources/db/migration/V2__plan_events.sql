-- What happened to a plan in its lifecycle (adoption, and later variazioni and validation), with who and why.
create table plan_event (
  id           bigint generated always as identity primary key,
  entity_id    bigint not null,
  plan_id      bigint not null,
  kind         text not null check (kind in ('ADOZIONE')),
  act          text,
  act_date     date,
  reason       text,
  recorded_by  text not null,
  recorded_at  timestamptz not null default now(),
  foreign key (entity_id, plan_id) references plan (entity_id, id) on delete cascade
);
create index plan_event_plan on plan_event (plan_id, recorded_at);
