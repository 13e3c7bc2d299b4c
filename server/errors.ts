import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Mastodon's error bodies, word for word (app/controllers/concerns/api/error_handling.rb and friends). */
export const MESSAGES = {
  invalidToken: 'The access token is invalid',
  revokedToken: 'The access token was revoked',
  outsideScopes: 'This action is outside the authorized scopes',
  notAllowed: 'This action is not allowed',
  forbidden: 'Forbidden',
  notFound: 'Record not found',
  needsUser: 'This method requires an authenticated user',
  unconfirmed: 'Your login is missing a confirmed e-mail address',
  pending: 'Your login is currently pending approval',
  disabled: 'Your login is currently disabled',
  tooMany: 'Too many requests',
} as const;

/** Thrown from handlers; the app's onError turns it into `{"error": message}`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = () => new ApiError(404, MESSAGES.notFound);
export const badRequest = (message: string) => new ApiError(400, message);
export const unprocessable = (message: string) => new ApiError(422, message);

export function errorResponse(c: Context, error: ApiError) {
  return c.json({ error: error.message, ...error.extra }, error.status);
}
