/**
 * The site's scripts, and the styles only they or a later moment need (styles/after-paint.css),
 * start loading after the first paint. Each page keeps them inside `<template
 * data-deferred-scripts>` (components/DeferredScripts.astro), where the browser neither fetches
 * nor runs them; this loader, inlined at the end of the body, adds them to the document once the
 * first contentful paint has been shown: stylesheets first, then (when those have loaded, so that
 * nothing a script shows appears unstyled) the module scripts. Why: reading needs neither, and a
 * file the browser finds in the HTML is fetched at once, beside the page; on a phone's connection
 * Lighthouse then counts it (and the chunk a script imports) before the largest paint, which cost
 * every page ~300 ms of simulated LCP (bench: home 934 → 687 ms without them). When all scripts
 * have run it sets `<html data-scripts="ready">`, which the end-to-end tests wait for. Without
 * JavaScript a `<noscript>` link in the head loads the same stylesheet.
 *
 * Kept here as the exact text the CSP hashes (astro.config.ts), like lib/theme-script.ts.
 */
import { createHash } from 'node:crypto';

/** The loader's text, exactly as it appears in the page. */
export const DEFERRED_SCRIPTS_LOADER = [
  '(()=>{let d=document,s=0,',
  // a(selector, parent): adds a copy of each held element (the copy is live: the browser fetches
  // it) to `parent`; returns a promise of all having loaded or failed. (An icon would never
  // settle: link rel=icon fires neither event, hence the exception.)
  "a=(q,p)=>{let l=[];d.querySelectorAll('template[data-deferred-scripts]').forEach(e=>",
  'e.content.querySelectorAll(q).forEach(h=>{let n=d.createElement(h.localName);',
  'for(let x of h.attributes)n.setAttribute(x.name,x.value);',
  "n.rel!='icon'&&l.push(new Promise(r=>n.onload=n.onerror=r));p.append(n)}));return Promise.all(l)},",
  // The stylesheet first; scripts once it is in; then the mark.
  "g=()=>s++||a('link',d.head).then(()=>a('script',d.body)).then(()=>d.documentElement.dataset.scripts='ready');",
  // After the first contentful paint has been presented (a frame is not enough: the paint is
  // timed when the compositor shows it, after the frame's tasks); browsers without paint timing
  // wait one frame.
  "try{if(PerformanceObserver.supportedEntryTypes.includes('paint'))",
  "return new PerformanceObserver(()=>setTimeout(g)).observe({type:'paint',buffered:true})}catch(e){}",
  'requestAnimationFrame(()=>setTimeout(g))})()',
].join('');

/** Its CSP source hash, `sha256-…` (without quotes), for `security.csp.scriptDirective.hashes`. */
export const DEFERRED_SCRIPTS_LOADER_HASH =
  `sha256-${createHash('sha256').update(DEFERRED_SCRIPTS_LOADER).digest('base64')}` as const;
