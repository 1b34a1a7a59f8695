/**
 * Writes `_headers` into the build for hosts that read it (Netlify, Cloudflare Pages): the same
 * Content-Security-Policy as the pages' <meta> tag, plus what only a header can say (no framing),
 * and long caching for fingerprinted assets. Other hosts: set these headers in their own config.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { CONTENT_SECURITY_POLICY } from '../lib/security-policy';

/** The Astro integration that writes dist/_headers. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const body = [
          `${base}*`,
          `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          '',
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n');
        await writeFile(new URL('_headers', dir), body);
        logger.info('wrote _headers');
      },
    },
  };
}
