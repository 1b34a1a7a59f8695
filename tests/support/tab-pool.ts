/**
 * A few browser tabs shared by many concurrent tests, so a walk over every page of dist/ runs in
 * parallel without opening a tab (or a context) per page: each test borrows a tab, uses it and
 * hands it back.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** A fixed set of tabs in one context; {@link TabPool.use} waits for a free one. */
export class TabPool {
  private readonly free: Page[];
  private readonly waiting: Array<(page: Page) => void> = [];

  private constructor(tabs: Page[]) {
    this.free = tabs;
  }

  /** Opens `size` tabs in `context`. */
  static async open(context: BrowserContext, size: number): Promise<TabPool> {
    const tabs = await Promise.all(Array.from({ length: size }, () => context.newPage()));
    return new TabPool(tabs);
  }

  /** Runs `task` with a tab of its own, returning the tab to the pool afterwards, even on failure. */
  async use<T>(task: (page: Page) => Promise<T>): Promise<T> {
    const page = this.free.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await task(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.free.push(page);
    }
  }
}
