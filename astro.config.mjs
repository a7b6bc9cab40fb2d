// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import wayfinder from './src/plugin/index.ts';

// https://astro.build/config
export default defineConfig({
  // Set `site` to the public URL and `base` to the sub-path when the site is not served
  // from the root of its host, e.g. base: '/handbook'. See /docs/wayfinder/deploy-the-site/.
  site: process.env.WAYFINDER_SITE ?? 'https://handbook.tidewater.example',
  base: process.env.WAYFINDER_BASE ?? '/',
  trailingSlash: 'always',
  // Tests build fixture sites side by side; everyone else gets dist/.
  outDir: process.env.WAYFINDER_OUT_DIR ?? './dist',
  cacheDir: process.env.WAYFINDER_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    starlight({
      title: 'Tidewater Handbook',
      description: 'How to build, ship and run software at Tidewater: docs, onboarding, owners and changes.',
      // Exact service names should find the service's own page first. Term frequency counts
      // in full (Starlight's default is 0.1), so the weighted "who owns it / on-call" sentence
      // of team and entity pages ranks a team first for "payments on-call" (tests/build/search-ranking.test.ts).
      pagefind: { ranking: { termSimilarity: 5, termFrequency: 1 } },
      // The plugin's options are how the site presents the content (sidebar labels and
      // order). Content policies (stages, review period, health rules, reference policy,
      // report link) are in wayfinder.yaml in the content folder, which `npm run check`
      // reads too.
      plugins: [wayfinder()],
    }),
  ],
});
