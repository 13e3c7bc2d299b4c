import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { schemaSql, SCHEMA_VERSION } from './schema.ts';

export type Db = PGlite;

// Snowflake ids exceed 2^53, so int8 values stay strings all the way to JSON.
const parsers = { [types.INT8]: (value: string) => value };

export async function openDb(dataDir: string | null): Promise<{ db: Db; fresh: boolean }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? new PGlite(dataDir, { parsers }) : new PGlite({ parsers });
  await db.waitReady;
  await db.exec(schemaSql);
  const row = await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'seeded'`);
  await db.query(
    `INSERT INTO meta (key, value) VALUES ('schema_version', $1)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [String(SCHEMA_VERSION)],
  );
  return { db, fresh: row.rows.length === 0 };
}
