import { describe, expect, it } from 'vitest';
import { sanitizeStackIds } from '../stacks/url.ts';
import { explorerHref } from './stack-link.ts';

describe('explorerHref', () => {
  it('opens the explorer on the same stacks, in a URL the explorer reads back', () => {
    const href = explorerHref('/', ['containers', 'type1-vm']);
    expect(href).toBe('/tools/stack-explorer/?stacks=containers,type1-vm');
    const params = new URL(href, 'https://example.org').searchParams.get('stacks') ?? '';
    expect(sanitizeStackIds(params.split(','))).toEqual(['containers', 'type1-vm']);
  });
});
