export type InstanceOriginResult =
  | { ok: true; origin: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'insecure' | 'unsupported_scheme' };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const HANDLE = /^@?[^@\s/]+@([^@\s/]+)$/;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Turns what a moderator types into an instance origin: `mastodon.social`, `https://mastodon.social/`,
 * `mastodon.social/@someone` and `@someone@mastodon.social` all give `https://mastodon.social`.
 * Plain http is accepted only for localhost and 127.0.0.1.
 */
export function normaliseInstance(input: string): InstanceOriginResult {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (/\s/.test(text)) return { ok: false, reason: 'invalid' };

  const handle = HANDLE.exec(text);
  const candidate = handle ? handle[1]! : text;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(candidate)?.[1]?.toLowerCase();
  if (!scheme && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(candidate)) return { ok: false, reason: 'unsupported_scheme' };
  if (scheme && scheme !== 'https' && scheme !== 'http') return { ok: false, reason: 'unsupported_scheme' };

  let url: URL;
  try {
    const hostPart = candidate.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0]!;
    const loopback = LOOPBACK.has(hostPart.replace(/:\d+$/, '').toLowerCase());
    url = new URL(scheme ? candidate : `${loopback ? 'http' : 'https'}://${candidate}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, reason: 'invalid' };
  const host = url.hostname;
  const loopback = LOOPBACK.has(host);
  if (url.protocol === 'http:' && !loopback) return { ok: false, reason: 'insecure' };
  if (!loopback) {
    const labels = host.split('.');
    if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label)) || /^\d+$/.test(labels.at(-1)!)) {
      return { ok: false, reason: 'invalid' };
    }
  }
  return { ok: true, origin: url.origin };
}
