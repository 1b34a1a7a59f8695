/**
 * `npm run lint:layers`: checks the import rules of .dependency-cruiser.cjs over src/, scripts/,
 * tests/ and astro.config.ts, `.astro` files included. dependency-cruiser reads no `.astro`, so
 * this copies the code into node_modules/.cache/lint-layers/ with each `.astro` file turned into
 * `<name>.astro.ts` (its frontmatter and the imports of its `<script>` tags, at the same line
 * count), rewrites `.astro` specifiers to match, and runs dependency-cruiser there. Errors name
 * the files by their repository paths (plus `.ts` for an `.astro`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shadow = join(root, 'node_modules', '.cache', 'lint-layers');
const CODE = /\.(ts|mjs|cjs|js)$/;

/** An `.astro` file as TypeScript: its frontmatter, and the imports of its `<script>` tags. */
function astroAsTs(source) {
  const lines = source.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return lines
    .map((line, index) => {
      if (index > 0 && index < end) return line;
      return /^\s*import\s.*from\s*['"]|^\s*import\s*['"]/.test(line) && index > end ? line.trim() : '';
    })
    .join('\n')
    .replace(/(['"])([^'"]+)\.astro\1/g, '$1$2.astro.ts$1');
}

/** Copy the code under `dir` (relative to the root) into the shadow tree. */
function copyTree(dir) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures' && entry.name !== 'node_modules') copyTree(path);
      continue;
    }
    const source = readFileSync(join(root, path), 'utf8');
    mkdirSync(join(shadow, dir), { recursive: true });
    if (entry.name.endsWith('.astro')) writeFileSync(join(shadow, `${path}.ts`), astroAsTs(source));
    else if (CODE.test(entry.name))
      writeFileSync(join(shadow, path), source.replace(/(['"])([^'"]+)\.astro\1/g, '$1$2.astro.ts$1'));
  }
}

rmSync(shadow, { recursive: true, force: true });
mkdirSync(shadow, { recursive: true });
for (const dir of ['src', 'scripts', 'tests']) copyTree(dir);
for (const file of ['astro.config.ts', 'tsconfig.json']) cpSync(join(root, file), join(shadow, file));
symlinkSync(join(root, 'node_modules'), join(shadow, 'node_modules'));

const result = spawnSync(
  join(root, 'node_modules', '.bin', 'depcruise'),
  ['--config', join(root, '.dependency-cruiser.cjs'), 'src', 'scripts', 'tests', 'astro.config.ts'],
  { cwd: shadow, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
