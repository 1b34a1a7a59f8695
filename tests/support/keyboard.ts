/**
 * Keyboard-only navigation helpers: press Tab the way a reader does until focus reaches an
 * element, counting the presses and giving up after a cap (so a focus trap or a missing element
 * fails with a count, not a timeout), and describe where focus is.
 */
import type { Page } from 'playwright-core';

/** A short description of the focused element: `tag#id.class "text"`, or `body`. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    const id = active.id ? `#${active.id}` : '';
    const classes = active.classList.length > 0 ? `.${[...active.classList].join('.')}` : '';
    const text = (active.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${active.tagName.toLowerCase()}${id}${classes} "${text}"`;
  });
}

/**
 * Presses Tab until the focused element matches `selector`; returns how many presses it took.
 * Throws, listing the stops visited, if `cap` presses do not get there.
 */
export async function tabUntil(page: Page, selector: string, cap: number): Promise<number> {
  const visited: string[] = [];
  for (let presses = 1; presses <= cap; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return presses;
    visited.push(await focusedElement(page));
  }
  throw new Error(`Focus did not reach ${selector} in ${cap} Tab presses. Stops:\n  ${visited.join('\n  ')}`);
}

/** Whether the element matching `selector` lies wholly inside the viewport (and is rendered). */
export function inViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth
      );
    });
}

/**
 * Whether a reader can see the start of the element matching `selector` (a marker, or a whole
 * section): its top edge is inside the viewport, and what is drawn just below that edge is the
 * element itself, not a sticky header or another layer over it.
 */
export function seenOnScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.top < 0 || box.top >= window.innerHeight) return false;
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 8));
      return top !== null && (element === top || element.contains(top));
    });
}
