/**
 * Loaded on the quote checker's page, and kept tiny: it loads the checker (the matching code and,
 * through it, the archive's words) only when the reader uses the form, or at once when the page's
 * address carries a quote (`?q=`). Nothing is fetched for a visit that checks nothing.
 */

const form = document.querySelector<HTMLFormElement>('[data-check-form]');
if (form) {
  let ui: Promise<void> | undefined;
  let ready = false;
  /** Load the checker once and hand it the form. */
  const load = (): Promise<void> =>
    (ui ??= import('./check-ui').then((module) => {
      module.enhance(form);
      ready = true;
    }));
  // A submit that arrives before the checker is held, and replayed once the checker is in.
  form.addEventListener('submit', (event) => {
    if (ready) return;
    event.preventDefault();
    void load().then(() => form.requestSubmit());
  });
  const field = form.querySelector('textarea');
  field?.addEventListener('focus', () => void load(), { once: true });
  if (new URLSearchParams(location.search).has('q')) void load();
}
