import { describe, expect, it } from 'vitest';
import { normaliseInstance } from './instance-origin.ts';

describe('normaliseInstance', () => {
  it.each([
    ['mastodon.social', 'https://mastodon.social'],
    ['https://mastodon.social/', 'https://mastodon.social'],
    ['mastodon.social/@someone', 'https://mastodon.social'],
    ['@someone@mastodon.social', 'https://mastodon.social'],
    ['someone@mastodon.social', 'https://mastodon.social'],
    ['  MASTODON.Social  ', 'https://mastodon.social'],
    ['https://social.example.org:8443/about', 'https://social.example.org:8443'],
    ['127.0.0.1:3000', 'http://127.0.0.1:3000'],
    ['http://localhost:3000/', 'http://localhost:3000'],
    ['https://localhost', 'https://localhost'],
    ['bücher.example', 'https://xn--bcher-kva.example'],
  ])('%s → %s', (input, origin) => {
    expect(normaliseInstance(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://mastodon.social', 'insecure'],
    ['http://192.168.1.10', 'insecure'],
    ['ftp://mastodon.social', 'unsupported_scheme'],
    ['javascript:alert(1)', 'unsupported_scheme'],
    ['mastodon', 'invalid'],
    ['not an instance', 'invalid'],
    ['@someone', 'invalid'],
    ['https://user:pass@mastodon.social', 'invalid'],
    ['-bad-.example', 'invalid'],
    ['10.0.0.1', 'invalid'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(normaliseInstance(input)).toEqual({ ok: false, reason });
  });
});
