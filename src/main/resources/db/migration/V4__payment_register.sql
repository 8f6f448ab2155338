-- The invoice register of each ente: what the ragioneria imported, and the instalments the indicators weigh
-- (docs/payments.md). An import replaces the instalments received in the years it covers.
create table payment_import (
  id              bigint generated always as identity primary key,
  entity_id       bigint not null references entity (id) on delete cascade,
  imported_by     text not null,
  imported_at     timestamptz not null default now(),
  file_names      text[] not null,
  documents_read  integer not null,
  credit_notes    integer not null,
  instalments     integer not null,
  excluded        integer not null,
  years_replaced  integer[] not null,
  warnings        text[] not null,
  unique (entity_id, id)
);
create index payment_import_entity on payment_import (entity_id, imported_at);

-- One amount owed by a due date: an invoice instalment, or the paid or unpaid part of one. Amounts are stored as
-- computed (numeric without scale), so that indicators recomputed from here equal those of the import.
create table payment_instalment (
  entity_id         bigint not null,
  import_id         bigint not null,
  position          integer not null,
  supplier          text not null,
  invoice_number    text not null,
  instalment        integer not null,
  receipt_date      date not null,
  due_date          date not null,
  amount            numeric not null,
  paid_date         date,
  suspended_days    integer not null default 0,
  exclusion_reason  text,
  flags             text[] not null default '{}',
  source            text not null,
  primary key (entity_id, import_id, position),
  foreign key (entity_id, import_id) references payment_import (entity_id, id) on delete cascade
);
create index payment_instalment_receipt on payment_instalment (entity_id, receipt_date);

-- A plan indicator whose achieved value is a computed payment figure (objective 7: annual delay < 0).
create table indicator_binding (
  entity_id     bigint not null,
  indicator_id  bigint not null,
  metric        text not null check (metric in ('ANNUAL_DELAY', 'ITP')),
  bound_by      text not null,
  bound_at      timestamptz not null default now(),
  primary key (entity_id, indicator_id),
  foreign key (entity_id, indicator_id) references indicator (entity_id, id) on delete cascade
);
