import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { isInside } from '../core/content-fs.ts';
import { invocationDir, pathsFromHere, resolveContentPaths, type ContentPaths } from '../core/content-dir.ts';
import { buildDocsSidebar, findLargeFolders } from '../core/docs/sidebar.ts';
import { hasErrors } from '../core/model/diagnostics.ts';
import { diagnosticFormat } from '../core/format-diagnostics.ts';
import { BUILD_TOLERATED_ERRORS } from '../core/api/index.ts';
import { parseWayfinderOptions, type WayfinderUserOptions } from './options.ts';
import { devWatchIgnored } from './dev-watch.ts';
import { envOverrides, openContent, type SiteIdentity } from '../core/open-content.ts';
import type { CheckContentOptions } from '../core/check-content.ts';
import { unresolvedRefsOf, type UnresolvedRef } from '../core/model/ref-policy.ts';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './base-links.ts';
import { checkAndKeep } from './checked-content.ts';
import { docId, redirectMap, ROUTES } from '../core/urls.ts';
import { entityRedirects } from '../core/catalog/redirects.ts';
import { safeLinksPlugin } from './safe-links.ts';
import { devStoreRefreshIntegration } from './dev-store-refresh.ts';
import { diagramsPlugin } from './diagrams.ts';
import { diagramCacheDir } from '../core/diagrams/cache.ts';
import { refuseBuild } from './refuse-build.ts';
import { quietBuildConfig } from './quiet-build.ts';

const VIRTUAL_CONFIG = 'virtual:wayfinder/config';

/** Said once per build when wayfinder.yaml names no public URL. */
const NO_SITE_URL =
  'The site has no public URL: canonical links are left out and feed addresses are built in the browser. Set `site: { url: https://… }` in wayfinder.yaml (or WAYFINDER_SITE) to the address the site is served at.';

