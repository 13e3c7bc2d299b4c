import { request, type Credentials } from './http.ts';
import { isApiError } from './errors.ts';

/** The fields of Admin::Report the dashboard shows; servers send more. */
export interface OpenReport {
  id: string;
  category: string;
  comment: string;
  created_at: string;
  account: { account?: { acct?: string } | null } | null;
}

/** Open (unresolved) reports against one account, newest first. */
export async function listOpenReports(credentials: Credentials, targetAccountId: string, signal?: AbortSignal): Promise<OpenReport[]> {
  const params = new URLSearchParams({ target_account_id: targetAccountId });
  const response = await request<OpenReport[]>(credentials, credentials.origin, `/api/v1/admin/reports?${params}`, { signal });
  return Array.isArray(response.data) ? response.data : [];
}

export interface WarningPreset {
  id: string;
  title: string;
  text: string;
}

/**
 * Warning presets, where the server has a listing (unreleased upstream code). Released Mastodon
 * answers 404, which means "type an id instead", not an error.
 */
export async function listWarningPresets(credentials: Credentials, signal?: AbortSignal): Promise<WarningPreset[] | null> {
  try {
    const response = await request<WarningPreset[]>(credentials, credentials.origin, '/api/v1/admin/warning_presets', { signal });
    return Array.isArray(response.data) ? response.data.map((preset) => ({ ...preset, id: String(preset.id) })) : null;
  } catch (error) {
    if (isApiError(error) && error.kind === 'not_found') return null;
    throw error;
  }
}
