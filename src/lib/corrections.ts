/**
 * The corrections log for pages and the feed: entries newest first, each with what it corrected
 * (named and linked). A note's own corrections reach it through `getNotes` (lib/transcripts).
 */
import { getCollection } from 'astro:content';
import type { Correction } from '../model/corrections';
import { getNotes, getTranscripts, hasPage, segmentsOf } from './transcripts';
import { inContextHref, noteHref, segmentHref } from './urls';

/** A correction with its target's name and page. */
export interface ShownCorrection extends Correction {
  /** What was corrected, as a reader knows it: "Note: Bombing of RTS", "Passage: Election interference", "Summary: Election interference". */
  targetLabel: string;
  /** The corrected note's, passage's or summary's title alone. */
  targetTitle: string;
  /** Site path of the corrected note or passage. */
  targetHref: string;
}

/** Every correction, newest first (one day's entries in the order of the log). */
export async function getCorrections(): Promise<ShownCorrection[]> {
  const [entries, notes, transcripts] = await Promise.all([getCollection('corrections'), getNotes(), getTranscripts()]);
  const titles = new Map(
    transcripts.flatMap((transcript) =>
      segmentsOf(transcript).map((segment) => [`${transcript.event}/${segment.id}`, segment.title] as const),
    ),
  );
  const summaries = new Map(
    transcripts.flatMap((transcript) =>
      transcript.summaries.map((summary) => [`${transcript.event}/${summary.id}`, summary] as const),
    ),
  );
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => b.date.localeCompare(a.date) || a.line - b.line)
    .map((correction) => {
      const { target } = correction;
      if (target.kind === 'note') {
        const title = notes.get(target.id)?.title ?? target.id;
        return { ...correction, targetLabel: `Note: ${title}`, targetTitle: title, targetHref: noteHref(target.id) };
      }
      if (target.kind === 'summary') {
        const summary = summaries.get(`${target.event}/${target.id}`);
        const title = summary?.title ?? target.id;
        const targetHref =
          summary && hasPage(summary) ? segmentHref(target.event, target.id) : inContextHref(target.event, target.id);
        return { ...correction, targetLabel: `Summary: ${title}`, targetTitle: title, targetHref };
      }
      const title = titles.get(`${target.event}/${target.segment}`) ?? target.segment;
      const targetHref = segmentHref(target.event, target.segment);
      return { ...correction, targetLabel: `Passage: ${title}`, targetTitle: title, targetHref };
    });
}
