/**
 * The colour-theme button: cycles System → Light → Dark, remembers the choice in localStorage
 * (lib/theme-script.ts, inlined in every head, applies it before the next page paints) and says which theme is active.
 * Hidden without JavaScript, where the system setting applies.
 */
const THEMES = ['system', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function stored(): Theme {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Without storage the choice lasts for this page only.
  }
  for (const label of document.querySelectorAll('[data-theme-label]')) label.textContent = LABELS[theme];
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.addEventListener('click', () => {
    const next = THEMES[(THEMES.indexOf(stored()) + 1) % THEMES.length] ?? 'system';
    apply(next);
  });
}
apply(stored());
