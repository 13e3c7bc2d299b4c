import { Hono } from 'hono';
import type { Instance } from '../context.ts';
import { actorCan, authorize, scopesIfToken, type Env } from '../auth.ts';
import { castBoolean } from '../body.ts';
import { linkHeader, pageParams, pageSql, param } from '../pagination.ts';
import { serializeAdminAccount } from '../serializers.ts';
import { findAdminAccounts } from './admin-accounts.ts';

const FILTERS = ['resolved', 'account_id', 'target_account_id'] as const;

interface ReportRow {
  id: string;
  account_id: string;
  target_account_id: string;
  assigned_account_id: string | null;
  action_taken_by_account_id: string | null;
  action_taken_at: Date | null;
  category: string;
  comment: string;
  forwarded: boolean;
  created_at: Date;
  updated_at: Date;
}

export function adminReportsRoutes(inst: Instance) {
  const app = new Hono<Env>();

  app.get('/api/v1/admin/reports', async (c) => {
    const actor = scopesIfToken(c, 'admin:read', 'admin:read:reports');
    authorize(actor, actorCan(actor, 'manage_reports'));
    const conditions = [castBoolean(param(c, 'resolved'), false) ? 'action_taken_at IS NOT NULL' : 'action_taken_at IS NULL'];
    const values: string[] = [];
    for (const key of ['account_id', 'target_account_id'] as const) {
      const value = param(c, key);
      if (value === undefined || value === '') continue;
      values.push(value);
      conditions.push(`${key}::text = $${values.length}`);
    }
    const page = pageParams(c);
    const paging = pageSql(page, 'id', values.length + 1);
    const result = await inst.db.query<ReportRow>(
      `SELECT * FROM (SELECT * FROM reports WHERE ${[...conditions, ...paging.conditions].join(' AND ')}
        ORDER BY ${paging.order} LIMIT ${page.limit}) page ORDER BY id DESC`,
      [...values, ...paging.values],
    );
    const reports = result.rows;
    const accountIds = [...new Set(reports.flatMap((r) => [r.account_id, r.target_account_id, r.assigned_account_id, r.action_taken_by_account_id]))]
      .filter((id): id is string => id !== null);
    const accounts = new Map(
      (await findAdminAccounts(inst, 'a.id = ANY($1::bigint[])', [accountIds])).map((row) => [row.id, serializeAdminAccount(inst, row)]),
    );
    const body = reports.map((report) => ({
      id: report.id,
      action_taken: report.action_taken_at !== null,
      action_taken_at: report.action_taken_at?.toISOString() ?? null,
      category: report.category,
      comment: report.comment,
      forwarded: report.forwarded,
      created_at: report.created_at.toISOString(),
      updated_at: report.updated_at.toISOString(),
      account: accounts.get(report.account_id) ?? null,
      target_account: accounts.get(report.target_account_id) ?? null,
      assigned_account: report.assigned_account_id ? (accounts.get(report.assigned_account_id) ?? null) : null,
      action_taken_by_account: report.action_taken_by_account_id ? (accounts.get(report.action_taken_by_account_id) ?? null) : null,
      statuses: [],
      rules: [],
    }));
    const link = linkHeader(c, `${inst.options.origin}/api/v1/admin/reports`, body, page, FILTERS);
    if (link) c.header('Link', link);
    return c.json(body);
  });

  return app;
}