/** The Wayfinder Starlight plugin: content folder, sidebar, input checks and site data. */
export default function wayfinder(userOptions: WayfinderUserOptions = {}): StarlightPlugin {
  const options = parseWayfinderOptions(userOptions);
  return {
    name: 'wayfinder',
    hooks: {
      'config:setup'({ updateConfig, addIntegration, addRouteMiddleware, astroConfig, config, logger, command }) {
        const paths = resolveContentPaths(undefined, process.env, process.cwd(), fileURLToPath(astroConfig.root));
        if (options.allowReadsFrom.length) paths.allowReadsFrom = options.allowReadsFrom;
        // Printed paths are relative to where the build was run from, so a click opens the file.
        const name = pathsFromHere(paths, invocationDir());
        const formatDiagnostic = diagnosticFormat(name);
        // The one door (src/core/open-content.ts): the policy and the site's identity come
        // from wayfinder.yaml in the content folder, as every other face reads it.
        const opened = openContent(paths, envOverrides(process.env));
        // A refused build lists its warnings with its errors, once.
        if (hasErrors(opened.diagnostics)) refuseBuild(opened.diagnostics, 'policy file', { command, name });
        for (const d of opened.diagnostics.filter((x) => x.severity === 'warning')) logger.warn(formatDiagnostic(d));
        const { policy, site } = opened;
        // Check every input before Astro writes anything, so a bad file fails the build
        // with all of its problems at file:line:col and no partial dist/. The result is kept
        // for the catalog loader and src/data/, so nothing is read and checked twice.
        const checked = checkAndKeep(paths, { ...opened.checkOptions, base: astroConfig.base });
        const { docs, paths: onboardingPaths, catalog, diagnostics } = checked;
        // A definition that does not parse is an error (`npm run check` exits 1, so CI stops the
        // change), but all it costs the site is that API's rendered reference: the build goes on
        // and the API's page shows the parser's message beside the raw definition.
        const tolerated = diagnostics.filter((d) => d.severity === 'error' && BUILD_TOLERATED_ERRORS.includes(d.code));
        if (hasErrors(diagnostics.filter((d) => !tolerated.includes(d)))) refuseBuild(diagnostics, 'content', { command, name });
        for (const d of tolerated) logger.error(formatDiagnostic(d));
        for (const d of diagnostics.filter((x) => x.severity === 'warning')) logger.warn(formatDiagnostic(d));
        if (!astroConfig.site) logger.warn(NO_SITE_URL);
        updateConfig({
          // The site is named by its content (wayfinder.yaml `site:`), not by astro.config.mjs.
          title: site.title,
          ...(site.description ? { description: site.description } : {}),
          ...(site.logo ? { logo: { src: site.logo, alt: site.title, replacesTitle: false } } : {}),
          // Starlight applies its Markdown features (asides, heading anchors) only to files
          // under src/content/docs and these folders.
          markdown: { ...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []), paths.docs, paths.lifecycle, ...(paths.manual ? [paths.manual] : [])] },
          // Wide tables show that they scroll (src/styles/tables.css); diagrams and maps fit their column.
          customCss: [
            ...(config.customCss ?? []),
            fileURLToPath(new URL('../styles/tables.css', import.meta.url)),
            fileURLToPath(new URL('../components/diagrams/diagrams.css', import.meta.url)),
          ],
          components: {
            PageTitle: fileURLToPath(new URL('../components/overrides/PageTitle.astro', import.meta.url)),
            Hero: fileURLToPath(new URL('../components/overrides/Hero.astro', import.meta.url)),
            ...config.components,
          },
          // A few fixed entries, never one per entity: the sidebar is written into every page.
          sidebar: [
            ...(onboardingPaths.length ? [{ label: 'Onboarding', link: ROUTES.onboarding }] : []),
            ...(catalog.entities.length
              ? [
                  { label: 'Service catalog', link: ROUTES.catalog },
                  { label: 'Teams', link: ROUTES.teams },
                ]
              : []),
            { label: 'Lifecycle calendar', link: ROUTES.lifecycle },
            { label: 'Health', link: ROUTES.health },
            ...(checked.campaigns.length ? [{ label: 'Campaigns', link: ROUTES.campaigns }] : []),
            ...buildDocsSidebar(docs, options.sectionLabels, options.sectionOrder, options.sidebarFolderLimit),
            ...(config.sidebar ?? []),
          ],
        });
        // The large folders' index pages and the route middleware that shows a doc of such
        // a folder under its index link read this list (docs as paths relative to content/docs).
        const largeFolders = findLargeFolders(docs, options.sidebarFolderLimit, options.sectionLabels).map((f) => ({
          folder: f.folder,
          path: f.path,
          label: f.label,
          docs: f.docs.map((d) => d.relative),
          subfolders: f.subfolders,
          total: f.total,
          shownAt: f.shownAt,
        }));
        addIntegration(
          // siteTitle and siteDescription: llms.txt and the assistant index name the site as its pages do.
          configModuleIntegration(paths, { ...options, ...policy, siteTitle: site.title, ...(site.description ? { siteDescription: site.description } : {}) }, unresolvedRefsOf(checked), {
            root: fileURLToPath(astroConfig.root),
            largeFolders,
            devServer: command === 'dev',
            site,
            checkOptions: { ...opened.checkOptions, base: astroConfig.base },
          }),
        );
        // A content folder without a home page (an empty or missing one, say) still gets a
        // home page: what to add and the commands that add it.
        if (!docs.some((d) => docId(d.relative, d.slug) === 'index')) addIntegration(welcomePageIntegration());
        // Renamed entities: static pages at the old URLs that send readers on (registered
        // and checked against every other route by checkContent, so none replaces a page).
        const redirects = entityRedirects(catalog.entities);
        if (redirects.length) addIntegration(redirectsIntegration(redirectMap(redirects, astroConfig.base)));
        addRouteMiddleware({ entrypoint: new URL('./route-data.ts', import.meta.url).pathname });
        // Each page that has a Markdown twin links it in its head (src/data/assist.ts).
        addRouteMiddleware({ entrypoint: new URL('./twin-link.ts', import.meta.url).pathname });
        if (command === 'dev') addIntegration(devStoreRefreshIntegration());
      },
    },
  };
}

/** Adds Astro redirects (old path -> new path with base): static meta-refresh pages with a canonical link. */
function redirectsIntegration(redirects: Record<string, string>): AstroIntegration {
  return {
    name: 'wayfinder:redirects',
    hooks: {
      'astro:config:setup'({ updateConfig, config }) {
        updateConfig({ redirects: { ...config.redirects, ...redirects } });
      },
    },
  };
}

/** Adds the first-run home page at / (src/components/first-run/Welcome.astro). */
function welcomePageIntegration(): AstroIntegration {
  return {
    name: 'wayfinder:welcome',
    hooks: {
      'astro:config:setup'({ injectRoute }) {
        injectRoute({ pattern: ROUTES.home, entrypoint: fileURLToPath(new URL('../components/first-run/Welcome.astro', import.meta.url)), prerender: true });
      },
    },
  };
}

