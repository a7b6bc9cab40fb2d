declare module 'virtual:wayfinder/config' {
  export const contentPaths: import('./core/content-dir.ts').ContentPaths;
  /** The Astro project root (absolute), to place a doc entry's `filePath`. */
  export const projectRoot: string;
  /** Docs folders whose docs the sidebar does not list (see findLargeFolders). */
  export const largeFolders: {
    folder: string;
    path: string;
    label: string;
    /** The folder's own docs, relative to content/docs, in sidebar order. */
    docs: string[];
    subfolders: string[];
    /** Docs in the folder and its subfolders. */
    total: number;
    /** Site path (without base) of the index link that stands for the folder in the sidebar. */
    shownAt: string;
  }[];
  /** The plugin's site options and the content folder's policy (wayfinder.yaml). */
  export const options: import('./plugin/options.ts').WayfinderOptions &
    import('./core/policy.ts').Policy & {
      /** The site's title and description (wayfinder.yaml site:), for llms.txt and the assistant index. */
      siteTitle?: string;
      siteDescription?: string;
    };
  /** The site's identity from wayfinder.yaml `site:` (WAYFINDER_SITE / WAYFINDER_BASE on top). */
  export const site: import('./core/open-content.ts').SiteIdentity;
  /** The options of the one check, as openContent gave them (policy, base). */
  export const checkOptions: import('./core/check-content.ts').CheckContentOptions;
  /** True under `astro dev` (content.config.ts renders docs on request there, see docsGlob). */
  export const devServer: boolean;
  /** References to entities not in the catalog (published under onBrokenRefs: warn). */
  export const unresolvedRefs: import('./core/model/ref-policy.ts').UnresolvedRef[];
}
