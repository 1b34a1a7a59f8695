/**
 * Links: a crawl of the files in dist/ (no browser, no server). On every page, every internal URL
 * (href, src, srcset, action, og:url…) names a page or file that exists, under BASE_PATH; every
 * `#fragment` names an element of its target page, on the same page or another one; every id
 * reference (popovertarget, aria-controls, aria-labelledby, aria-describedby, for…) names an
 * element of the same page; no id is defined twice. External URLs are not fetched, but must be
 * well-formed https: URLs — and so must every note source URL in content/notes/*.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EVENT, distDir, listHtmlPages } from '../../scripts/harness/dist';
import { readPageReferences, type PageReferences, type Reference } from '../support/dist-references';
import { basePath, resolvePath } from '../support/dist-urls';

const pages = listHtmlPages();
const cache = new Map<string, PageReferences>();

/** References and ids of a dist/ file, parsed once however many pages link to it. */
function referencesOf(file: string): PageReferences {
  let found = cache.get(file);
  if (!found) cache.set(file, (found = readPageReferences(`${distDir}${file}`)));
  return found;
}

// The site's own origin, as its canonical URLs give it: absolute URLs there are internal links.
const homeCanonical = referencesOf('index.html').urls.find((url) => url.element === 'link[rel=canonical]');
const siteOrigin = new URL(homeCanonical?.value ?? 'https://site.invalid/').origin;

/** Why `reference` on page `file` (served at `path`) does not resolve, or undefined when it does. */
function checkUrl(file: string, path: string, { value }: Reference): string | undefined {
  if (value.trim() === '') return 'is empty';
  if (/^(mailto|tel):/i.test(value)) return undefined;
  if (/^javascript:/i.test(value)) return 'is a javascript: URL';
  if (value.startsWith('//')) return 'is protocol-relative; write https:// explicitly';
  let url: URL;
  try {
    url = new URL(value, `${siteOrigin}${basePath}${path}`);
  } catch {
    return 'is not a well-formed URL';
  }
  if (url.origin !== siteOrigin) return checkExternal(value);
  // 404.html is served at every missing URL, so a relative link there resolves differently each time.
  if (file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) {
    return 'is relative, on the 404 page (served at any depth): make it root-relative';
  }
  const target = resolvePath(url.pathname);
  if ('problem' in target) return target.problem;
  const fragment = url.hash.slice(1);
  // `#` and `#top` go to the top of any page; `#:~:text=` is a text fragment, not an id.
  if (fragment === '' || fragment === 'top' || fragment.startsWith(':~:') || !target.file.endsWith('.html'))
    return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment.split(':~:')[0] ?? '');
  } catch {
    return 'has a malformed percent-encoded fragment';
  }
  return referencesOf(target.file).ids.has(id) ? undefined : `names no element with id="${id}" on ${target.file}`;
}

/** Why an external URL is not acceptable (not https, not well formed), or undefined. */
function checkExternal(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a well-formed absolute URL';
  }
  if (url.protocol === 'data:') return undefined;
  if (url.protocol !== 'https:') return `is an external ${url.protocol} URL; use https:`;
  if (!url.hostname.includes('.') || /\s/.test(value)) return 'is not a well-formed https URL (host or spaces)';
  return undefined;
}

describe('links: every page of dist/', () => {
  test('the crawl found the site and its own origin', () => {
    expect(pages.map((page) => page.file)).toContain(`${EVENT}/index.html`);
    expect(pages.length).toBeGreaterThan(30);
    expect(homeCanonical, 'the home page has <link rel="canonical">').toBeDefined();
  });

  test.for(pages)('$path', ({ file, path }) => {
    const { urls, idRefs, ids } = referencesOf(file);
    const problems = [
      ...urls.flatMap((reference) => {
        const problem = checkUrl(file, path, reference);
        return problem ? [`<${reference.element} ${reference.attribute}="${reference.value}"> ${problem}`] : [];
      }),
      ...idRefs
        .filter((reference) => !ids.has(reference.value))
        .map(
          (reference) =>
            `<${reference.element} ${reference.attribute}="${reference.value}"> names no element on this page`,
        ),
      ...[...ids].filter(([, count]) => count > 1).map(([id, count]) => `id="${id}" is defined ${count} times`),
    ];
    expect(problems, `broken references on ${file}`).toEqual([]);
  });
});

describe('links: note sources', () => {
  const notesDir = fileURLToPath(new URL('../../content/notes/', import.meta.url));
  const notes = readdirSync(notesDir).filter((name) => name.endsWith('.md'));

  test.for(notes)('content/notes/%s: every source URL is a well-formed https URL', (name) => {
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(`${notesDir}${name}`, 'utf8'))?.[1] ?? '';
    const sources = (parseYaml(frontMatter) as { sources?: Array<{ url?: unknown }> } | null)?.sources ?? [];
    expect(sources.length, 'number of sources').toBeGreaterThan(0);
    const problems = sources.flatMap((source, index) => {
      const problem = typeof source.url === 'string' ? checkExternal(source.url) : 'is missing';
      return problem ? [`sources[${index}].url "${String(source.url)}" ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
