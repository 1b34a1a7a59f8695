/**
 * Imported last by the last module script of every page (components/SiteScripts.astro, at the
 * end of the body; module scripts run in document order): once the after-paint styles are in,
 * every script has run and shown what it shows, so `<html data-scripts="ready">` tells the
 * end-to-end tests the page is complete.
 */
import { afterPaintStyles } from './after-paint-styles';

void afterPaintStyles.then(() => {
  document.documentElement.dataset['scripts'] = 'ready';
});
