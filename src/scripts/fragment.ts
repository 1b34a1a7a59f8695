/**
 * Reading a URL's fragment safely. Readers (and link checkers, and mangled links in e-mails)
 * send fragments such as `#%` or `#%E0%A4%A` that `decodeURIComponent` rejects with a
 * `URIError`; an uncaught one at module load would stop every enhancement bundled with it.
 */

/** The id a fragment names (`#a-cyber` → `a-cyber`), percent-decoded; kept as written when malformed. */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
