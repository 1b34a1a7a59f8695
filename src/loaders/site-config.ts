/**
 * Reads and validates `site.yaml` in the content folder: the site's name and descriptions are
 * configuration, so an archive of other events needs no code change. Problems name file:line.
 */
import { VFile } from 'vfile';
import { reportProblem, throwIfProblems } from '../model/content-error';
import { siteSchema, type SiteConfig } from '../model/schemas';
import { parseYaml } from '../model/yaml-data';
import { readContentText } from './content-files';

/** Read `path` (a site.yaml) and validate it, or throw a ContentError naming file and line. */
export function readSiteConfig(path: string): SiteConfig {
  let source: string;
  try {
    source = readContentText(path);
  } catch {
    const file = new VFile({ path });
    reportProblem(
      file,
      'Missing site configuration.',
      { line: 1 },
      { hint: 'create site.yaml in the content folder with name, titleSuffix, credit and descriptions.' },
    );
    throwIfProblems(file);
    throw new Error('unreachable');
  }
  const file = new VFile({ path, value: source });
  const config = parseYaml(file, source, siteSchema);
  throwIfProblems(file);
  if (!config) throw new Error(`${path}: no configuration read`);
  return config;
}
