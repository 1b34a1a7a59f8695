/**
 * The sources notes and summaries cite, as pages show them: each with its class under the source
 * policy (content/source-policy.yaml, read once per build) and the words that support us.
 */
import { contentPath } from '../loaders/content-files';
import { classifySource, type SourcePolicy } from '../model/source-policy';
import type { SourceClass } from '../model/vocabulary';
import { readSourcePolicy } from '../loaders/content-index';

let policy: SourcePolicy | undefined;

/** The validated source policy. */
export function getSourcePolicy(): SourcePolicy {
  policy ??= readSourcePolicy(contentPath('source-policy.yaml'));
  return policy;
}

/** What every cited source holds, whichever kind of text cites it. */
export interface EvidenceSource {
  id: string;
  url: string;
  publisher: string;
  title?: string | undefined;
  date: string;
  excerpt: string;
  language?: string | undefined;
  translation?: string | undefined;
  why?: string | undefined;
}

/** A source with its class, as a source list shows it. */
export interface ClassedSource extends EvidenceSource {
  class: SourceClass;
  /** Whom the policy names for its host (`primary` and `record` sources). */
  host: string;
}

/** Each source with its class under the policy. */
export function classed(sources: readonly EvidenceSource[]): ClassedSource[] {
  const current = getSourcePolicy();
  return sources.map((source) => {
    const { class: sourceClass, host } = classifySource(source.url, current);
    return { ...source, class: sourceClass, host };
  });
}

/** How a class is named beside a source. */
export const CLASS_LABELS: Record<SourceClass, string> = {
  primary: 'Primary source',
  record: 'Source of record',
  other: 'Other source',
  never: 'Refused source',
};
