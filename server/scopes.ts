const READ = ['accounts', 'blocks', 'bookmarks', 'favourites', 'filters', 'follows', 'lists', 'mutes', 'notifications', 'search', 'statuses'];
const WRITE = ['accounts', 'blocks', 'bookmarks', 'conversations', 'favourites', 'filters', 'follows', 'lists', 'media', 'mutes', 'notifications', 'reports', 'statuses'];
const ADMIN = ['accounts', 'reports', 'domain_allows', 'domain_blocks', 'ip_blocks', 'email_domain_blocks', 'canonical_email_blocks'];

/** Every scope a Mastodon 4.4 server knows (config/initializers/doorkeeper.rb). */
export const SCOPES = [
  'read', 'write', 'push', 'follow', 'profile',
  ...READ.map((s) => `read:${s}`),
  ...WRITE.map((s) => `write:${s}`),
  'admin:read', ...ADMIN.map((s) => `admin:read:${s}`),
  'admin:write', ...ADMIN.map((s) => `admin:write:${s}`),
];

export function parseScopes(text: string | undefined | null): string[] {
  return (text ?? '').split(/[\s+]+/).filter(Boolean);
}
