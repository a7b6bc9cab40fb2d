/**
 * Icons for `metadata.links`: Backstage writes `icon` as a free word (github, docs,
 * dashboard, ...) and Wayfinder adds `type` (repository, runbook, dashboard, ...). Both
 * map onto Starlight's built-in icon set; anything unknown gets the external-link icon.
 */
import type { EntityLink } from '../model/entity.ts';

/** The Starlight icon names this module returns (a subset of Starlight's `Icons`). */
export type LinkIconName =
  | 'github'
  | 'gitlab'
  | 'bitbucket'
  | 'document'
  | 'open-book'
  | 'analytics'
  | 'jira'
  | 'confluence'
  | 'slack'
  | 'comment'
  | 'email'
  | 'phone'
  | 'seti:git'
  | 'seti:json'
  | 'seti:docker'
  | 'seti:db'
  | 'information'
  | 'warning'
  | 'rocket'
  | 'backstage'
  | 'external';

const BY_WORD: Readonly<Record<string, LinkIconName>> = {
  github: 'github',
  gitlab: 'gitlab',
  bitbucket: 'bitbucket',
  repository: 'seti:git',
  repo: 'seti:git',
  source: 'seti:git',
  git: 'seti:git',
  docs: 'document',
  doc: 'document',
  documentation: 'document',
  techdocs: 'document',
  wiki: 'document',
  guide: 'document',
  runbook: 'open-book',
  playbook: 'open-book',
  handbook: 'open-book',
  dashboard: 'analytics',
  metrics: 'analytics',
  grafana: 'analytics',
  monitoring: 'analytics',
  issues: 'jira',
  jira: 'jira',
  tickets: 'jira',
  confluence: 'confluence',
  slack: 'slack',
  chat: 'comment',
  email: 'email',
  mail: 'email',
  phone: 'phone',
  api: 'seti:json',
  'kind:api': 'seti:json',
  openapi: 'seti:json',
  docker: 'seti:docker',
  container: 'seti:docker',
  database: 'seti:db',
  help: 'information',
  team: 'information',
  group: 'information',
  catalog: 'backstage',
  backstage: 'backstage',
  alert: 'warning',
  alerts: 'warning',
  incident: 'warning',
  deploy: 'rocket',
  deployment: 'rocket',
  cd: 'rocket',
};

/** The icon for a link: its `icon` word, else its `type`, else its scheme; `external` when unknown. */
export function linkIcon(link: Pick<EntityLink, 'icon' | 'type' | 'url'>): LinkIconName {
  for (const word of [link.icon, link.type]) {
    const key = word?.trim().toLowerCase();
    if (key && BY_WORD[key]) return BY_WORD[key];
  }
  const url = link.url.toLowerCase();
  if (url.startsWith('mailto:')) return 'email';
  if (url.startsWith('tel:')) return 'phone';
  return 'external';
}

/** The link's text: its title, else its type, else the URL. */
export function linkTitle(link: Pick<EntityLink, 'title' | 'type' | 'url'>): string {
  const t = link.title?.trim() || link.type?.trim();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : link.url;
}
