import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it('lowercases, strips markup and punctuation, and joins words with hyphens', () => {
    expect(slugify('Control groups (cgroups)')).toBe('control-groups-cgroups');
    expect(slugify('<em>OCI</em> runtime')).toBe('oci-runtime');
    expect(slugify('  Überblick: café  ')).toBe('uberblick-cafe');
  });
});
