/** Doc freshness and catalog completeness. */
export * from './codeowners.ts';
export * from './freshness.ts';
export * from './git.ts';
export * from './report.ts';
export * from './rules.ts';
export * from './format.ts';
export * from './levels.ts';
export * from './level-gate.ts';
