/** `npm run new`: the kinds, their fields and checks, the files they become. */
export * from './kinds.ts';
export * from './context.ts';
export * from './answers.ts';
export * from './render.ts';
export * from './target.ts';
export * from './validate.ts';
export * from './write.ts';
export * from './site.ts';
