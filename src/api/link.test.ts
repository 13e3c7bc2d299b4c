import { describe, expect, it } from 'vitest';
import { nextLink, withRoleIds } from './link.ts';

const HEADER =
  '<https://social.example/api/v2/admin/accounts?limit=2&max_id=1090&origin=local&status=active&username=al>; rel="next", ' +
  '<https://social.example/api/v2/admin/accounts?limit=2&min_id=1120&origin=local&status=active&username=al>; rel="prev"';

describe('nextLink', () => {
  it('finds next in Mastodon’s header', () => {
    expect(nextLink(HEADER)).toBe('https://social.example/api/v2/admin/accounts?limit=2&max_id=1090&origin=local&status=active&username=al');
  });
  it('gives null at the end of the list, for no header and for garbage', () => {
    expect(nextLink('<https://social.example/x?min_id=1>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
    expect(nextLink('not a link header')).toBeNull();
  });
});

describe('withRoleIds', () => {
  it('re-appends role_ids[] that Mastodon dropped and keeps the rest verbatim', () => {
    const url = withRoleIds(nextLink(HEADER)!, ['1', '3']);
    const params = new URL(url).searchParams;
    expect(params.getAll('role_ids[]')).toEqual(['1', '3']);
    expect(params.get('max_id')).toBe('1090');
    expect(params.get('username')).toBe('al');
    expect(url.startsWith(nextLink(HEADER)!)).toBe(true);
  });
  it('does not add them twice when a server kept them', () => {
    const url = 'https://x.example/a?max_id=5&role_ids%5B%5D=1';
    expect(withRoleIds(url, ['1'])).toBe(url);
  });
  it('leaves the URL alone without role ids', () => {
    expect(withRoleIds('https://x.example/a?b=1', [])).toBe('https://x.example/a?b=1');
  });
});
