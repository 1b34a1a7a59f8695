/**
 * The full transcript's one cite dialog. Each passage's "Cite" link goes to the cite block on the
 * passage's own page (so it works without JavaScript); here, a click opens the page's dialog
 * instead and fills it with that same block, fetched from the passage page: the transcript
 * carries no citation markup of its own, and the dialog shows exactly what the passage page does
 * (the three formats, highlighted, with copy buttons). If the fetch fails, the link is followed.
 */
const dialog = document.querySelector<HTMLDialogElement>('dialog#cite-dialog');

/** The cite block and the passage's title on the page at `url`, or undefined if unreachable. */
async function citeBlockOf(url: string): Promise<{ block: Element; title: string } | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const block = page.querySelector('.cite');
    if (!block) return undefined;
    // The dialog has its own heading, which names the passage.
    block.querySelector('.cite__title')?.remove();
    for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
    return { block: document.importNode(block, true), title: page.querySelector('h1')?.textContent?.trim() ?? '' };
  } catch {
    return undefined;
  }
}

if (dialog) {
  const title = dialog.querySelector<HTMLElement>('.cite-dialog__title');
  const body = dialog.querySelector<HTMLElement>('.cite-dialog__body');
  const loaded = new Map<string, Promise<{ block: Element; title: string } | undefined>>();
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.segment__cite');
    if (!link || !title || !body) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const page = link.href.split('#')[0] ?? link.href;
    if (!loaded.has(page)) loaded.set(page, citeBlockOf(page));
    title.textContent = 'Cite this passage';
    const waiting = document.createElement('p');
    waiting.textContent = 'Loading the citation…';
    body.replaceChildren(waiting);
    dialog.showModal();
    const found = await loaded.get(page);
    if (!found) {
      loaded.delete(page);
      dialog.close();
      location.href = link.href;
      return;
    }
    title.textContent = found.title ? `Cite: ${found.title}` : 'Cite this passage';
    body.replaceChildren(found.block.cloneNode(true));
  });
  // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
