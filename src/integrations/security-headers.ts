/**
 * Writes `_headers` into the build for hosts that read it (Netlify, Cloudflare Pages): the
 * Content-Security-Policy Astro wrote into the pages' <meta> tags (security.csp in
 * astro.config.ts), plus what only a header can say (no framing), and long caching for
 * fingerprinted assets. Other hosts: set these headers in their own config.
 *
 * Astro's <meta> lists the same hashes on every page: every page's inline styles, and the code of
 * its five island directives (client:load…), which this site never uses. Each page's <meta> is
 * first cut to the hashes of the inline scripts and styles that page has (about 330 bytes a page;
 * a hash allows only its exact text, so nothing that runs loses its permission).
 *
 * The policy is read back from the built pages, so the header and the meta tags cannot drift.
 * Pages that inline different styles carry different hashes; the header, one rule for the whole
 * site, then lists every page's hashes (a browser applies both policies, so each page is still
 * held to its own meta tag).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../shared/base-path';

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

/** The CSP hash source (`'sha256-…'`) of `text`. */
const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hash sources of the inline scripts (those a browser runs) and inline styles in `html`. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
    const runs = type === undefined || type === 'module' || type === 'text/javascript';
    if (runs && !/\bsrc=/.test(attributes)) hashes.add(hashSource(text));
  }
  for (const [, text = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) hashes.add(hashSource(text));
  return hashes;
}

/** `policy` keeping, of its hash sources, only those in `present`. */
export function keepHashes(policy: string, present: ReadonlySet<string>): string {
  return [...parsePolicy(policy)]
    .map(([name, sources]) =>
      [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || present.has(source))].join(' '),
    )
    .join(';');
}

/** The Astro integration that writes dist/_headers. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of await readdir(root, { recursive: true })) {
          if (!file.endsWith('.html') || file.startsWith('pagefind')) continue;
          const html = await readFile(`${root}${file}`, 'utf8');
          const policy = META.exec(html)?.[1];
          if (!policy) throw new Error(`security-headers: ${file} has no Content-Security-Policy <meta> tag`);
          const pruned = keepHashes(policy.replace(/;\s*$/, ''), inlineHashes(html));
          if (pruned !== policy)
            await writeFile(
              `${root}${file}`,
              html.replace(META, (tag) => tag.replace(policy, () => pruned)),
            );
          policies.add(pruned);
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
