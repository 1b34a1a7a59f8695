/**
 * Links the styles nothing in the first paint needs (styles/after-paint.css: opened notes,
 * margin notes, the cite dialog, the search-match bar), as /search/ links its results' styles:
 * a module script runs after the document is parsed, so the file is not fetched beside the page.
 * Scripts that show something styled there wait for {@link afterPaintStyles}, so nothing appears
 * unstyled. Without JavaScript a `<noscript>` link in the head loads the same file.
 */
import href from '../styles/after-paint.css?url';

/** Resolves once the stylesheet has loaded (or failed: the page then works unstyled). */
export const afterPaintStyles: Promise<void> = new Promise((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.onload = link.onerror = () => resolve();
  document.head.append(link);
});
