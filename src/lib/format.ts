/** Display formatting shared by pages. */

/** "12 April 2017" from an ISO date, independent of the build machine's time zone. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
