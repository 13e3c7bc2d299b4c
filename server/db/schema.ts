// Modelled on Mastodon's tables (db/schema.rb), reduced to the columns this API uses.
export const SCHEMA_VERSION = 1;

export const schemaSql = /* sql */ `
CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE IF NOT EXISTS user_roles (
  id bigint PRIMARY KEY,
  name text NOT NULL DEFAULT '',
  color text NOT NULL DEFAULT '',
  position integer NOT NULL DEFAULT 0,
  permissions bigint NOT NULL DEFAULT 0,
  highlighted boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS accounts (
  id bigint PRIMARY KEY,
  username text NOT NULL,
  domain text,
  display_name text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  fields jsonb NOT NULL DEFAULT '[]',
  avatar_url text,
  header_url text,
  avatar_description text NOT NULL DEFAULT '',
  header_description text NOT NULL DEFAULT '',
  locked boolean NOT NULL DEFAULT false,
  bot boolean NOT NULL DEFAULT false,
  group_actor boolean NOT NULL DEFAULT false,
  discoverable boolean NOT NULL DEFAULT true,
  statuses_count integer NOT NULL DEFAULT 0,
  followers_count integer NOT NULL DEFAULT 0,
  following_count integer NOT NULL DEFAULT 0,
  last_status_at timestamptz,
  silenced_at timestamptz,
  suspended_at timestamptz,
  suspension_origin smallint,
  sensitized_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS index_accounts_on_username_and_domain_lower
  ON accounts (lower(username), COALESCE(lower(domain), ''));
CREATE INDEX IF NOT EXISTS index_accounts_on_username_prefix ON accounts (lower(username) text_pattern_ops, id);
CREATE INDEX IF NOT EXISTS index_accounts_on_display_name_prefix ON accounts (lower(display_name) text_pattern_ops, id);
CREATE INDEX IF NOT EXISTS index_accounts_on_domain ON accounts (domain, id) WHERE domain IS NOT NULL;
CREATE INDEX IF NOT EXISTS index_accounts_local ON accounts (id) WHERE domain IS NULL;
CREATE INDEX IF NOT EXISTS index_accounts_remote ON accounts (id) WHERE domain IS NOT NULL;
CREATE INDEX IF NOT EXISTS index_accounts_silenced ON accounts (id) WHERE silenced_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS index_accounts_suspended ON accounts (id) WHERE suspended_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS index_accounts_sensitized ON accounts (id) WHERE sensitized_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS account_deletion_requests (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS oauth_applications (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  uid text NOT NULL UNIQUE,
  secret text NOT NULL,
  redirect_uri text NOT NULL,
  scopes text NOT NULL DEFAULT 'read',
  website text,
  created_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS users (
  id bigint PRIMARY KEY,
  account_id bigint NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
  email text NOT NULL,
  encrypted_password text NOT NULL DEFAULT '',
  confirmed_at timestamptz,
  approved boolean NOT NULL DEFAULT true,
  disabled boolean NOT NULL DEFAULT false,
  locale text,
  role_id bigint REFERENCES user_roles(id),
  invite_id bigint,
  created_by_application_id bigint,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS index_users_on_email ON users (lower(email));
CREATE INDEX IF NOT EXISTS index_users_on_email_prefix ON users (lower(email) text_pattern_ops);
CREATE INDEX IF NOT EXISTS index_users_pending ON users (account_id) WHERE approved = false;
CREATE INDEX IF NOT EXISTS index_users_disabled ON users (account_id) WHERE disabled = true;
CREATE INDEX IF NOT EXISTS index_users_on_role_id ON users (role_id) WHERE role_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS index_users_on_invite_id ON users (invite_id) WHERE invite_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS invites (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS user_invite_requests (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
  text text NOT NULL
);

-- Mastodon builds user_ips as a view over sign-up, sign-in and session IPs; here it is one table.
CREATE TABLE IF NOT EXISTS user_ips (
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  ip inet NOT NULL,
  used_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, ip)
);
CREATE INDEX IF NOT EXISTS index_user_ips_on_ip ON user_ips USING gist (ip inet_ops);

CREATE TABLE IF NOT EXISTS oauth_access_grants (
  id bigserial PRIMARY KEY,
  token text NOT NULL UNIQUE,
  application_id bigint NOT NULL REFERENCES oauth_applications(id) ON DELETE CASCADE,
  resource_owner_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  redirect_uri text NOT NULL,
  scopes text NOT NULL,
  code_challenge text,
  code_challenge_method text,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS oauth_access_tokens (
  id bigserial PRIMARY KEY,
  token text NOT NULL UNIQUE,
  application_id bigint REFERENCES oauth_applications(id) ON DELETE CASCADE,
  resource_owner_id bigint REFERENCES users(id) ON DELETE CASCADE,
  scopes text NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS web_sessions (
  id text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS reports (
  id bigint PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  target_account_id bigint NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  assigned_account_id bigint REFERENCES accounts(id) ON DELETE SET NULL,
  action_taken_by_account_id bigint REFERENCES accounts(id) ON DELETE SET NULL,
  action_taken_at timestamptz,
  category text NOT NULL DEFAULT 'other',
  comment text NOT NULL DEFAULT '',
  forwarded boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS index_reports_on_target_account_id ON reports (target_account_id);

CREATE TABLE IF NOT EXISTS account_warning_presets (
  id bigserial PRIMARY KEY,
  title text NOT NULL DEFAULT '',
  text text NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS account_warnings (
  id bigint PRIMARY KEY,
  account_id bigint REFERENCES accounts(id) ON DELETE SET NULL,
  target_account_id bigint NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  action text NOT NULL,
  text text NOT NULL DEFAULT '',
  report_id bigint REFERENCES reports(id) ON DELETE SET NULL,
  send_email boolean NOT NULL,
  created_at timestamptz NOT NULL
);

-- Uploaded avatars and headers, kept in the database so --memory needs no files.
CREATE TABLE IF NOT EXISTS media_files (
  path text PRIMARY KEY,
  content_type text NOT NULL,
  data bytea NOT NULL
);
`;

export const DATA_TABLES = [
  'media_files',
  'account_warnings',
  'account_warning_presets',
  'reports',
  'web_sessions',
  'oauth_access_tokens',
  'oauth_access_grants',
  'user_ips',
  'user_invite_requests',
  'invites',
  'users',
  'oauth_applications',
  'account_deletion_requests',
  'accounts',
  'user_roles',
] as const;
