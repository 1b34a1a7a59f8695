// Applies the reader's chosen colour theme (saved by the theme button) before the page paints,
// so a dark-mode reader never sees a flash of the light theme. Without a choice, the system
// setting applies through CSS alone.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
  // Storage can be disabled; the system setting then applies.
}
