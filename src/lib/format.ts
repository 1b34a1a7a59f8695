/** Display formatting shared by pages. */

/** "12 April 2017" from an ISO date, independent of the build machine's time zone. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A source date as written: "26 October 2017", "October 2017" or "2017". */
export function formatSourceDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year ?? iso;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1), 12));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return date.toLocaleDateString('en-GB', options);
}

/** Today's date (UTC, ISO) at build time: the access date printed in citations. */
export function buildDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Join names as "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
