/**
 * Strict calendar dates for everything editors write (transcript front matter, note and summary
 * sources, the corrections log): `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where a schema allows less
 * precision. A date that does not exist (2017-02-30, 2017-13-45) is refused with the reason,
 * instead of rolling over to 2 March or showing "Invalid Date". Pure: no files, no clock.
 */
import { z } from 'astro/zod';

/** How precise a date is: a day, a month, or only a year. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A parsed calendar date. */
export interface CalendarDate {
  year: number;
  /** 1–12, when the precision is month or day. */
  month?: number;
  /** 1–31, when the precision is day. */
  day?: number;
  precision: DatePrecision;
}

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const FORMATS: Record<DatePrecision, string> = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };

/** Days in `month` (1–12) of `year`, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The written forms a set of precisions allows, for messages: "YYYY-MM-DD (or YYYY-MM, YYYY)". */
export function dateFormats(allow: readonly DatePrecision[]): string {
  const [first, ...rest] = allow.map((precision) => FORMATS[precision]);
  return rest.length ? `${first} (or ${rest.join(', ')})` : (first ?? '');
}

/**
 * Parse `text` as a calendar date of one of the `allow`ed precisions. Returns the date, or the
 * reason it is not one ("February 2017 has 28 days, not 30").
 */
export function parseCalendarDate(
  text: string,
  allow: readonly DatePrecision[] = ['day'],
): { ok: true; date: CalendarDate } | { ok: false; reason: string } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  const precision: DatePrecision | undefined = !match ? undefined : match[3] ? 'day' : match[2] ? 'month' : 'year';
  if (!match || !precision || !allow.includes(precision)) {
    return { ok: false, reason: `a date is written ${dateFormats(allow)}` };
  }
  const year = Number(match[1]);
  if (precision === 'year') return { ok: true, date: { year, precision } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, reason: `${text} is not a date: there is no month ${match[2]}` };
  if (precision === 'month') return { ok: true, date: { year, month, precision } };
  const day = Number(match[3]);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      ok: false,
      reason: `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days, not ${match[3]}`,
    };
  }
  return { ok: true, date: { year, month, day, precision } };
}

/**
 * A Zod schema for a date string of the `allow`ed precisions, refusing impossible dates with the
 * reason. Unquoted YAML dates are strings under YAML 1.2, so the text is checked as written.
 */
export function calendarDateSchema(allow: readonly DatePrecision[] = ['day']) {
  return z.string().superRefine((value, context) => {
    const parsed = parseCalendarDate(value, allow);
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.reason });
  });
}
