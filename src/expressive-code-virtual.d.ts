// The virtual modules astro-expressive-code provides to the build (its <Code> component
// uses them too); TechDocs code blocks are drawn with the same renderer.
declare module 'virtual:astro-expressive-code/config' {
  export const astroConfig: import('@astrojs/starlight/expressive-code').PartialAstroConfig;
  export const ecConfigFileOptions: import('@astrojs/starlight/expressive-code').AstroExpressiveCodeOptions;
  export const ecIntegrationOptions: import('@astrojs/starlight/expressive-code').AstroExpressiveCodeOptions;
}
declare module 'virtual:astro-expressive-code/preprocess-config' {
  const preprocessEcConfig: import('@astrojs/starlight/expressive-code').ConfigPreprocessorFn;
  export default preprocessEcConfig;
}
declare module 'virtual:astro-expressive-code/api' {
  export const createAstroRenderer: typeof import('@astrojs/starlight/expressive-code').createAstroRenderer;
  export const mergeEcConfigOptions: typeof import('@astrojs/starlight/expressive-code').mergeEcConfigOptions;
}
