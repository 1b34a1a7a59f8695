/**
 * The source policy (content/source-policy.yaml): which hosts notes and summaries may cite. Hosts
 * are classed `primary`, `record` or `never`; a host in none of them is `other` and may be cited
 * only with a `why` that readers see. A host covers its subdomains (un.org covers press.un.org),
 * and the most specific listed host wins, so a `never` subdomain can sit under a `record` domain.
 */
import { z } from 'astro/zod';
import type { SourceClass } from './vocabulary';

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** One listed host: its domain, whom it belongs to, and (for `never`) why it is refused. */
export const policyHostSchema = z.strictObject({
  /** A bare domain without scheme or `www.`: `reuters.com`, `press.un.org`. */
  host: z.string().regex(HOST, 'a host is a bare domain such as reuters.com (no https://, no path)'),
  /** Who publishes there, as readers know them. */
  name: z.string().trim().min(1, 'must not be empty'),
  /** Why the host is in its class (required for `never`: readers see it on /sources/). */
  why: z.string().trim().min(1, 'must not be empty').optional(),
});
/** A listed host. */
export type PolicyHost = z.infer<typeof policyHostSchema>;

/** The whole policy file. */
export const sourcePolicySchema = z
  .strictObject({
    primary: z.array(policyHostSchema).default([]),
    record: z.array(policyHostSchema).default([]),
    never: z.array(policyHostSchema.required({ why: true })).default([]),
  })
  .superRefine((policy, context) => {
    const seen = new Set<string>();
    for (const key of ['primary', 'record', 'never'] as const) {
      policy[key].forEach((entry, index) => {
        if (seen.has(entry.host)) {
          context.addIssue({ code: 'custom', path: [key, index, 'host'], message: `"${entry.host}" is listed twice` });
        }
        seen.add(entry.host);
      });
    }
  });
/** The source policy as pages and checks read it. */
export type SourcePolicy = z.infer<typeof sourcePolicySchema>;

/** A source's class under the policy, with the listed host that decided it (none for `other`). */
export interface Classified {
  class: SourceClass;
  host: string;
  listed?: PolicyHost;
}

/** The host of an https URL, lower-case and without `www.`. */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** Class the source at `url`: the most specific listed host that the URL's host is or sits under. */
export function classifySource(url: string, policy: SourcePolicy): Classified {
  const host = hostOf(url);
  let best: Classified = { class: 'other', host };
  for (const key of ['primary', 'record', 'never'] as const) {
    for (const entry of policy[key]) {
      const matches = host === entry.host || host.endsWith(`.${entry.host}`);
      if (matches && entry.host.length > (best.listed?.host.length ?? 0)) best = { class: key, host, listed: entry };
    }
  }
  return best;
}

/** An empty policy: every host is `other` (used when a content folder has no policy file). */
export const EMPTY_POLICY: SourcePolicy = { primary: [], record: [], never: [] };
