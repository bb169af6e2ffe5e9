import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { scriptJson } from './script-json.ts';

describe('scriptJson', () => {
  const value = { note: 'Ends here? </script><img src=x onerror=alert(1)> and <!-- too', n: [1, 2] };

  it('keeps the data inside its script element and reads back unchanged', () => {
    const doc = parseDocument(`<script type="application/json">${scriptJson(value)}</script><p>after</p>`);
    const scripts = doc.children.filter((node) => 'name' in node && node.name === 'script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(DomUtils.textContent(scripts[0]!))).toEqual(value);
    expect(doc.children.some((node) => 'name' in node && node.name === 'img')).toBe(false);
  });

  it('writes no < at all', () => {
    expect(scriptJson(value)).not.toContain('<');
  });
});