/**
 * MDX in the content folder may import what the project provides (Starlight's and Astro's
 * components, say) wherever the folder is: a content repository beside the project has no
 * node_modules of its own, so a package name imported from a content file is resolved as
 * if imported from the project root. Paths are left to Vite (the check refuses an import
 * whose path leads outside the content folder: src/core/markdown-check.ts).
 */
function contentImportsPlugin(contentRoot: string, projectRoot: string): Plugin {
  const fromProject = path.join(projectRoot, 'package.json');
  return {
    name: 'wayfinder:content-imports',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !isPackageName(source)) return null;
      const file = importer.split('?')[0] ?? importer;
      if (!path.isAbsolute(file) || !isInside(contentRoot, file)) return null;
      return this.resolve(source, fromProject, { ...options, skipSelf: true });
    },
  };
}

/** True for a bare module name (`astro/x`, `@astrojs/starlight/components`), not a path, URL or virtual module. */
function isPackageName(source: string): boolean {
  return /^(@[\w.-]+\/)?[\w.-]+(\/|$)/.test(source) && !source.startsWith('.') && !/^[\w-]+:/.test(source);
}

/** Exposes the resolved content folder, the site options, the content policy and the large docs folders to content.config.ts and pages. */
function configModuleIntegration(
  paths: ContentPaths,
  options: unknown,
  unresolved: UnresolvedRef[],
  site: { root: string; largeFolders: unknown; devServer: boolean; site: SiteIdentity; checkOptions: CheckContentOptions },
): AstroIntegration {
  const diagrams = site.checkOptions.policy?.features.diagrams ?? true;
  const resolvedId = '\0' + VIRTUAL_CONFIG;
  const source =
    `export const contentPaths = ${JSON.stringify(paths)};\n` +
    `export const options = ${JSON.stringify(options)};\n` +
    // Found once by the check above; /health/ and the team pages list them.
    `export const unresolvedRefs = ${JSON.stringify(unresolved)};\n` +
    `export const projectRoot = ${JSON.stringify(site.root)};\n` +
    `export const largeFolders = ${JSON.stringify(site.largeFolders)};\n` +
    `export const devServer = ${JSON.stringify(site.devServer)};\n` +
    `export const site = ${JSON.stringify(site.site)};\n` +
    // The options of the one check, as openContent gave them (the dev server's re-check uses them).
    `export const checkOptions = ${JSON.stringify(site.checkOptions)};\n`;
  return {
    name: 'wayfinder:config',
    hooks: {
      'astro:config:setup'({ updateConfig, config, logger }) {
        const processor = config.markdown.processor;
        if (isSatteriProcessor(processor)) processor.options.hastPlugins.push(safeLinksPlugin());
        // ```mermaid fences in docs and announcements become static SVG (src/plugin/diagrams.ts).
        // Off (wayfinder.yaml features.diagrams: false), they stay code blocks.
        if (isSatteriProcessor(processor) && diagrams) processor.options.mdastPlugins.push(diagramsPlugin(diagramCacheDir(process.env, site.root)));
        if (!isSatteriProcessor(processor)) logger.warn('Script URLs in docs are only refused by the check: the Markdown processor is not Sätteri.');
        if (config.base.replace(/\/+$/, '') !== '') {
          if (isSatteriProcessor(processor)) processor.options.hastPlugins.push(baseLinksPlugin(config.base));
          else logger.warn('Links in docs are not prefixed with `base`: the Markdown processor is not Sätteri.');
        }
        updateConfig({
          // Warnings nobody can act on (quiet-build.ts says why each is safe).
          prerenderConflictBehavior: quietBuildConfig.prerenderConflictBehavior,
          vite: {
            build: quietBuildConfig.vite.build,
            // bench's output is not watched (dev-watch.ts): it held 260,000 files after a full run.
            server: { watch: { ignored: [devWatchIgnored(site.root, paths.root)] } },
            // Docs import the map components as `wayfinder/components/SystemMap.astro`, from any content folder.
            resolve: { alias: [{ find: /^wayfinder\/components\//, replacement: fileURLToPath(new URL('../components/diagrams/', import.meta.url)) }] },
            plugins: [
              contentImportsPlugin(paths.root, site.root),
              {
                name: 'wayfinder:virtual-config',
                resolveId: (id: string) => (id === VIRTUAL_CONFIG ? resolvedId : undefined),
                load: (id: string) => (id === resolvedId ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
