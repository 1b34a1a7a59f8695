/** The site configuration (content/site.yaml) for pages, read once per build. */
import { contentPath } from '../loaders/content-files';
import type { SiteConfig } from '../model/schemas';
import { readSiteConfig } from '../loaders/site-config';

let config: SiteConfig | undefined;

/** The validated site configuration. */
export function getSite(): SiteConfig {
  config ??= readSiteConfig(contentPath('site.yaml'));
  return config;
}
