import type { Db } from './open.ts';
import { copyRows } from './copy.ts';
import { createRandom, type Random } from './random.ts';
import { snowflake } from '../ids.ts';
import { hashPassword } from '../passwords.ts';
import { ADMIN_BITS, FLAGS, MODERATOR_BITS } from '../roles.ts';
import * as words from './seed-data.ts';

// scrypt is slow on purpose; /_dev/reset reseeds often, so each password is hashed once per process.
const hashed = new Map<string, string>();
const hashOnce = (password: string) => hashed.get(password) ?? hashed.set(password, hashPassword(password)).get(password)!;

export const SEED_EPOCH = new Date('2026-11-01T00:00:00Z');
const DAY = 86_400_000;

export const SIGN_IN_ACCOUNTS = [
  { email: 'owner@modboard.test', password: 'owner-password', username: 'owner', name: 'Instance Owner', roleId: '3' },
  { email: 'admin@modboard.test', password: 'admin-password', username: 'admin', name: 'Ada Admin', roleId: '2' },
  { email: 'moderator@modboard.test', password: 'moderator-password', username: 'moderator', name: 'Mo Moderator', roleId: '1' },
  { email: 'triage@modboard.test', password: 'triage-password', username: 'triage', name: 'Tri Age', roleId: '4' },
  { email: 'user@modboard.test', password: 'user-password', username: 'user', name: 'Una User', roleId: null },
] as const;

export const ROLES = [
  { id: '1', name: 'Moderator', color: '', position: 10, permissions: MODERATOR_BITS, highlighted: true },
  { id: '2', name: 'Admin', color: '', position: 100, permissions: ADMIN_BITS, highlighted: true },
  { id: '3', name: 'Owner', color: '', position: 1000, permissions: FLAGS.administrator, highlighted: true },
  { id: '4', name: 'Triage', color: '#6364ff', position: 5, permissions: FLAGS.manage_reports, highlighted: false },
  { id: '-99', name: '', color: '', position: -1, permissions: FLAGS.invite_users, highlighted: false },
];

/** The IP and e-mail domain shared by the main spam cluster, so tests and docs can name them. */
export const SPAM_CLUSTER = { ip: '203.0.113.7', emailDomain: 'spam.example', network: '198.51.100.0/24' };

interface Rows {
  accounts: (string | number | boolean | null | Date)[][];
  users: (string | number | boolean | null | Date)[][];
  ips: (string | Date)[][];
  reasons: (string | number)[][];
  deletions: (string | Date)[][];
  reports: (string | boolean | null | Date)[][];
  invites: (string | number | Date)[][];
}

const ACCOUNT_COLUMNS = [
  'id', 'username', 'domain', 'display_name', 'note', 'fields', 'avatar_url', 'header_url', 'locked', 'bot',
  'statuses_count', 'followers_count', 'following_count', 'last_status_at', 'silenced_at', 'suspended_at',
  'suspension_origin', 'sensitized_at', 'created_at', 'updated_at',
];
const USER_COLUMNS = [
  'id', 'account_id', 'email', 'encrypted_password', 'confirmed_at', 'approved', 'disabled', 'locale', 'role_id',
  'invite_id', 'created_by_application_id', 'created_at',
];

