/** What went wrong with a request, in terms the UI can explain and act on. */
export type ApiErrorKind =
  | 'network'
  | 'unauthorized'
  | 'scope'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'bad_response'
  | 'bad_request';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    /** The server's own message (Mastodon's `error` field), when it sent one. */
    readonly serverMessage: string | null,
    readonly url: string,
  ) {
    super(serverMessage ?? `${kind} (${status})`);
    this.name = 'ApiError';
  }
}

export function kindForStatus(status: number, message: string | null): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return message === 'This action is outside the authorized scopes' ? 'scope' : 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 422) return 'validation';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'bad_request';
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
