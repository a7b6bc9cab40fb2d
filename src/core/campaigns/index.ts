/** Campaigns: reading and checking campaign files, coverage and progress, history from git, calendar events. */
export * from './read.ts';
export * from './progress.ts';
export * from './history.ts';
export * from './series.ts';
export * from './state.ts';
export * from './calendar.ts';
