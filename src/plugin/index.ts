import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { invocationDir, pathsFromHere, resolveContentPaths, type ContentPaths } from '../core/content-dir.ts';
import { buildDocsSidebar, findLargeFolders } from '../core/docs/sidebar.ts';
import { hasErrors, diagnosticFormat } from '../core/diagnostics.ts';
import { BUILD_TOLERATED_ERRORS } from '../core/api/index.ts';
import { parseWayfinderOptions, type WayfinderUserOptions } from './options.ts';
import { devWatchIgnored } from './dev-watch.ts';
import { policyLevels, readPolicy } from '../core/policy.ts';
import { unresolvedRefsOf, type UnresolvedRef } from '../core/ref-policy.ts';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './base-links.ts';
import { checkAndKeep } from './checked-content.ts';
import { docId, redirectMap, ROUTES } from '../core/urls.ts';
import { entityRedirects } from '../core/catalog/redirects.ts';
import { safeLinksPlugin } from './safe-links.ts';
import { devStoreRefreshIntegration } from './dev-store-refresh.ts';
import { refuseBuild } from './refuse-build.ts';
import { quietBuildConfig } from './quiet-build.ts';

const VIRTUAL_CONFIG = 'virtual:wayfinder/config';

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
        // The content policies come from wayfinder.yaml in the content folder, the file
        // `npm run check` reads too, so the site and the CLI apply the same policy.
        const read = readPolicy(paths);
        // A refused build lists its warnings with its errors, once.
        if (hasErrors(read.diagnostics)) refuseBuild(read.diagnostics, 'policy file', { command, name });
        for (const d of read.diagnostics.filter((x) => x.severity === 'warning')) logger.warn(formatDiagnostic(d));
        const policy = read.policy;
        // Check every input before Astro writes anything, so a bad file fails the build
        // with all of its problems at file:line:col and no partial dist/. The result is kept
        // for the catalog loader and src/data/, so nothing is read and checked twice.
        const checked = checkAndKeep(paths, { stages: policy.stages, onBrokenRefs: policy.onBrokenRefs, onInvalidEntities: policy.onInvalidEntities, base: astroConfig.base, levels: policyLevels(policy) });
        const { docs, paths: onboardingPaths, catalog, diagnostics } = checked;
        // A definition that does not parse is an error (`npm run check` exits 1, so CI stops the
        // change), but all it costs the site is that API's rendered reference: the build goes on
        // and the API's page shows the parser's message beside the raw definition.
        const tolerated = diagnostics.filter((d) => d.severity === 'error' && BUILD_TOLERATED_ERRORS.includes(d.code));
        if (hasErrors(diagnostics.filter((d) => !tolerated.includes(d)))) refuseBuild(diagnostics, 'content', { command, name });
        for (const d of tolerated) logger.error(formatDiagnostic(d));
        for (const d of diagnostics.filter((x) => x.severity === 'warning')) logger.warn(formatDiagnostic(d));
        updateConfig({
          // Wide tables show that they scroll (src/styles/tables.css).
          customCss: [...(config.customCss ?? []), fileURLToPath(new URL('../styles/tables.css', import.meta.url))],
          // Starlight applies its Markdown features (asides, heading anchors) only to files
          // under src/content/docs and these folders.
          markdown: { ...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []), paths.docs, paths.lifecycle, ...(paths.manual ? [paths.manual] : [])] },
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
          configModuleIntegration(paths, { ...options, ...policy, ...siteIdentity(config) }, unresolvedRefsOf(checked), { root: fileURLToPath(astroConfig.root), largeFolders, devServer: command === 'dev' }),
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

/** The site's title and description from Starlight's config, for llms.txt and the assistant index. */
function siteIdentity(config: { title?: unknown; description?: unknown }): { siteTitle?: string; siteDescription?: string } {
  const first = (v: unknown): string | undefined => (typeof v === 'string' ? v : v && typeof v === 'object' ? Object.values(v).find((x): x is string => typeof x === 'string') : undefined);
  const siteTitle = first(config.title);
  const siteDescription = first(config.description);
  return { ...(siteTitle ? { siteTitle } : {}), ...(siteDescription ? { siteDescription } : {}) };
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

/** Exposes the resolved content folder, the site options, the content policy and the large docs folders to content.config.ts and pages. */
function configModuleIntegration(
  paths: ContentPaths,
  options: unknown,
  unresolved: UnresolvedRef[],
  site: { root: string; largeFolders: unknown; devServer: boolean },
): AstroIntegration {
  const resolvedId = '\0' + VIRTUAL_CONFIG;
  const source =
    `export const contentPaths = ${JSON.stringify(paths)};\n` +
    `export const options = ${JSON.stringify(options)};\n` +
    // Found once by the check above; /health/ and the team pages list them.
    `export const unresolvedRefs = ${JSON.stringify(unresolved)};\n` +
    `export const projectRoot = ${JSON.stringify(site.root)};\n` +
    `export const largeFolders = ${JSON.stringify(site.largeFolders)};\n` +
    `export const devServer = ${JSON.stringify(site.devServer)};\n`;
  return {
    name: 'wayfinder:config',
    hooks: {
      'astro:config:setup'({ updateConfig, config, logger }) {
        const processor = config.markdown.processor;
        if (isSatteriProcessor(processor)) processor.options.hastPlugins.push(safeLinksPlugin());
        else logger.warn('Script URLs in docs are only refused by the check: the Markdown processor is not Sätteri.');
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
            plugins: [
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
