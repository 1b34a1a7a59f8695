/**
 * Context notes, enhanced. Each note is on the page once, as its endnote, which every marker opens
 * as a native popover (components/Endnotes); without JavaScript it closes on Escape, on a tap
 * outside it or on its marker. Here, an open note also gets a close button (one button, moved to
 * whichever note is open, so the HTML does not carry one per note).
 *
 * Sidenotes: where the screen has a margin (70rem and wider), each note's title and first lines
 * appear beside the paragraph that first cites it. The note itself is on the page once, as its
 * endnote (components/Endnotes), which every marker opens as a popover; the sidenote is a short
 * copy made here, so the HTML carries each note once. It is hidden from assistive technology
 * (they reach the note through its marker) and never copied with the text; a click on it opens
 * the whole note. Without JavaScript the markers and endnotes still give every note.
 */
import { afterPaintStyles } from './after-paint-styles';

const WIDE = '(min-width: 70rem)';

/** Put a sidenote after the first citation of every endnote on the page. */
function placeSidenotes(): void {
  for (const [index, note] of [...document.querySelectorAll<HTMLElement>('.endnotes li[popover]')].entries()) {
    const marker = document.querySelector<HTMLElement>(`.note-marker[popovertarget="${CSS.escape(note.id)}"]`);
    const phrase = marker?.closest('.annotated');
    if (!phrase) continue;
    const side = document.createElement('span');
    side.className = 'sidenote';
    side.setAttribute('aria-hidden', 'true');
    side.dataset['pagefindIgnore'] = '';
    const title = document.createElement('strong');
    title.className = 'sidenote__title';
    title.textContent = `${index + 1}. ${note.querySelector('p > a')?.textContent ?? ''}`;
    const text = document.createElement('span');
    text.className = 'sidenote__text';
    // The note's first paragraph of its own (the endnote's first <p> holds its title and back-links).
    text.textContent = note.querySelector(':scope > p:nth-of-type(2)')?.textContent ?? '';
    side.append(title, text);
    side.addEventListener('click', () => note.showPopover());
    phrase.after(side);
  }
}

/** The one close button, put into a note as it opens. */
function addCloseButton(): void {
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'endnote__close';
  close.setAttribute('aria-label', 'Close note');
  close.textContent = '×';
  close.addEventListener('click', () => close.closest<HTMLElement>(':popover-open')?.hidePopover());
  for (const note of document.querySelectorAll<HTMLElement>('.endnotes li[popover]')) {
    note.addEventListener('beforetoggle', (event) => {
      if ((event as ToggleEvent).newState === 'open') note.append(close);
    });
  }
}

addCloseButton();
// Sidenotes are styled by the after-paint styles: placed before those, they would show as text.
void afterPaintStyles.then(() => {
  const wide = matchMedia(WIDE);
  if (wide.matches) placeSidenotes();
  else wide.addEventListener('change', placeSidenotes, { once: true });
});
