/**
 * Records every network request a browser context makes (pages, their workers and service
 * workers alike), so a test can assert where a page's traffic goes.
 */
import type { BrowserContext } from 'playwright-core';

/** One request: its method, its URL and what asked for it (document, script, fetch, font…). */
export interface RecordedRequest {
  method: string;
  url: string;
  resourceType: string;
}

/** Starts recording `context`'s requests into the returned (live) array; empty it to start over. */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    requests.push({ method: request.method(), url: request.url(), resourceType: request.resourceType() });
  });
  return requests;
}

/** The origin a request goes to; `blob:` URLs belong to the origin that made them. */
export function originOf(url: string): string {
  return new URL(url).origin;
}
