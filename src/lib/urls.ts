/** Site-relative URLs that respect the configured base path (BASE_PATH), for every link we emit. */
import { normaliseBase } from '../shared/base-path';

/** The URL of a site path such as `topics/cyber/`, under the base path. */
export function href(path = ''): string {
  return `${normaliseBase(import.meta.env.BASE_URL)}${path.replace(/^\//, '')}`;
}

/** The page of the full transcript of `event`. */
export const transcriptHref = (event: string) => href(`${event}/`);
/** A block's place in the full transcript. */
export const inContextHref = (event: string, blockId: string) => `${transcriptHref(event)}#${blockId}`;
/** A segment's own page. */
export const segmentHref = (event: string, segmentId: string) => href(`${event}/${segmentId}/`);
/** A topic's page. */
export const topicHref = (topic: string) => href(`topics/${topic}/`);
/** A context note's page. */
export const noteHref = (note: string) => href(`notes/${note}/`);
/** The corrections log. */
export const correctionsHref = () => href('corrections/');
/** One entry of the corrections log. */
export const correctionHref = (anchor: string) => `${correctionsHref()}#${anchor}`;
/** The Atom feed of the corrections log. */
export const correctionsFeedHref = () => href('corrections.xml');
