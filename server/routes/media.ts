import { Hono } from 'hono';
import type { Instance } from '../context.ts';

// A 1×1 grey PNG, standing in for Mastodon's missing.png defaults.
const MISSING_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mO8Vw8AAiMBUJ6PrJkAAAAASUVORK5CYII=',
  'base64',
);
const PALETTE = ['#6364ff', '#e0569c', '#2f9e8f', '#d9822b', '#4a7bd0', '#8e5bd8', '#c94f4f', '#3f8f3f'];

function generatedSvg(kind: string, id: string): string {
  const n = Number(BigInt(id) % 9973n);
  const a = PALETTE[n % PALETTE.length]!;
  const b = PALETTE[(n >> 3) % PALETTE.length]!;
  return kind === 'avatars'
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><rect width="120" height="120" fill="${a}"/><circle cx="60" cy="48" r="24" fill="${b}"/><rect x="24" y="80" width="72" height="40" rx="20" fill="${b}"/></svg>`
    : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1500 500"><defs><linearGradient id="g"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="1500" height="500" fill="url(#g)"/></svg>`;
}

/** Serves uploaded images, generated seed images and the default missing.png images. */
export function mediaRoutes(inst: Instance) {
  const app = new Hono();
  const cache = { 'Cache-Control': 'public, max-age=31536000, immutable' };
  app.get('/avatars/original/missing.png', (c) => c.body(MISSING_PNG, 200, { 'Content-Type': 'image/png', ...cache }));
  app.get('/headers/original/missing.png', (c) => c.body(MISSING_PNG, 200, { 'Content-Type': 'image/png', ...cache }));
  app.get('/system/generated/:kind/:file', (c) => {
    const match = /^(\d+)\.svg$/.exec(c.req.param('file'));
    const kind = c.req.param('kind');
    if (!match || !['avatars', 'headers'].includes(kind)) return c.notFound();
    return c.body(generatedSvg(kind, match[1]!), 200, { 'Content-Type': 'image/svg+xml', ...cache });
  });
  app.get('/system/*', async (c) => {
    const result = await inst.db.query<{ content_type: string; data: Uint8Array }>(
      'SELECT content_type, data FROM media_files WHERE path = $1',
      [c.req.path],
    );
    const file = result.rows[0];
    if (!file) return c.notFound();
    return c.body(Buffer.from(file.data), 200, { 'Content-Type': file.content_type, ...cache });
  });
  return app;
}
