/**
 * The lifecycle core: maturity stages, announcements and their checks, the calendar,
 * who is affected, notices, and the iCalendar writer. No Astro imports.
 */
export * from './stages.ts';
export * from './announcements.ts';
export * from './calendar.ts';
export * from './impact.ts';
export * from './notices.ts';
export * from './ics.ts';
export * from './items.ts';
export * from './periods.ts';
