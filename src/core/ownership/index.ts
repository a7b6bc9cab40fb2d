/**
 * The ownership directory's logic: names, contacts and escalation, relations and the
 * dependency neighbourhood, teams, and the facts an entity page shows. No Astro here.
 */
export * from '../names.ts';
export * from './contacts.ts';
export * from './links.ts';
export * from './relations.ts';
export * from './teams.ts';
export * from './page.ts';
export * from './search-text.ts';
