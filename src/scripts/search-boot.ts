/**
 * Loaded on every page, and kept tiny: it wires `/` to focus the search box and loads the search
 * UI (and through it Pagefind) only when a reader first touches a search box. Nothing is fetched
 * at page load.
 */

type SearchUi = typeof import('./search-ui');
let ui: Promise<SearchUi> | undefined;

/** Load the search UI once, then enhance every search box on the page. */
function loadUi(): Promise<SearchUi> {
  ui ??= import('./search-ui').then((module) => {
    document.querySelectorAll<HTMLElement>('[data-search]').forEach((root) => module.enhance(root));
    return module;
  });
  return ui;
}

/** True when the key press is meant for a text field, not for the page. */
function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
}

for (const input of document.querySelectorAll<HTMLInputElement>('[data-search] input[type="search"]')) {
  input.addEventListener('focus', () => void loadUi(), { once: true });
  input.addEventListener('input', () => void loadUi(), { once: true });
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingInField(event)) return;
  const input = document.querySelector<HTMLInputElement>('[data-search="page"] input, [data-search] input');
  if (!input) return;
  event.preventDefault();
  input.focus();
});

// The search page starts with the query of its URL: load at once there.
if (document.querySelector('[data-search="page"]')) void loadUi();
