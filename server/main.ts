import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, startInstance, type StartOptions } from './instance.ts';
import { SIGN_IN_ACCOUNTS } from './db/seed.ts';

const USAGE = `Usage: npm run instance -- [options]
  --port N             listen port (default 3000)
  --data DIR           where the data lives (default .data/instance)
  --memory             keep everything in memory, write no files
  --seed-accounts N    generated accounts on first start (default 2000)
  --seed S             seed for generated data (default "modboard")
  --rate-limit         enforce Mastodon's rate limits, even on loopback
  --dev-routes         enable the /_dev test-control routes
  --api v1-only        answer 404 on /api/v2/admin/accounts, like a 3.4 server`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) fail(`${name} must be a whole number, got "${text}"`);
  return Number(text);
}

export function parseOptions(argv: string[]): StartOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        memory: { type: 'boolean' },
        'seed-accounts': { type: 'string' },
        seed: { type: 'string' },
        'rate-limit': { type: 'boolean' },
        'dev-routes': { type: 'boolean' },
        api: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.api !== undefined && values.api !== 'v1-only') fail(`--api accepts only "v1-only", got "${values.api}"`);
  if (values.memory && values.data) fail('--memory and --data cannot be used together');
  const port = positiveInt(values.port, '--port', DEFAULT_OPTIONS.port);
  if (port < 1 || port > 65535) fail(`--port must be between 1 and 65535, got ${port}`);
  return {
    ...DEFAULT_OPTIONS,
    port,
    dataDir: values.memory ? null : (values.data ?? DEFAULT_OPTIONS.dataDir),
    seedAccounts: positiveInt(values['seed-accounts'], '--seed-accounts', DEFAULT_OPTIONS.seedAccounts),
    seed: values.seed ?? DEFAULT_OPTIONS.seed,
    rateLimit: values['rate-limit'] ?? false,
    devRoutes: values['dev-routes'] ?? false,
    apiMode: values.api === 'v1-only' ? 'v1-only' : 'full',
  };
}

const started = performance.now();
const options = parseOptions(process.argv.slice(2));
const { origin, seeded, server } = await startInstance(options);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Local instance ready at ${origin} in ${seconds}s (${options.dataDir ?? 'in memory'}${seeded ? `, seeded ${options.seedAccounts} accounts` : ''})`);
console.log('Sign in with:');
for (const account of SIGN_IN_ACCOUNTS) console.log(`  ${account.email.padEnd(26)} ${account.password}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