export async function seed(db: Db, options: { accounts: number; seed: string }): Promise<void> {
  const random = createRandom(options.seed);
  const rows: Rows = { accounts: [], users: [], ips: [], reasons: [], deletions: [], reports: [], invites: [] };
  const now = SEED_EPOCH;

  await db.transaction(async (tx) => {
    for (const role of ROLES) {
      await tx.query(
        `INSERT INTO user_roles (id, name, color, position, permissions, highlighted, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [role.id, role.name, role.color, role.position, role.permissions, role.highlighted, new Date('2023-11-01T00:00:00Z')],
      );
    }
    await tx.query(
      `INSERT INTO oauth_applications (id, name, uid, secret, redirect_uri, scopes, website, created_at)
       VALUES (1, 'Seeded sign-up app', 'seed-app', 'seed-secret', 'urn:ietf:wg:oauth:2.0:oob', 'read write', NULL, $1)`,
      [new Date('2023-11-01T00:00:00Z')],
    );
    await tx.query(
      `INSERT INTO account_warning_presets (title, text) VALUES
       ('Spam', 'Your account was used to send spam.'),
       ('Harassment', 'Your posts target other people in a way our rules forbid.')`,
    );
  });

  const staffIds: string[] = [];
  SIGN_IN_ACCOUNTS.forEach((staff, index) => {
    const createdAt = new Date(Date.UTC(2023, 10, 1 + index));
    const id = snowflake(createdAt, index + 1);
    staffIds.push(id);
    rows.accounts.push([
      id, staff.username, null, staff.name, `<p>${staff.name} keeps this instance running.</p>`, '[]', null, null,
      false, false, 120 + index, 300 + index, 80, now, null, null, null, null, createdAt, createdAt,
    ]);
    rows.users.push([
      id, id, staff.email, hashOnce(staff.password), createdAt, true, false, 'en', staff.roleId, null, null, createdAt,
    ]);
    rows.ips.push([id, `192.0.2.${10 + index}`, new Date(now.getTime() - DAY)]);
  });
  const ownerUserId = staffIds[0]!;
  for (let i = 1; i <= 20; i++) rows.invites.push([String(i), ownerUserId, `invite${i}`, new Date(Date.UTC(2024, 0, i))]);

  const start = Date.UTC(2023, 11, 1);
  const span = now.getTime() - start;
  const localIds: string[] = [...staffIds];
  for (let i = 0; i < options.accounts; i++) {
    const createdAt = new Date(start + Math.floor(((i + random.next()) / options.accounts) * span));
    const id = snowflake(createdAt, (i * 7919) & 0xffff);
    const recent = now.getTime() - createdAt.getTime() < 30 * DAY;
    if (random.chance(0.4)) addRemote(rows, random, id, createdAt, i);
    else {
      addLocal(rows, random, id, createdAt, i, recent);
      localIds.push(id);
    }
  }
  addReports(rows, random, localIds, staffIds);

  await copyRows(db, 'accounts', ACCOUNT_COLUMNS, rows.accounts);
  await copyRows(db, 'users', USER_COLUMNS, rows.users);
  await copyRows(db, 'invites', ['id', 'user_id', 'code', 'created_at'], rows.invites);
  await copyRows(db, 'user_ips', ['user_id', 'ip', 'used_at'], rows.ips);
  await copyRows(db, 'user_invite_requests', ['user_id', 'text'], rows.reasons);
  await copyRows(db, 'account_deletion_requests', ['account_id', 'created_at'], rows.deletions);
  await copyRows(
    db,
    'reports',
    ['id', 'account_id', 'target_account_id', 'action_taken_by_account_id', 'action_taken_at', 'category', 'comment', 'forwarded', 'created_at', 'updated_at'],
    rows.reports,
  );
  await db.exec(`
    SELECT setval(pg_get_serial_sequence('invites', 'id'), (SELECT max(id) FROM invites));
    ANALYZE;
  `);
  await db.query(`INSERT INTO meta (key, value) VALUES ('seeded', $1) ON CONFLICT (key) DO UPDATE SET value = $1`, [
    JSON.stringify(options),
  ]);
}

function personName(random: Random, index: number) {
  if (random.chance(0.2)) {
    const name = random.pick(words.CHINESE_NAMES);
    return { display: name, username: `${random.pick(['xiao', 'lin', 'wang', 'zhang', 'li'])}${random.pick(words.WORDS)}${index}` };
  }
  const first = random.pick(words.FIRST_NAMES);
  const last = random.pick(words.LAST_NAMES);
  const style = random.int(0, 2);
  const username =
    style === 0 ? `${first}${index}` : style === 1 ? `${first}_${random.pick(words.WORDS)}${index}` : `${first[0]}${last}${index}`;
  return { display: random.chance(0.1) ? '' : `${first} ${last}`, username: username.normalize('NFD').replace(/[^\w]/g, '').toLowerCase() };
}

function profileNote(random: Random, name: string): string {
  const topic = random.pick(words.WORDS);
  const notes = [
    `<p>${name || 'Someone'} posting about ${topic}.</p>`,
    `<p>Into ${topic} and <a href="https://example.com/tags/${topic}" class="mention hashtag" rel="tag">#<span>${topic}</span></a></p>`,
    `<p>他/他的 · 喜欢${topic}</p><p>Second paragraph with <strong>bold</strong> text.</p>`,
    // Hostile HTML that the dashboard's sanitizer must neutralise.
    `<p>Free ${topic}!<img src="x" onerror="alert(1)"><script>alert(2)</script></p>`,
    '',
  ];
  return random.pick(notes);
}

function profileFields(random: Random, username: string): string {
  if (!random.chance(0.4)) return '[]';
  return JSON.stringify([
    {
      name: 'Website',
      value: `<a href="https://${username}.example.com" target="_blank" rel="nofollow noopener me"><span class="invisible">https://</span><span class="">${username}.example.com</span></a>`,
      verified_at: random.chance(0.5) ? '2025-03-01T12:00:00.000+00:00' : null,
    },
    { name: 'Pronouns', value: random.pick(['she/her', 'he/him', 'they/them', '<em>ask me</em>']), verified_at: null },
  ]);
}

function counts(random: Random, createdAt: Date) {
  const statuses = random.int(0, 4000);
  return {
    statuses,
    followers: random.int(0, 2500),
    following: random.int(0, 800),
    lastStatus: statuses > 0 ? new Date(createdAt.getTime() + random.int(0, 200) * DAY) : null,
  };
}

function addLocal(rows: Rows, random: Random, id: string, createdAt: Date, index: number, recent: boolean) {
  const spam = random.chance(recent ? 0.12 : 0.015);
  const person = personName(random, index);
  const username = spam ? `${random.pick(words.SPAM_PREFIXES)}_${random.pick(words.WORDS)}${index}` : person.username;
  const display = spam ? `${username.toUpperCase()} $$$` : person.display;
  const pending = spam ? random.chance(0.7) : random.chance(recent ? 0.25 : 0.01);
  const confirmed = !pending || random.chance(0.7);
  const disabled = !pending && random.chance(spam ? 0.3 : 0.02);
  const silenced = !pending && random.chance(spam ? 0.3 : 0.025);
  const suspended = !pending && random.chance(spam ? 0.2 : 0.02);
  const sensitized = !pending && random.chance(0.02);
  const stamp = (flag: boolean) => (flag ? new Date(createdAt.getTime() + 2 * DAY) : null);
  const c = counts(random, createdAt);

  const emailDomain = spam ? (index % 3 === 0 ? 'junkmail.example' : 'spam.example') : random.pick(words.EMAIL_DOMAINS);
  rows.accounts.push([
    id, username, null, display, spam ? '<p>Click here: <a href="https://deals.example">deals</a></p>' : profileNote(random, display),
    spam ? '[]' : profileFields(random, username),
    random.chance(0.5) ? `/system/generated/avatars/${id}.svg` : null,
    random.chance(0.3) ? `/system/generated/headers/${id}.svg` : null,
    random.chance(0.1), random.chance(0.03), pending ? 0 : c.statuses, pending ? 0 : c.followers, pending ? 0 : c.following,
    pending ? null : c.lastStatus, stamp(silenced), stamp(suspended), suspended ? 0 : null, stamp(sensitized), createdAt, createdAt,
  ]);
  rows.users.push([
    id, id, `${username}@${emailDomain}`, '', confirmed ? createdAt : null, !pending, disabled, random.pick(words.LOCALES), null,
    !spam && random.chance(0.05) ? String(random.int(1, 20)) : null, random.chance(0.05) ? '1' : null, createdAt,
  ]);
  const signUpIp = spam
    ? index % 3 === 0
      ? `198.51.100.${random.int(1, 254)}`
      : SPAM_CLUSTER.ip
    : random.chance(0.15)
      ? `2001:db8:${random.int(1, 0xfff).toString(16)}::${random.int(1, 0xff).toString(16)}`
      : `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
  rows.ips.push([id, signUpIp, createdAt]);
  if (!pending && random.chance(0.5)) rows.ips.push([id, `10.200.${random.int(0, 255)}.${random.int(1, 254)}`, new Date(createdAt.getTime() + 5 * DAY)]);
  if (pending) {
    const reason = spam ? random.pick(words.REASONS_SPAM) : random.chance(0.4) ? random.pick(words.REASONS_ZH) : random.pick(words.REASONS_EN);
    if (reason) rows.reasons.push([id, reason]);
  }
  // Most local suspensions still have their 30-day deletion window open; a few were already purged.
  if (suspended && random.chance(0.8)) rows.deletions.push([id, stamp(true)!]);
}

function addRemote(rows: Rows, random: Random, id: string, createdAt: Date, index: number) {
  const domain = random.pick(words.REMOTE_DOMAINS);
  const spamDomain = domain === 'spamfarm.example';
  const person = personName(random, index);
  const silenced = random.chance(spamDomain ? 0.5 : 0.03);
  const suspended = random.chance(spamDomain ? 0.3 : 0.03);
  const suspendedByOrigin = suspended && random.chance(0.3);
  const stamp = (flag: boolean) => (flag ? new Date(createdAt.getTime() + 3 * DAY) : null);
  const c = counts(random, createdAt);
  rows.accounts.push([
    id, person.username, domain, person.display, profileNote(random, person.display), profileFields(random, person.username),
    random.chance(0.6) ? `/system/generated/avatars/${id}.svg` : null,
    random.chance(0.3) ? `/system/generated/headers/${id}.svg` : null,
    random.chance(0.1), random.chance(0.05), c.statuses, c.followers, c.following, c.lastStatus,
    stamp(silenced), stamp(suspended), suspended ? (suspendedByOrigin ? 1 : 0) : null, stamp(random.chance(0.01)), createdAt, createdAt,
  ]);
  if (suspended && !suspendedByOrigin) rows.deletions.push([id, stamp(true)!]);
}

function addReports(rows: Rows, random: Random, localIds: string[], staffIds: string[]) {
  const targets = rows.accounts.filter(() => random.chance(0.03));
  const categories = ['spam', 'spam', 'violation', 'legal', 'other'];
  targets.forEach((target, n) => {
    const createdAt = new Date((target[18] as Date).getTime() + 4 * DAY);
    const resolved = random.chance(0.3);
    rows.reports.push([
      snowflake(createdAt, 0x8000 + (n & 0x7fff)), random.pick(localIds), target[0] as string,
      resolved ? random.pick(staffIds.slice(0, 3)) : null, resolved ? new Date(createdAt.getTime() + DAY) : null,
      random.pick(categories), random.pick(['Spam links in every reply', 'Harassing people in replies', '', '发布垃圾广告', 'Impersonation']),
      random.chance(0.1), createdAt, createdAt,
    ]);
  });
}
