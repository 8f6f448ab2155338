-- The audit trail: who changed what, when, before and after. No foreign key to the plan's rows: the record must
-- outlive what it describes (a replaced plan, a deleted objective).
create table audit_event (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null references entity (id) on delete cascade,
  recorded_at   timestamptz not null default now(),
  actor         text not null,
  action        text not null,
  plan_id       bigint,
  objective_id  bigint,
  subject       text not null,
  before_value  text,
  after_value   text
);
create index audit_event_entity on audit_event (entity_id, recorded_at desc);
create index audit_event_objective on audit_event (entity_id, objective_id, recorded_at desc);
