/**
 * Lays out, in idle moments, what the full transcript left unlaid at load. On a phone's screen
 * the passages and endnotes below the first screen are `content-visibility: auto`
 * (styles/transcript.css), so the load lays out only what is on screen instead of the whole page
 * in one long task. Here each is then laid out in turn (marked `[data-laid-out]`, which lifts
 * the skipping, and measured, which lays it out now), a few per idle moment and never more than
 * {@link BUDGET_MS} at a time, well under the 50 ms that makes a task long: within a second the
 * page has its real height (the scroll bar stops changing as the reader scrolls) and every link
 * its real size (which accessibility checkers measure). While it works, `<html>` carries
 * `data-layout-pending`, which the end-to-end tests wait for.
 */
const SELECTOR = '.transcript__body > .part > *, .transcript__body > .endnotes li';
/** Work per idle moment, ms (on a slow phone, one passage takes a few). */
const BUDGET_MS = 8;

const pending = [...document.querySelectorAll<HTMLElement>(SELECTOR)].filter(
  (element) => !('laidOut' in element.dataset),
);
const root = document.documentElement;

/** Runs `work` when the browser is idle (Safari has no requestIdleCallback: a short timeout). */
const whenIdle = (work: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 16);

function layOutSome(): void {
  const end = performance.now() + BUDGET_MS;
  while (pending.length > 0 && performance.now() < end) {
    const element = pending.shift();
    if (!element) break;
    element.dataset['laidOut'] = '';
    void element.offsetHeight;
  }
  if (pending.length > 0) whenIdle(layOutSome);
  else delete root.dataset['layoutPending'];
}

if (pending.length > 0) {
  root.dataset['layoutPending'] = '';
  whenIdle(layOutSome);
}
