declare module 'virtual:wayfinder/config' {
  export const contentPaths: import('./core/content-dir.ts').ContentPaths;
  export const options: import('./plugin/options.ts').WayfinderOptions;
}
