/**
 * The import rules of the layers (README, "Architecture"), checked by `npm run lint:layers`.
 *
 * Build-time flow, each layer importing only the ones before it:
 *   model → loaders → plugins, markdown → lib → build → components, layouts → pages
 * with src/shared (browser-safe, pure) usable by all, src/integrations (after the build) using
 * model, loaders, build and shared, and src/scripts (the browser) using only src/shared.
 * `.astro` files are checked through their frontmatter (see scripts/lint-layers.mjs).
 */
const SRC = '^src/';
const LAYER = (names) => `^src/(${names.join('|')})/`;

/** A rule that forbids `from` to import any of `to`, with the reason a reader of the error needs. */
const forbid = (name, from, to, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbid(
      'shared-is-self-contained',
      LAYER(['shared']),
      `${SRC}(?!shared/)`,
      'src/shared is what browser scripts import: it may use only src/shared, so nothing Node-only or build-only reaches the browser.',
    ),
    {
      name: 'browser-code-has-no-node',
      comment: 'src/scripts and src/shared run in the browser: no Node built-ins (fs, path, crypto…).',
      severity: 'error',
      from: { path: LAYER(['scripts', 'shared']) },
      to: { dependencyTypes: ['core'] },
    },
    forbid(
      'browser-scripts-use-shared-only',
      LAYER(['scripts']),
      `${SRC}(?!(scripts|shared|styles)/)`,
      'src/scripts runs in the browser: it takes helpers from src/shared, never from build-time layers.',
    ),
    forbid(
      'model-is-the-base',
      LAYER(['model']),
      `${SRC}(?!(model|shared)/)`,
      'src/model (types, schemas, validation) is the bottom layer: it imports only src/model and src/shared.',
    ),
    {
      name: 'model-reads-no-files',
      comment: 'Content files are read in src/loaders (content-files.ts): the model gets text, not paths to read.',
      severity: 'error',
      // glyph-coverage.ts reads the installed card fonts' unicode ranges (a package, not content).
      from: { path: LAYER(['model']), pathNot: '^src/model/glyph-coverage\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'content-files-read-in-one-place',
      comment:
        'Content files are read by src/loaders/content-files.ts (CONTENT_DIR, UTF-8, no byte-order mark); other site code goes through it.',
      severity: 'error',
      from: { path: SRC, pathNot: '^src/(loaders/content-files\\.ts|model/glyph-coverage\\.ts|build/|integrations/)' },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    forbid(
      'loaders-read-content-only',
      LAYER(['loaders']),
      `${SRC}(?!(model|shared|loaders)/)`,
      'src/loaders read and validate content: they build on src/model only (the Markdown pipeline comes after them).',
    ),
    forbid(
      'plugins-see-only-the-model',
      LAYER(['plugins']),
      `${SRC}(?!(model|shared|plugins)/)`,
      'A plugin gets what it needs as options (CONVENTIONS 5): it imports the model, never loaders or page code.',
    ),
    forbid(
      'markdown-pipeline-below-pages',
      LAYER(['markdown']),
      LAYER(['lib', 'build', 'components', 'layouts', 'pages', 'integrations', 'scripts']),
      'src/markdown assembles the plugins for astro.config.ts, the loaders and the tests: no page code.',
    ),
    forbid(
      'lib-below-build-and-components',
      LAYER(['lib']),
      LAYER(['build', 'components', 'layouts', 'pages', 'integrations', 'scripts']),
      'src/lib is page helpers: it may not pull in build-only Node code (src/build) or anything above it.',
    ),
    forbid(
      'build-below-pages',
      LAYER(['build']),
      LAYER(['components', 'layouts', 'pages', 'integrations', 'scripts']),
      'src/build (Node-only build code) serves pages and integrations; it imports nothing above it.',
    ),
    forbid(
      'components-below-pages',
      LAYER(['components', 'layouts']),
      LAYER(['pages', 'integrations', 'build']),
      'Components and layouts render typed entries through src/lib; pages, not components, draw cards.',
    ),
    forbid(
      'pages-and-components-go-through-lib',
      LAYER(['components', 'layouts', 'pages']),
      LAYER(['loaders', 'plugins', 'markdown']),
      'Pages and components take content from src/lib (and types from src/model): the loaders, plugins and pipeline are the build of the collections, not an API for pages.',
    ),
    {
      name: 'pages-read-no-files',
      comment:
        'Pages and components get file contents through src/lib, which reads them with src/loaders/content-files.ts.',
      severity: 'error',
      from: { path: LAYER(['components', 'layouts', 'pages', 'lib']) },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    forbid(
      'integrations-after-the-build',
      LAYER(['integrations']),
      LAYER(['lib', 'components', 'layouts', 'pages', 'markdown', 'plugins', 'scripts']),
      'Integrations run after the build on dist/: they use the model, loaders, build and shared code, never page code.',
    ),
    forbid('nothing-imports-pages', `${SRC}(?!pages/)`, LAYER(['pages']), 'Pages are the top: nothing imports a page.'),
    forbid(
      'scripts-do-not-import-tests',
      '^scripts/',
      '^tests/',
      'scripts/ (bench, screenshots, import) share helpers with the tests through scripts/harness/, not by reaching into tests/.',
    ),
    forbid(
      'site-does-not-import-tests-or-scripts',
      SRC,
      '^(tests|scripts)/',
      'The site never depends on its tests or tooling.',
    ),
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: merge them or move what both need down a layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // scripts/lint-layers.mjs links node_modules into its copy: keep the link, follow no package.
    preserveSymlinks: true,
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.astro', '.d.ts'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
