-- Progress besides the achieved values: phase status per year, the objective's "stato di attuazione" per
-- checkpoint, and evidence files attached to an indicator's value. Each row carries a version for optimistic locking.

create table phase_progress (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  phase_id      bigint not null,
  year          integer not null,
  status        text not null check (status in ('DA_AVVIARE', 'IN_CORSO', 'COMPLETATA', 'IN_RITARDO')),
  started_on    date,
  completed_on  date,
  note          text,
  recorded_by   text not null,
  recorded_at   timestamptz not null default now(),
  version       integer not null default 0,
  unique (phase_id, year),
  check (completed_on is null or started_on is null or completed_on >= started_on),
  foreign key (entity_id, phase_id) references phase (entity_id, id) on delete cascade
);

create table objective_progress (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  objective_id  bigint not null,
  year          integer not null,
  checkpoint    text not null check (checkpoint in ('mid', 'final')),
  narrative     text not null,
  recorded_by   text not null,
  recorded_at   timestamptz not null default now(),
  version       integer not null default 0,
  unique (objective_id, year, checkpoint),
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade
);

create table evidence_file (
  id            bigint generated always as identity primary key,
  entity_id     bigint not null,
  indicator_id  bigint not null,
  year          integer not null,
  checkpoint    text not null check (checkpoint in ('mid', 'final')),
  file_name     text not null,
  content_type  text not null,
  size_bytes    integer not null check (size_bytes > 0),
  sha256        text not null,
  content       bytea not null,
  uploaded_by   text not null,
  uploaded_at   timestamptz not null default now(),
  unique (entity_id, id),
  foreign key (entity_id, indicator_id) references indicator (entity_id, id) on delete cascade
);
create index evidence_file_indicator on evidence_file (indicator_id, year, checkpoint);
