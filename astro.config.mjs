// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import wayfinder from './src/plugin/index.ts';
import { wayfinderAstroSettings } from './src/plugin/site-config.ts';

// The product's configuration, the same for every organisation. The site's identity (title,
// public URL, base path, logo, edit and issue links) is the content's: `site:` in
// wayfinder.yaml (WAYFINDER_SITE and WAYFINDER_BASE override url and base for previews).
// See /docs/wayfinder/deploy-the-site/.
const content = wayfinderAstroSettings(fileURLToPath(new URL('.', import.meta.url)));

// https://astro.build/config
export default defineConfig({
  site: content.site,
  base: content.base,
  trailingSlash: 'always',
  // Tests build fixture sites side by side; everyone else gets dist/.
  outDir: process.env.WAYFINDER_OUT_DIR ?? './dist',
  // One cache per content folder (under WAYFINDER_CACHE_DIR or node_modules/.astro), so a
  // build never sees another folder's content (src/core/cache-dir.ts).
  cacheDir: content.cacheDir,
  integrations: [
    starlight({
      // Set again by the plugin from wayfinder.yaml, once it has reported any problem there.
      title: content.identity.title,
      // Exact service names should find the service's own page first. Term frequency counts
      // in full (Starlight's default is 0.1), so the weighted "who owns it / on-call" sentence
      // of team and entity pages ranks a team first for "payments on-call" (tests/build/search-ranking.test.ts).
      pagefind: { ranking: { termSimilarity: 5, termFrequency: 1 } },
      // The plugin's options are how the product presents content (sidebar labels and
      // order). Content policies and the site's identity are in wayfinder.yaml in the
      // content folder, which `npm run check` reads too.
      plugins: [wayfinder()],
    }),
  ],
});
