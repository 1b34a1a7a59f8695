/**
 * Astro configuration. The site URL and base path come from the environment (SITE_URL,
 * BASE_PATH) so one build can be deployed at a domain root or under a sub-path.
 */
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentDir, contentPath } from './src/loaders/content-files';
import { loadContentIndex } from './src/loaders/content-index';
import { readSiteConfig } from './src/loaders/site-config';
import { orExitOnContentError } from './src/model/content-error';
import { pagefindIndex } from './src/integrations/pagefind';
import { securityHeaders } from './src/integrations/security-headers';
import { shareCardReport } from './src/integrations/share-cards';
import { THEME_SCRIPT_HASH } from './src/lib/theme-script';
import { markdownPipeline } from './src/markdown/pipeline';
import { normaliseBase } from './src/shared/base-path';

// Fail before building anything when the site configuration or the content index (topics, people,
// notes' front matter) is invalid: only our file:line message, not Astro's config-load error.
orExitOnContentError(() => readSiteConfig(contentPath('site.yaml')));
const contentIndex = orExitOnContentError(() => loadContentIndex(contentDir));

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://lavrov-tillerson-2017.example.org',
  base: normaliseBase(process.env.BASE_PATH ?? '/'),
  trailingSlash: 'always',
  output: 'static',
  // The stylesheet is inlined into every page: a <link> would hold the first paint for a second
  // request. The CSP allows each <style> by the hash Astro computes (security.csp below).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [pagefindIndex(), securityHeaders(), shareCardReport()],
  // Scripts stay files (Astro would inline small ones): module scripts, which the CSP allows from 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  // The Content-Security-Policy, written by Astro into every page's <meta> with the hashes of the
  // styles it inlines; integrations/security-headers.ts copies it into _headers, adding what only
  // a header can say (frame-ancestors). Everything comes from the site itself: no 'unsafe-inline'
  // and no eval. Shiki's output carries no inline styles (lib/shiki-classes.ts turns its colours
  // into classes), so it needs nothing here.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        // Pagefind's search may run in a Web Worker, which it can start from a blob: URL.
        "worker-src 'self' blob:",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no eval() of script.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The one inline script Astro does not hash: the theme script in the head (lib/theme-script.ts).
        hashes: [THEME_SCRIPT_HASH],
      },
      // search-results.css is loaded as a file when search opens.
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    processor: unified(markdownPipeline(contentIndex)),
  },
});
