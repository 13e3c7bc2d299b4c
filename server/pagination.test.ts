import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { limitParam, linkHeader, pageParams, toQuery } from './pagination.ts';
import { V2_FILTER_PARAMS } from './account-filter.ts';

describe('limitParam', () => {
  it.each([
    [undefined, 100],
    ['40', 40],
    ['500', 200],
    ['-5', 5],
    ['abc', 0],
    ['12abc', 12],
  ])('limit=%s gives %i', (raw, expected) => {
    expect(limitParam(raw, 100)).toBe(expected);
  });
});

describe('toQuery', () => {
  it('sorts keys, escapes like CGI.escape and writes arrays as key[]', () => {
    expect(toQuery({ username: 'a b', email: '%@spam.example', role_ids: ['1', '2'] })).toBe(
      'email=%25%40spam.example&role_ids%5B%5D=1&role_ids%5B%5D=2&username=a+b',
    );
  });
});

async function linkFor(query: string, ids: string[]) {
  const app = new Hono();
  let link: string | null = null;
  app.get('/api/v2/admin/accounts', (c) => {
    link = linkHeader(c, 'https://social.example/api/v2/admin/accounts', ids.map((id) => ({ id })), pageParams(c), V2_FILTER_PARAMS);
    return c.text('');
  });
  await app.request(`/api/v2/admin/accounts?${query}`);
  return link;
}

describe('linkHeader', () => {
  it('reproduces the worked example from the behaviour reference', async () => {
    expect(await linkFor('status=active&origin=local&username=al&limit=2', ['1120', '1090'])).toBe(
      '<https://social.example/api/v2/admin/accounts?limit=2&max_id=1090&origin=local&status=active&username=al>; rel="next", ' +
        '<https://social.example/api/v2/admin/accounts?limit=2&min_id=1120&origin=local&status=active&username=al>; rel="prev"',
    );
  });

  it('gives only prev on a short page, and nothing on an empty page', async () => {
    expect(await linkFor('status=active&origin=local&username=al&limit=2', ['1010'])).toBe(
      '<https://social.example/api/v2/admin/accounts?limit=2&min_id=1010&origin=local&status=active&username=al>; rel="prev"',
    );
    expect(await linkFor('limit=2', [])).toBeNull();
  });

  it('drops role_ids[], the request cursor and unknown params, keeps empty filters, omits an unsent limit', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => String(5000 - i));
    expect(await linkFor('role_ids[]=3&max_id=9999&foo=bar&email=&status=pending', ids)).toBe(
      '<https://social.example/api/v2/admin/accounts?email=&max_id=4901&status=pending>; rel="next", ' +
        '<https://social.example/api/v2/admin/accounts?email=&min_id=5000&status=pending>; rel="prev"',
    );
  });

  it('keeps limit as sent even when it was clamped', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => String(9000 - i));
    expect(await linkFor('limit=500', ids)).toContain('limit=500&max_id=8801');
  });
});
