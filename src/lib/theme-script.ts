/**
 * The one script that must run before the first paint: it applies the reader's chosen colour
 * theme (saved by the theme button, scripts/theme-toggle.ts), so a dark-mode reader never sees a
 * flash of the light theme. Without a choice the system setting applies through CSS alone.
 * It is inlined in every page's head (a file would be a render-blocking request) and allowed by
 * its hash in the Content-Security-Policy (astro.config.ts), so it is kept here as the exact text
 * that is hashed. Storage can be disabled: the system setting then applies.
 */
import { createHash } from 'node:crypto';

/** The script's text, exactly as it appears in the page. */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** Its CSP source hash, `sha256-…` (without quotes), for `security.csp.scriptDirective.hashes`. */
export const THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
