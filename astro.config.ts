/**
 * Astro configuration. The site URL and base path come from the environment (SITE_URL,
 * BASE_PATH) so one build can be deployed at a domain root or under a sub-path.
 */
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { loadVocabulary } from './src/loaders/load-vocabulary';
import { pagefindIndex } from './src/integrations/pagefind';
import { securityHeaders } from './src/integrations/security-headers';
import { shareCardReport } from './src/integrations/share-cards';
import { markdownPipeline } from './src/markdown/pipeline';

const contentDir = fileURLToPath(new URL('./content/', import.meta.url));
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://lavrov-tillerson-2017.example.org',
  base: base.endsWith('/') ? base : `${base}/`,
  trailingSlash: 'always',
  output: 'static',
  // Stylesheets stay files (never inline <style>), so a strict CSP needs no style hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [pagefindIndex(), securityHeaders(), shareCardReport()],
  // Scripts stay files too (Astro would inline small ones): the CSP then allows scripts from
  // 'self' only, with no hashes to keep in step and no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified(markdownPipeline(loadVocabulary(contentDir))),
  },
});
