/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends each page's
 * Content-Security-Policy as a real header, where directives a meta tag cannot carry
 * (frame-ancestors) take effect, plus the headers every response should have.
 */
export interface PagePolicy {
  path: string;
  csp: string;
}

export const commonHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Reads the policy Astro wrote into a page's meta tag. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').trim();
}

export function headersFile(pages: readonly PagePolicy[], base = '/'): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [
    block(`${base}*`, commonHeaders),
    block(`${base}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    ...pages.map((page) =>
      block(page.path, { 'Content-Security-Policy': `${page.csp.replace(/;?\s*$/, '')}; frame-ancestors 'none'` }),
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}
