-- Deadlines and reminders: each ente's reminder schedule and texts, the log of every reminder handled, and the table
-- db-scheduler keeps its jobs in (cluster-safe: a node picks a due execution by updating its row).

-- No row: the defaults of ReminderSettings.defaults() (version 0); the first save inserts version 1.
create table reminder_settings (
  entity_id           bigint primary key references entity (id) on delete cascade,
  enabled             boolean not null,
  due_days_before     integer not null check (due_days_before between 0 and 90),
  remind_days_before  integer not null check (remind_days_before between 0 and 90),
  overdue_every_days  integer not null check (overdue_every_days between 0 and 90),
  subject_due         text not null,
  body_due            text not null,
  subject_overdue     text not null,
  body_overdue        text not null,
  updated_by          text not null,
  updated_at          timestamptz not null default now(),
  version             integer not null default 1,
  check (remind_days_before <= due_days_before)
);

-- Every reminder handled, sent or not (no address, no SMTP, refused). A row is written before the mail goes out
-- (IN_INVIO) and completed after: the partial unique index lets one reminder per person, checkpoint, kind and day
-- through, however many nodes or clicks try; a failed one (ERRORE) may be tried again.
create table reminder_log (
  id           bigint generated always as identity primary key,
  entity_id    bigint not null references entity (id) on delete cascade,
  person_id    bigint,
  person_name  text not null,
  email        text,
  year         integer not null,
  checkpoint   text not null check (checkpoint in ('mid', 'final')),
  kind         text not null check (kind in ('SCADENZA', 'RITARDO', 'SOLLECITO')),
  sent_on      date not null,
  sent_at      timestamptz not null default now(),
  sent_by      text not null,
  items        integer not null check (items >= 0),
  outcome      text not null check (outcome in ('IN_INVIO', 'INVIATO', 'SENZA_EMAIL', 'SMTP_NON_CONFIGURATO', 'ERRORE')),
  detail       text,
  foreign key (entity_id, person_id) references person (entity_id, id) on delete set null (person_id)
);
create unique index reminder_log_once_a_day on reminder_log (entity_id, person_id, year, checkpoint, kind, sent_on)
  where outcome <> 'ERRORE';
create index reminder_log_entity on reminder_log (entity_id, sent_at desc);

-- db-scheduler 16.x, PostgreSQL (its postgresql_tables.sql).
create table scheduled_tasks (
  task_name             text not null,
  task_instance         text not null,
  task_data             bytea,
  execution_time        timestamp with time zone not null,
  picked                boolean not null,
  picked_by             text,
  last_success          timestamp with time zone,
  last_failure          timestamp with time zone,
  consecutive_failures  int,
  last_heartbeat        timestamp with time zone,
  version               bigint not null,
  priority              smallint,
  primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
