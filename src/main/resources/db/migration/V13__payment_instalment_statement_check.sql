-- The link of every instalment to an import of its own ente, checked once per statement instead of once per row.
--
-- The foreign key (entity_id, import_id) → payment_import (entity_id, id) looked its import up for each stored row:
-- about three quarters of the server's time when COPY stores a register (docs/benchmarks.md). These triggers keep
-- what it guaranteed, with one set-based look-up per statement:
--   * an instalment names an import of the same ente, or the statement that writes it fails (insert, COPY, update);
--   * deleting an import deletes its instalments (as ON DELETE CASCADE did, so deleting an ente still empties it);
--   * an import's keys cannot change, nor can payment_import be truncated, while instalments name it.
-- Like the foreign key, the check locks the imports it finds (FOR KEY SHARE), so an import deleted by a concurrent
-- transaction either waits for the instalments to be committed (and then deletes them) or makes their statement
-- fail. The cascade sees concurrent instalments at READ COMMITTED, the isolation the application uses.
-- Functions pin the search_path they were created with, so they find these tables whatever the caller's path.

alter table payment_instalment drop constraint payment_instalment_entity_id_import_id_fkey;

create function payment_instalment_import_check() returns trigger
  language plpgsql set search_path from current as $$
declare
  link record;
begin
  -- a register is one import: the distinct pairs are usually one, whatever the number of rows
  for link in select distinct entity_id, import_id from new_instalments loop
    perform 1 from payment_import where entity_id = link.entity_id and id = link.import_id for key share;
    if not found then
      raise foreign_key_violation using
        message = format('payment_instalment: ente %s has no import %s', link.entity_id, link.import_id),
        table = 'payment_instalment';
    end if;
  end loop;
  return null;
end $$;

create trigger payment_instalment_import_on_insert after insert on payment_instalment
  referencing new table as new_instalments
  for each statement execute function payment_instalment_import_check();

create trigger payment_instalment_import_on_update after update on payment_instalment
  referencing new table as new_instalments
  for each statement execute function payment_instalment_import_check();

create function payment_import_delete_instalments() returns trigger
  language plpgsql set search_path from current as $$
begin
  delete from payment_instalment i using deleted_imports d where i.entity_id = d.entity_id and i.import_id = d.id;
  return null;
end $$;

create trigger payment_import_cascade after delete on payment_import
  referencing old table as deleted_imports
  for each statement execute function payment_import_delete_instalments();

create function payment_import_keys_in_use() returns trigger
  language plpgsql set search_path from current as $$
begin
  if exists (select 1 from payment_instalment where entity_id = old.entity_id and import_id = old.id) then
    raise foreign_key_violation using
      message = format('payment_import: import %s of ente %s still has instalments', old.id, old.entity_id),
      table = 'payment_import';
  end if;
  return null;
end $$;

create trigger payment_import_keys after update of entity_id, id on payment_import
  for each row when (old.entity_id <> new.entity_id or old.id <> new.id)
  execute function payment_import_keys_in_use();

create function payment_import_truncate_check() returns trigger
  language plpgsql set search_path from current as $$
begin
  -- after the whole TRUNCATE: truncating both tables together stays allowed
  if exists (select 1 from payment_instalment) then
    raise foreign_key_violation using
      message = 'payment_import cannot be truncated while payment_instalment has rows',
      table = 'payment_import';
  end if;
  return null;
end $$;

create trigger payment_import_truncate after truncate on payment_import
  for each statement execute function payment_import_truncate_check();
