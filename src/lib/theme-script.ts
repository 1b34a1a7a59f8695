/**
 * The one script that must run before the first paint, inlined in every page's head (a file
 * would be a render-blocking request) and allowed by its hash in the Content-Security-Policy
 * (astro.config.ts), so it is kept here as the exact text that is hashed. It applies the reader's
 * chosen colour theme, so a dark-mode reader never sees a flash of the light theme, and it
 * answers the theme button (BaseLayout's `[data-theme-toggle]`, by a listener on the document)
 * from the first paint on, not only once the site's scripts have loaded: a click cycles System →
 * Light → Dark, and the choice is remembered in localStorage. The button's label is CSS's
 * (styles/layout.css shows the name of the `html[data-theme]` in force), so it is right in the
 * first paint too. Without a choice the system setting applies through CSS alone; storage can
 * be disabled: the choice then lasts for the page.
 */
import { createHash } from 'node:crypto';

/** The script's text, exactly as it appears in the page. */
export const THEME_SCRIPT = [
  '(()=>{let d=document,r=d.documentElement,k="theme",',
  // s(theme): applies a theme ("" for the system's) and remembers it.
  's=(t,w)=>{t?r.dataset.theme=t:delete r.dataset.theme;',
  'try{w&&(t?localStorage.setItem(k,t):localStorage.removeItem(k))}catch(e){}},t;',
  'try{t=localStorage.getItem(k)}catch(e){}',
  's(t=="light"||t=="dark"?t:"");',
  'd.addEventListener("click",e=>{if(e.target.closest?.("[data-theme-toggle]")){',
  't=r.dataset.theme;s(t=="light"?"dark":t=="dark"?"":"light",1)}})})()',
].join('');

/** Its CSP source hash, `sha256-…` (without quotes), for `security.csp.scriptDirective.hashes`. */
export const THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
