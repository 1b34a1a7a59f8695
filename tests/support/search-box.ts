/** Helpers for driving a search box (the header's or the search page's) in the end-to-end tests. */
import type { Page } from 'playwright-core';

/** Waits until the search box under `root` has drawn its outcome for `query`. */
export async function waitForOutcome(page: Page, root: string, query: string): Promise<void> {
  await page.waitForFunction(
    ([selector, text]) =>
      document.querySelector(`${selector} [data-search-status]`)?.textContent?.includes(`“${text}”`) ?? false,
    [root, query] as const,
    { timeout: 10_000 },
  );
}
