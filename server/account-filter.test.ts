import { describe, expect, it } from 'vitest';
import { filterSql, isIpOrCidr, translateV1 } from './account-filter.ts';

const from = (query: string) => (key: string) => new URLSearchParams(query).get(key) ?? undefined;

describe('translateV1', () => {
  it('defaults to local and active', () => {
    expect(translateV1(from(''))).toEqual({ origin: 'local', status: 'active' });
  });
  it('treats any non-empty value as on, even false', () => {
    expect(translateV1(from('remote=false'))).toMatchObject({ origin: 'remote' });
    expect(translateV1(from('pending=0'))).toMatchObject({ status: 'pending' });
    expect(translateV1(from('pending='))).toMatchObject({ status: 'active' });
  });
  it('lets the last status flag in Mastodon order win, ignores sensitized and maps staff', () => {
    expect(translateV1(from('suspended=1&pending=1'))).toMatchObject({ status: 'suspended' });
    expect(translateV1(from('sensitized=1'))).toMatchObject({ status: 'active' });
    expect(translateV1(from('staff=1'))).toMatchObject({ permissions: 'staff' });
  });
});

describe('filterSql', () => {
  it('rejects unknown enums with Mastodon messages', () => {
    expect(() => filterSql({ origin: 'mars' })).toThrow('Unknown origin: mars');
    expect(() => filterSql({ status: 'banned' })).toThrow('Unknown status: banned');
  });
  it('ignores blank values and unknown permissions', () => {
    expect(filterSql({ status: '', username: '  ', permissions: 'admin' }).conditions).toEqual([]);
  });
  it('marks an unparsable IP as an empty result instead of an error', () => {
    expect(filterSql({ ip: 'not-an-ip' }).empty).toBe(true);
  });
});

describe('isIpOrCidr', () => {
  it.each([
    ['203.0.113.7', true],
    ['10.0.0.0/8', true],
    ['2001:db8::/32', true],
    ['10.0.0.0/33', false],
    ['300.1.1.1', false],
    ['10.0.0.0/8/1', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIpOrCidr(value)).toBe(expected);
  });
});
