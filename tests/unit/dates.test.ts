/** Strict calendar dates (src/model/dates.ts): impossible days and months are refused with the reason. */
import { describe, expect, it } from 'vitest';
import { calendarDateSchema, parseCalendarDate } from '../../src/model/dates';

describe('parseCalendarDate', () => {
  it.each([
    ['2017-02-30', 'February 2017 has 28 days, not 30'],
    ['2017-13-45', 'there is no month 13'],
    ['2017-00-10', 'there is no month 00'],
    ['2017-04-31', 'April 2017 has 30 days, not 31'],
    ['2017-02-29', 'February 2017 has 28 days, not 29'],
    ['2017-04-00', 'April 2017 has 30 days, not 00'],
    ['2017-4-12', 'a date is written YYYY-MM-DD'],
    ['12 April 2017', 'a date is written YYYY-MM-DD'],
    ['2017-04-12T10:00', 'a date is written YYYY-MM-DD'],
  ])('refuses %s: %s', (text, reason) => {
    const parsed = parseCalendarDate(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });

  it('accepts real days, leap days included', () => {
    expect(parseCalendarDate('2017-04-12')).toEqual({
      ok: true,
      date: { year: 2017, month: 4, day: 12, precision: 'day' },
    });
    expect(parseCalendarDate('2016-02-29').ok).toBe(true);
    expect(parseCalendarDate('2000-02-29').ok).toBe(true);
    expect(parseCalendarDate('1900-02-29').ok).toBe(false);
  });

  it('accepts a month or a year only where the caller allows it', () => {
    expect(parseCalendarDate('2017-04').ok).toBe(false);
    expect(parseCalendarDate('2017-04', ['day', 'month', 'year']).ok).toBe(true);
    expect(parseCalendarDate('2017-13', ['day', 'month', 'year'])).toEqual({
      ok: false,
      reason: '2017-13 is not a date: there is no month 13',
    });
    expect(parseCalendarDate('2017', ['day', 'month'])).toEqual({
      ok: false,
      reason: 'a date is written YYYY-MM-DD (or YYYY-MM)',
    });
  });

  it('gives the reason as a Zod issue, for any schema (front matter, sources, corrections)', () => {
    const result = calendarDateSchema().safeParse('2017-02-30');
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      '2017-02-30 is not a date: February 2017 has 28 days, not 30',
    ]);
  });
});
