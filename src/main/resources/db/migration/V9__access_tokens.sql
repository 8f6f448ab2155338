-- Personal access tokens for the API: a user creates them in the profile and revokes them there. Only the SHA-256
-- of the secret is kept; the secret is shown once, when the token is created.
create table access_token (
  id            bigint generated always as identity primary key,
  user_id       bigint not null references app_user (id) on delete cascade,
  name          text not null check (length(trim(name)) > 0),
  secret_hash   text not null unique,
  -- the first characters of the secret, so that the owner can tell tokens apart
  hint          text not null,
  expires_on    date,
  created_at    timestamptz not null default now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
create index access_token_user on access_token (user_id, created_at desc);

-- Changes that belong to no ente (a token of the platform administrator, who is a member of none) are recorded
-- too, without an ente: the platform's own trail.
alter table audit_event alter column entity_id drop not null;
create index audit_event_platform on audit_event (recorded_at desc) where entity_id is null;
