/**
 * Writes `_headers` into the build for hosts that read it (Netlify, Cloudflare Pages): the
 * Content-Security-Policy Astro wrote into the pages' <meta> tags (security.csp in
 * astro.config.ts), plus what only a header can say (no framing), and long caching for
 * fingerprinted assets. Other hosts: set these headers in their own config.
 *
 * The policy is read back from the built pages, so the header and the meta tags cannot drift.
 * Pages that inline different styles carry different hashes; the header, one rule for the whole
 * site, then lists every page's hashes (a browser applies both policies, so each page is still
 * held to its own meta tag).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** The policy's directives as name → sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/** One policy holding every source of every given policy, directive by directive. */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

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
        const root = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of await readdir(root, { recursive: true })) {
          if (!file.endsWith('.html') || file.startsWith('pagefind')) continue;
          const policy = META.exec(await readFile(`${root}${file}`, 'utf8'))?.[1];
          if (!policy) throw new Error(`security-headers: ${file} has no Content-Security-Policy <meta> tag`);
          policies.add(policy.replace(/;\s*$/, ''));
        }
        if (policies.size === 0) throw new Error('security-headers: no pages in the build');
        const policy = mergePolicies([...policies]);
        const body = [
          `${base}*`,
          `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          '',
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n');
        await writeFile(new URL('_headers', dir), body);
        logger.info(`wrote _headers (${policies.size} distinct page ${policies.size === 1 ? 'policy' : 'policies'})`);
      },
    },
  };
}
