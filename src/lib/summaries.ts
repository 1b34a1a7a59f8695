/**
 * How pages name the site's summaries of a speaker the source leaves out: pure functions of a
 * summary and the people, shared by the blocks, lists, search records and citations.
 */
import type { Person } from '../model/schemas';
import type { SummaryRecord } from '../model/transcript-types';

/** True when a summary has a page of its own (and is a search record): not for a not-found line. */
export function hasPage(summary: SummaryRecord): boolean {
  return summary.status !== 'not-found';
}

/** What a summary stands for: "Rex Tillerson’s opening statement", "Rex Tillerson’s answer". */
export function summarisedTurn(summary: SummaryRecord, people: Map<string, Person>): string {
  const name = people.get(summary.speaker)?.name ?? summary.speaker;
  return `${name}’s ${summary.kind === 'statement' ? 'opening statement' : 'answer'}`;
}

/**
 * The label every summary carries, so that no reader takes it for transcript: "Summary — Rex
 * Tillerson’s answer", or "Not found — …" for a line saying his words were not found; the
 * "(not transcript text)" that follows is the component's.
 */
export function summaryLabel(summary: SummaryRecord, people: Map<string, Person>): string {
  return `${summary.status === 'not-found' ? 'Not found' : 'Summary'} — ${summarisedTurn(summary, people)}`;
}

/** A summary's role in lists and search results: "Summary of Rex Tillerson’s answer". */
export function summaryRole(summary: SummaryRecord, people: Map<string, Person>): string {
  return `Summary of ${summarisedTurn(summary, people)}`;
}

/** The search filter value (`kind`) of the summaries' records: it separates them from transcript. */
export const SUMMARY_KIND = 'Summary (not transcript)';
