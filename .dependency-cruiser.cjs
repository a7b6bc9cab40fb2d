/**
 * The layering of src/core, written down: tests/unit/layers.test.ts checks every import
 * against these rules, so `npm test` fails on an upward import or a circle.
 * (`npx depcruise src --config .dependency-cruiser.cjs` prints the same findings.)
 *
 * From the ground up (a floor may import the floors below it, never one above):
 *   1. model/       entity types, refs, the entity schema, diagnostics, the reference
 *                   policy. Imports nothing else in src/core.
 *   2. toolbox      the shared helpers every feature uses: URLs, names, dates, durations,
 *                   suggestions, safe URLs, inert text, the YAML reader (yaml/), the
 *                   content folder and its one reader, Markdown checks, mkdocs.yml's reader.
 *   3. features     one folder per kind of content: catalog/, docs/, lifecycle/, health/,
 *                   onboarding/, campaigns/, techdocs/, api/, graph/, ownership/,
 *                   diagrams/, migrations/. They may use one another, never in a circle,
 *                   and catalog/ (which every other feature reads) uses none of them but docs/.
 *   4. policy.ts    reads wayfinder.yaml into the options of the features it configures.
 *   5. faces        what a command or the build starts from: open-content.ts (the one
 *                   door), check-content.ts, content-safety.ts, site-routes.ts, review/,
 *                   notices/, assist/, scaffold/.
 * And src/core never imports Astro, nor src/pages, src/components, src/plugin, src/data
 * or src/loaders: it is plain TypeScript that the CLI and the tests run as it is.
 *
 * One home for a job, by its imports (issue #27): only src/core/urls.ts imports the
 * slugger (file paths become URL ids there), only src/core/suggest.ts computes edit
 * distance. (Which modules call the YAML parser is checked by tests/unit/one-home.test.ts:
 * the node types of `yaml` are fine to import anywhere.)
 */
const MODEL = '^src/core/model/';
const TOOLBOX =
  '^src/core/(yaml/|(names|urls|dates|duration|mkdocs-config|suggest|safe-url|inert-text|format-diagnostics|plain-messages|content-dir|content-fs|cache-dir|first-run|markdown|markdown-check|frontmatter-safety|remote-resources|route-registry|search-weights|page-sections)\\.ts$)';
const FEATURES = '^src/core/(catalog|docs|lifecycle|health|onboarding|campaigns|techdocs|api|graph|ownership|diagrams|migrations)/|^src/core/probably-wrong\\.ts$';
const POLICY = '^src/core/policy\\.ts$';
const FACES = '^src/core/(review|notices|assist|scaffold)/|^src/core/(open-content|check-content|content-safety|site-routes)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'model-is-the-ground-floor',
      comment: 'src/core/model/ is the ground floor: it imports nothing else in src/core.',
      severity: 'error',
      from: { path: MODEL },
      to: { path: '^src/', pathNot: MODEL },
    },
    {
      name: 'no-circles-in-core',
      comment: 'No module of src/core imports itself back through others: a circle has no floor.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { circular: true },
    },
    {
      name: 'core-is-plain-typescript',
      comment: 'src/core never imports Astro or the site (pages, components, the plugin, data, loaders).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(pages|components|plugin|data|loaders)/|(^|/)node_modules/(astro|@astrojs/[^/]+)/|^astro:' },
    },
    {
      name: 'toolbox-below-features',
      comment: 'The toolbox (URLs, names, YAML, the content reader …) serves every feature and so imports none.',
      severity: 'error',
      from: { path: TOOLBOX },
      to: { path: `${FEATURES}|${POLICY}|${FACES}` },
    },
    {
      name: 'features-below-policy',
      comment: 'The policy reader sits above the features it configures; a feature takes its options as arguments.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: `${POLICY}|${FACES}` },
    },
    {
      name: 'catalog-below-other-features',
      comment: 'Every feature reads the catalog, so the catalog reads no feature but docs/ (the docs it resolves refs in).',
      severity: 'error',
      from: { path: '^src/core/catalog/' },
      to: { path: FEATURES, pathNot: '^src/core/(catalog|docs)/' },
    },
    {
      name: 'policy-below-faces',
      comment: 'policy.ts is read by the faces (open-content.ts), never the other way round.',
      severity: 'error',
      from: { path: POLICY },
      to: { path: FACES },
    },
    {
      name: 'every-core-module-has-a-floor',
      comment: 'A new file or folder in src/core goes on a floor: add it to the lists in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: `${MODEL}|${TOOLBOX}|${FEATURES}|${POLICY}|${FACES}|\\.test\\.ts$` },
      to: {},
    },
    {
      name: 'only-urls-slugs',
      comment: 'Only src/core/urls.ts turns file paths and titles into URL ids: it alone imports the slugger.',
      severity: 'error',
      from: { path: '^(src|scripts)/', pathNot: '^src/core/urls\\.ts$' },
      to: { path: '(^|/)node_modules/github-slugger/' },
    },
    {
      name: 'only-suggest-measures-distance',
      comment: 'Only src/core/suggest.ts computes edit distance: every "did you mean" follows its one rule.',
      severity: 'error',
      from: { path: '^(src|scripts)/', pathNot: '^src/core/suggest\\.ts$' },
      to: { path: '(^|/)node_modules/fastest-levenshtein/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
  },
};
