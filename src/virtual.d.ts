declare module 'virtual:wayfinder/config' {
  export const contentPaths: import('./core/content-dir.ts').ContentPaths;
  /** The plugin's site options and the content folder's policy (wayfinder.yaml). */
  export const options: import('./plugin/options.ts').WayfinderOptions & import('./core/policy.ts').Policy;
  /** References to entities not in the catalog (published under onBrokenRefs: warn). */
  export const unresolvedRefs: import('./core/ref-policy.ts').UnresolvedRef[];
}
