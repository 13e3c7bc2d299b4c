import { describe, expect, it } from 'vitest';
import { formatRelative } from './format.ts';

describe('formatRelative', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it('picks the largest whole unit', () => {
    expect(formatRelative(new Date('2026-11-19T12:00:00Z'), 'en', now)).toBe('3 days ago');
    expect(formatRelative(new Date('2026-11-22T11:59:30Z'), 'en', now)).toBe('30 seconds ago');
    expect(formatRelative(new Date('2025-11-01T12:00:00Z'), 'en', now)).toBe('last year');
  });
  it('speaks Chinese for zh-CN', () => {
    expect(formatRelative(new Date('2026-11-19T12:00:00Z'), 'zh-CN', now)).toBe('3天前');
  });
});
