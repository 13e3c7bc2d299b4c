import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') && !name.endsWith('.gen.ts') ? [path] : [];
  });
}

describe('translation catalogues', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('have no empty strings', () => {
    for (const catalogue of [en, zhCN]) {
      const flat = keys(catalogue).map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue));
      expect(flat.filter((text) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
    }
  });

  it('contain every literal key the code asks for', () => {
    const known = new Set(keys(en));
    const root = join(import.meta.dirname, '..');
    const used = sources(root).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(30);
    // A plural key exists as key_one / key_other.
    expect(used.filter((key) => !known.has(key) && !known.has(`${key}_other`))).toEqual([]);
  });
});
