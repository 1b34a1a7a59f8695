/** The site configuration (content/site.yaml) for pages, read once per build. */
import { contentPath } from '../content/content-dir';
import type { SiteConfig } from '../content/schemas';
import { readSiteConfig } from '../content/site-config';

let config: SiteConfig | undefined;

/** The validated site configuration. */
export function getSite(): SiteConfig {
  config ??= readSiteConfig(contentPath('site.yaml'));
  return config;
}
