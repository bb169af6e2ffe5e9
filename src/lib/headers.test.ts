import { describe, expect, it } from 'vitest';
import { headersFile, metaPolicy } from './headers.ts';

describe('metaPolicy', () => {
  it('reads the policy from the meta tag and decodes quotes', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;;"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc=';");
  });

  it('returns undefined for a page without a policy', () => {
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('headersFile', () => {
  it('writes common headers, long caching for hashed assets, and one policy per page with frame-ancestors', () => {
    const text = headersFile([{ path: '/namespaces/', csp: "default-src 'self'; script-src 'self';" }]);
    expect(text).toContain('/*\n  X-Content-Type-Options: nosniff');
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain(
      "/namespaces/\n  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'\n",
    );
  });

  it('prefixes the deployment base', () => {
    expect(headersFile([], '/atlas/')).toMatch(/^\/atlas\/\*\n/);
  });
});
