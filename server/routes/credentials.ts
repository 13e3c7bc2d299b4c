import { Hono } from 'hono';
import type { Instance } from '../context.ts';
import { requireScopes, requireUser, type Env } from '../auth.ts';
import { formOrJson, stringParam } from '../body.ts';
import { unprocessable } from '../errors.ts';
import { escapeHtml } from '../html.ts';
import { ACCOUNT_COLUMNS, serializeCredentialAccount, type AccountRow } from '../serializers.ts';
import { EVERYONE_ROLE_ID, computedPermissions } from '../roles.ts';

const IMAGE_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };
const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

export async function credentialAccount(inst: Instance, accountId: string) {
  const result = await inst.db.query<
    AccountRow & { role_id: string | null; role_name: string; role_color: string; highlighted: boolean; own_bits: string; everyone_bits: string }
  >(
    `SELECT ${ACCOUNT_COLUMNS}, u.role_id, r.name AS role_name, r.color AS role_color, r.highlighted, r.permissions AS own_bits,
            (SELECT permissions FROM user_roles WHERE id = -99) AS everyone_bits
       FROM accounts a JOIN users u ON u.account_id = a.id JOIN user_roles r ON r.id = COALESCE(u.role_id, -99)
      WHERE a.id = $1`,
    [accountId],
  );
  const row = result.rows[0]!;
  return serializeCredentialAccount(inst, row, {
    id: row.role_id ?? EVERYONE_ROLE_ID,
    name: row.role_name,
    color: row.role_color,
    highlighted: row.highlighted,
    permissions: computedPermissions(Number(row.own_bits), Number(row.everyone_bits)),
  });
}

/** GET verify_credentials, PATCH update_credentials and the 4.2+ profile image removals. */
export function credentialsRoutes(inst: Instance) {
  const app = new Hono<Env>();

  app.get('/api/v1/accounts/verify_credentials', async (c) => {
    const user = requireUser(requireScopes(c, 'read', 'read:accounts', 'profile'));
    return c.json(await credentialAccount(inst, user.accountId));
  });

  app.patch('/api/v1/accounts/update_credentials', async (c) => {
    const user = requireUser(requireScopes(c, 'write', 'write:accounts'));
    const body = await formOrJson(c);
    const updates: string[] = [];
    const values: unknown[] = [user.accountId];
    const set = (column: string, value: unknown) => {
      values.push(value);
      updates.push(`${column} = $${values.length}`);
    };
    const displayName = stringParam(body.display_name);
    if (displayName !== null) {
      if ([...displayName].length > 30) throw unprocessable('Validation failed: Display name is too long (maximum is 30 characters)');
      set('display_name', displayName);
    }
    const note = stringParam(body.note);
    if (note !== null) {
      if ([...note].length > 500) throw unprocessable('Validation failed: Note is too long (maximum is 500 characters)');
      set('note', note === '' ? '' : `<p>${escapeHtml(note).replace(/\n/g, '<br>')}</p>`);
    }
    for (const kind of ['avatar', 'header'] as const) {
      const file = body[kind];
      if (!(file instanceof File)) continue;
      const extension = IMAGE_TYPES[file.type];
      if (!extension) throw unprocessable(`Validation failed: ${kind === 'avatar' ? 'Avatar' : 'Header'} has contents that are not what they are reported to be`);
      if (file.size > MAX_IMAGE_BYTES) throw unprocessable(`Validation failed: ${kind === 'avatar' ? 'Avatar' : 'Header'} must be less than 8 MB`);
      const path = `/system/accounts/${kind}s/${user.accountId}/original/${inst.ids.next(inst.clock.now())}.${extension}`;
      await inst.db.query('INSERT INTO media_files (path, content_type, data) VALUES ($1, $2, $3)', [
        path, file.type, new Uint8Array(await file.arrayBuffer()),
      ]);
      set(`${kind}_url`, path);
      const description = stringParam(body[`${kind}_description`]);
      if (description !== null) set(`${kind}_description`, description);
    }
    if (updates.length > 0) {
      set('updated_at', inst.clock.now());
      await inst.db.query(`UPDATE accounts SET ${updates.join(', ')} WHERE id = $1`, values);
    }
    return c.json(await credentialAccount(inst, user.accountId));
  });

  for (const kind of ['avatar', 'header'] as const) {
    app.delete(`/api/v1/profile/${kind}`, async (c) => {
      const user = requireUser(requireScopes(c, 'write', 'write:accounts'));
      await inst.db.query(
        `UPDATE accounts SET ${kind}_url = NULL, ${kind}_description = '', updated_at = $2 WHERE id = $1`,
        [user.accountId, inst.clock.now()],
      );
      return c.json(await credentialAccount(inst, user.accountId));
    });
  }

  return app;
}
