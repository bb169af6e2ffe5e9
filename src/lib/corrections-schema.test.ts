import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { correctionSchema } from './corrections-schema.ts';

const valid = {
  id: 'nova-ratios',
  date: '2026-11-28',
  page: 'running-vms',
  before: 'Nova’s initial allocation ratios are 16.0 and 1.5.',
  after: 'Nova’s initial allocation ratios are 4.0 and 1.0.',
  source: 'https://github.com/openstack/nova/blob/33.0.2/nova/conf/compute.py',
};
const issues = (input: unknown): string[] => {
  const result = correctionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('correctionSchema', () => {
  it('accepts a complete correction', () => {
    expect(issues(valid)).toEqual([]);
  });
  it('names each missing or malformed field', () => {
    const { after: _omit, ...rest } = valid;
    expect(issues(rest)).toEqual(['after: needs `after:`, what the page says now']);
    expect(issues({ ...valid, page: '/running-vms/' })).toEqual([
      'page: write a page id such as `running-vms`, without slashes around it',
    ]);
    expect(issues({ ...valid, date: '28.11.2026' })).toEqual(['date: write the date as YYYY-MM-DD']);
  });
  it('refuses a source on a moving branch', () => {
    const source = valid.source.replace('/33.0.2/', '/master/');
    expect(issues({ ...valid, source })[0]).toMatch(/^source: correction "nova-ratios" follows the branch "master"/);
  });
  it('every entry of content/corrections.yaml passes, with unique ids', () => {
    const entries = parse(readFileSync('content/corrections.yaml', 'utf8')) as { id: string }[];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(issues(entry), entry.id).toEqual([]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});
