import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import { Clock } from './clock.ts';
import type { Instance, InstanceOptions } from './context.ts';
import { openDb } from './db/open.ts';
import { seed } from './db/seed.ts';
import { FaultList } from './dev/faults.ts';
import { RequestLog } from './dev/request-log.ts';
import { IdGenerator } from './ids.ts';
import { RateLimiter } from './rate-limit.ts';

export interface StartOptions extends Omit<InstanceOptions, 'origin'> {
  port: number;
  host: string;
  dataDir: string | null;
}

export const DEFAULT_OPTIONS: StartOptions = {
  port: 3000,
  host: '127.0.0.1',
  dataDir: '.data/instance',
  seedAccounts: 2000,
  seed: 'modboard',
  rateLimit: false,
  devRoutes: false,
  apiMode: 'full',
};

/** Opens (and on first start seeds) the database and builds the instance, without listening. */
export async function buildInstance(options: StartOptions, origin = `http://${options.host}:${options.port}`) {
  const { db, fresh } = await openDb(options.dataDir);
  if (fresh) await seed(db, { accounts: options.seedAccounts, seed: options.seed });
  const inst: Instance = {
    db,
    clock: new Clock(),
    ids: new IdGenerator(),
    options: { ...options, origin },
    faults: new FaultList(),
    requests: new RequestLog(),
    limiter: new RateLimiter(),
  };
  return { inst, app: createApp(inst), seeded: fresh };
}

export async function startInstance(options: StartOptions): Promise<{ inst: Instance; server: ServerType; seeded: boolean; origin: string }> {
  const built = await buildInstance(options);
  const server = serve({ fetch: built.app.fetch, port: options.port, hostname: options.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return { ...built, server, origin: built.inst.options.origin };
}
