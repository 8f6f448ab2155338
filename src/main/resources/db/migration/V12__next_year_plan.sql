-- Next year's plan: the plan a draft was rolled forward from, and what of the draft needs review.

alter table plan add column source_plan_id bigint;
alter table plan add constraint plan_source_plan_fk foreign key (entity_id, source_plan_id)
  references plan (entity_id, id) on delete set null (source_plan_id);
create index plan_source_plan on plan (entity_id, source_plan_id);

create table plan_review_item (
  id                bigint generated always as identity primary key,
  entity_id         bigint not null,
  plan_id           bigint not null,
  position          integer not null,
  objective_id      bigint,
  objective_number  text,
  reason            text not null check (reason in ('PREMESSA', 'OBIETTIVO_CONCLUSO', 'FASE_CONCLUSA',
                                                    'VALORE_ATTESO_NUOVO_ANNO', 'SCADENZA_PASSATA', 'ANNO_PASSATO')),
  subject           text not null,
  message           text not null,
  unique (plan_id, position),
  foreign key (entity_id, plan_id) references plan (entity_id, id) on delete cascade,
  foreign key (entity_id, objective_id) references objective (entity_id, id) on delete cascade
);
