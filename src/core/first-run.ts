/**
 * What a site with little or no content says instead of an empty list: the home page of a
 * content folder without one, and each empty section (catalog, teams, lifecycle,
 * onboarding, health), each with the `npm run new` commands that fill it. One home for
 * these texts, so the pages, the manual's "Start from nothing" and the tests agree.
 */
import path from 'node:path';
import type { ContentPaths } from './content-dir.ts';

/** One thing to add and the command that adds it. */
export interface FirstStep {
  /** What it adds, as a reader says it. */
  what: string;
  /** The shell command, run in the Wayfinder folder. */
  command: string;
}

/** The example names every first-run text uses, so its commands chain into one working site. */
export const EXAMPLE = {
  team: 'payments-team',
  service: 'payments-service',
  doc: 'how-to/take-a-payment',
  role: 'backend',
} as const;

const SITE: FirstStep = {
  what: "the site's name and public address (site: in wayfinder.yaml; without an address, feed links are built in the browser)",
  command: 'npm run new -- site --title "Payments Handbook" --url https://handbook.example.com',
};
const TEAM: FirstStep = { what: 'a team, which owns things and says how to reach it', command: `npm run new -- team ${EXAMPLE.team}` };
const SERVICE: FirstStep = {
  what: 'a service the team owns',
  command: `npm run new -- service ${EXAMPLE.service} --owner group:${EXAMPLE.team}`,
};
const DOC: FirstStep = {
  what: 'a how-to guide',
  command: `npm run new -- how-to ${EXAMPLE.doc.split('/')[1]} --owner group:${EXAMPLE.team}`,
};
const ANNOUNCEMENT: FirstStep = {
  what: 'an announcement about the service (a beta; also: ga, deprecation, sunset)',
  command: `npm run new -- beta --subjects component:${EXAMPLE.service}`,
};
const PATH: FirstStep = {
  what: 'an onboarding path whose first step is that guide',
  command: `npm run new -- path ${EXAMPLE.role} --owner group:${EXAMPLE.team} --steps ${EXAMPLE.doc}`,
};
const BUILD: FirstStep = { what: 'the site, with every page they add', command: 'npm run build' };

/** The commands of the home page of an empty site, in the order that works. */
export const FIRST_STEPS: readonly FirstStep[] = [SITE, TEAM, SERVICE, DOC, ANNOUNCEMENT, PATH, BUILD];

/** The sections that can be empty. */
export type Section = 'catalog' | 'teams' | 'lifecycle' | 'onboarding' | 'health';

/** What an empty section says, and the commands that fill it. */
export interface EmptySection {
  title: string;
  text: string;
  steps: FirstStep[];
}

/** The text and commands of an empty section. */
export function emptySection(section: Section): EmptySection {
  switch (section) {
    case 'catalog':
      return {
        title: 'The catalog is empty',
        text: 'Add a team, then what it owns; or copy your existing Backstage catalog-info.yaml files into the catalog folder.',
        steps: [TEAM, SERVICE],
      };
    case 'teams':
      return { title: 'No teams yet', text: 'A team is a Backstage Group in the catalog folder. Add one:', steps: [TEAM] };
    case 'lifecycle':
      return {
        title: 'Nothing announced yet',
        text: 'An announcement (beta, GA, deprecation, sunset, breaking change) is about entities of the catalog; with a service in it, add one:',
        steps: [ANNOUNCEMENT],
      };
    case 'onboarding':
      return {
        title: 'No onboarding paths yet',
        text: 'A path is a list of steps that point at docs, for one role. With a doc to point at, add one:',
        steps: [PATH],
      };
    case 'health':
      return {
        title: 'Nothing to check yet',
        text: 'Health covers the docs (are they reviewed?) and the catalog (does each entity say who owns it and how to reach them). Add some:',
        steps: [TEAM, SERVICE, DOC],
      };
  }
}

/**
 * How pages name the content folder: relative to the folder the site is built from
 * (`content/`), so that a page never carries a machine's absolute path.
 */
export function contentFolderLabel(paths: Pick<ContentPaths, 'root'>, cwd: string): string {
  const rel = path.relative(cwd, paths.root).split(path.sep).join('/');
  if (!rel || rel.startsWith('../../') || path.isAbsolute(rel)) return 'the content folder';
  return `${rel}/`;
}
