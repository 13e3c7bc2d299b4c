import { ApiError, kindForStatus } from './errors.ts';

export interface Credentials {
  origin: string;
  token: string;
}

/** Credentials plus the account they belong to: the start of every query key. */
export interface SignedIn extends Credentials {
  accountId: string;
}

export interface RateLimit {
  limit: number;
  remaining: number;
  reset: string;
}

export interface ApiResponse<T> {
  data: T;
  link: string | null;
  rateLimit: RateLimit | null;
}

type Listener = (error: ApiError, credentials: Credentials | null) => void;
const unauthorizedListeners = new Set<Listener>();

/** Lets the app open its "session expired" prompt on any 401, wherever the request came from. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface RequestOptions {
  method?: string;
  body?: Record<string, unknown> | URLSearchParams | FormData;
  signal?: AbortSignal;
}

async function errorMessage(response: Response): Promise<string | null> {
  if (!response.headers.get('content-type')?.includes('json')) return null;
  try {
    const body = (await response.json()) as { error?: unknown; error_description?: unknown };
    const text = typeof body.error_description === 'string' ? body.error_description : body.error;
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

function readRateLimit(headers: Headers): RateLimit | null {
  const limit = headers.get('x-ratelimit-limit');
  const remaining = headers.get('x-ratelimit-remaining');
  const reset = headers.get('x-ratelimit-reset');
  if (!limit || !remaining || !reset) return null;
  return { limit: Number(limit), remaining: Number(remaining), reset };
}

/**
 * Sends one request to an instance. Adds the bearer token, maps every failure to an ApiError and
 * checks the body really is JSON. The token never goes into the URL.
 */
export async function request<T>(
  credentials: Credentials | null,
  originOrUrl: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const url = path.startsWith('http') ? path : `${originOrUrl}${path}`;
  const headers = new Headers({ Accept: 'application/json' });
  if (credentials) headers.set('Authorization', `Bearer ${credentials.token}`);
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof URLSearchParams) body = options.body;
  else if (options.body) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(url, { method: options.method ?? 'GET', headers, body, signal: options.signal, referrerPolicy: 'no-referrer' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('network', 0, null, url);
  }

  if (!response.ok) {
    const message = await errorMessage(response);
    const error = new ApiError(kindForStatus(response.status, message), response.status, message, url);
    if (error.kind === 'unauthorized') unauthorizedListeners.forEach((listener) => listener(error, credentials));
    throw error;
  }
  let data: T;
  try {
    if (!response.headers.get('content-type')?.includes('json')) throw new Error('not JSON');
    data = (await response.json()) as T;
  } catch {
    throw new ApiError('bad_response', response.status, null, url);
  }
  return { data, link: response.headers.get('link'), rateLimit: readRateLimit(response.headers) };
}
