import type { Db } from './db/open.ts';
import type { Clock } from './clock.ts';
import type { IdGenerator } from './ids.ts';
import type { FaultList } from './dev/faults.ts';
import type { RequestLog } from './dev/request-log.ts';
import type { RateLimiter } from './rate-limit.ts';

export interface InstanceOptions {
  /** The public origin, used for absolute URLs in bodies and Link headers. */
  origin: string;
  seedAccounts: number;
  seed: string;
  rateLimit: boolean;
  devRoutes: boolean;
  apiMode: 'full' | 'v1-only';
}

/** Everything a route needs, built once per instance and passed to each router. */
export interface Instance {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  options: InstanceOptions;
  faults: FaultList;
  requests: RequestLog;
  limiter: RateLimiter;
}
