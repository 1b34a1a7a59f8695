/**
 * Progressive enhancements for linking and citing, all small: copy buttons for the cite blocks,
 * paragraph and passage links that also copy their full URL (a passage's link opens the share
 * sheet instead where the browser has the Web Share API), and "copy link to this quote" for a
 * selection inside a paragraph (a text-fragment URL). Each says what it did to screen readers.
 */

import { openingWords, QUOTE_CHARACTERS } from '../shared/opening-words';

/** Say `message` through the page's polite live region. */
function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers announce a repeated message too.
  setTimeout(() => (region.textContent = message), 50);
}

/** Copy text to the clipboard; resolve to whether it worked. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The full URL of an anchor on this page. */
function urlOf(hash: string): string {
  return `${location.origin}${location.pathname}${hash}`;
}

// Copy buttons (cite blocks) are revealed here, and answered wherever they are, so the ones
// scripts/cite-dialog.ts brings into the transcript's cite dialog work too.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const source = document.getElementById(button.dataset['copy'] ?? '');
  const ok = source ? await copy((source.innerText || source.textContent || '').trim()) : false;
  announce(ok ? 'Citation copied' : 'Could not copy; select the text instead');
  button.textContent = ok ? 'Copied' : 'Copy failed';
  setTimeout(() => (button.textContent = 'Copy'), 2000);
});

// Where the browser can hand a link to other apps (phones, mostly), a passage's link offers that:
// its title, its opening words and its own page's URL, whose social card shows the same words.
const canShare = typeof navigator.share === 'function';
if (canShare) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.segment__link')) {
    link.title = 'Share…';
    const label = link.querySelector('.visually-hidden');
    if (label) label.textContent = 'Share…';
  }
}

/** The speaker's words of a passage as the page shows them: no turn label, note or button. */
function passageText(section: Element): string {
  return [...section.querySelectorAll('.segment__body p')]
    .map((paragraph) => {
      const words = paragraph.cloneNode(true) as Element;
      for (const added of words.querySelectorAll('[data-pagefind-ignore], .turn-label')) added.remove();
      return words.textContent ?? '';
    })
    .join(' ');
}

/**
 * A passage's title for sharing: its page's (`data-share-title`), or on the full transcript the
 * heading of the passage or of the exchange it answers in, which say the same.
 */
function shareTitle(link: HTMLAnchorElement): string {
  const heading = (link.closest('.exchange') ?? link.closest('.segment'))?.querySelector('.segment__title');
  return link.dataset['shareTitle'] ?? heading?.textContent?.trim() ?? document.title;
}

/** Open the system share sheet for a passage link; resolve to whether it was handled. */
async function share(link: HTMLAnchorElement): Promise<boolean> {
  const section = link.closest('.segment');
  // The passage's own page (printed for paper readers), even when shared from the transcript.
  const url = section?.querySelector('.segment__print-url')?.textContent?.trim();
  if (!section || !url) return false;
  const text = `“${openingWords(passageText(section), QUOTE_CHARACTERS)}”`;
  try {
    await navigator.share({ url, text, title: shareTitle(link) });
    return true;
  } catch (error) {
    // Dismissing the sheet is an answer, not a failure; anything else falls back to copying.
    return error instanceof DOMException && error.name === 'AbortError';
  }
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.para-link, a.segment__link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  // The link still goes to its anchor (so it is highlighted); the share sheet opens, or the full
  // URL goes to the clipboard.
  if (canShare && link.matches('a.segment__link') && (await share(link))) return;
  const ok = await copy(urlOf(link.hash));
  announce(ok ? 'Link copied' : 'Link opened; copy it from the address bar');
});

/** A text-fragment URL for `text` in paragraph `id`: the whole text, or its first and last words. */
export function quoteUrl(id: string, text: string): string {
  const words = text.trim().split(/\s+/);
  const encode = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D');
  const directive =
    words.length <= 8
      ? encode(words.join(' '))
      : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  return urlOf(`#${id}:~:text=${directive}`);
}

const quoteButton = document.createElement('button');
quoteButton.type = 'button';
quoteButton.className = 'quote-link';
quoteButton.textContent = 'Copy link to this quote';
quoteButton.hidden = true;
document.body.append(quoteButton);

document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  const text = selection?.toString() ?? '';
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const start = range?.startContainer.parentElement?.closest<HTMLElement>('.segment__body p[id]');
  const end = range?.endContainer.parentElement?.closest<HTMLElement>('.segment__body p[id]');
  if (!range || !start || start !== end || text.trim().length < 3) {
    quoteButton.hidden = true;
    return;
  }
  const box = range.getBoundingClientRect();
  quoteButton.style.top = `${window.scrollY + box.bottom + 8}px`;
  quoteButton.style.left = `${Math.max(8, window.scrollX + box.left)}px`;
  quoteButton.dataset['url'] = quoteUrl(start.id, text);
  quoteButton.hidden = false;
});

quoteButton.addEventListener('mousedown', (event) => event.preventDefault()); // keep the selection
quoteButton.addEventListener('click', async () => {
  const ok = await copy(quoteButton.dataset['url'] ?? '');
  announce(ok ? 'Link to the quote copied' : 'Could not copy the link');
  quoteButton.hidden = true;
});
