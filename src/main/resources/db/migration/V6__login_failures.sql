-- Failed logins, to slow down password guessing on every node of an installation alike.
create table login_failure (
  id         bigint generated always as identity primary key,
  username   text not null,
  failed_at  timestamptz not null default now()
);
create index login_failure_recent on login_failure (username, failed_at desc);
