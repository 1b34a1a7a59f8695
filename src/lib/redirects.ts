/** The redirects of retired URLs (content/redirects.yaml) for pages, read once per build. */
import { contentPath } from '../loaders/content-files';
import { readRedirects } from '../loaders/published-ids';
import type { Redirect } from '../model/redirects';

let redirects: readonly Redirect[] | undefined;

/** Every redirect (the transcripts loader has already validated the file). */
export function getRedirects(): readonly Redirect[] {
  redirects ??= readRedirects(contentPath('redirects.yaml')).redirects;
  return redirects;
}
