/**
 * The assistant index (`/mcp-index.json`): the facts the MCP server answers from, written by
 * the build from the same core functions the pages use (howToReach, escalationRows, the
 * stage index, affectedEntities, campaign progress), so an answer and the page it links to
 * never disagree. Entities and teams carry their resolved contacts; pages carry their text
 * for search (capped); changes carry who they reach. Nothing here is hidden from the site.
 */
import type { CatalogEntity } from '../model/entity.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import { affectedEntities } from '../lifecycle/impact.ts';
import type { StageIndex } from '../lifecycle/stages.ts';
import type { CampaignProgress } from '../campaigns/progress.ts';
import { chatLabel, displayName, escalationRows, howToReach, kindNoun, reachSearchText, teamContacts } from '../ownership/index.ts';
import { markdownToText, truncateText } from '../markdown.ts';
import { announcementPath, campaignPath, entityPath } from '../urls.ts';
import { isSafeLink } from './markdown-out.ts';
import type { IndexMigration } from './migration-twins.ts';
import { declaredOwner } from '../catalog/declared-owner.ts';

/** The index format's version: the server refuses an index it does not know. */
export const ASSIST_INDEX_VERSION = 1;
/** Where the build writes the index, without base. */
export const ASSIST_INDEX_PATH = '/mcp-index.json';
/** Most characters of a page's text the index keeps for search. */
export const INDEXED_TEXT_MAX = 20_000;

/** One rung of an escalation ladder, resolved. */
export interface IndexRung {
  who: string;
  whoRef?: string;
  how: string;
  url?: string;
  after: string;
}

/** An entity or team, with how to reach whoever answers for it. */
export interface IndexEntity {
  ref: string;
  name: string;
  title: string;
  kind: string;
  type?: string;
  path: string;
  owner?: string;
  lifecycle?: string;
  stage?: { label: string; slo: string; support: string };
  slo?: string;
  oncall?: string;
  chat?: string;
  chatUrl?: string;
  email?: string;
  /** refKey of whoever declared the contacts (the entity or its owner). */
  contactsFrom?: string;
  escalation?: IndexRung[];
  description?: string;
  tags: string[];
  /** The sentence the site's search weighs for "X on-call" (src/core/ownership/search-text.ts). */
  reach: string;
}

/** A page search reads: a doc, a TechDocs page, an announcement or an onboarding path. */
export interface IndexPage {
  type: 'doc' | 'techdocs' | 'announcement' | 'path';
  title: string;
  path: string;
  description?: string;
  headings: string[];
  text: string;
  /** refKey of the owning team, when the page has one. */
  owner?: string;
}

/** A dated change and who it reaches. */
export interface IndexChange {
  id: string;
  title: string;
  type: Announcement['type'];
  summary: string;
  announced: string;
  effective: string;
  sunset?: string;
  replacement?: string;
  path: string;
  subjects: string[];
  affected: { ref: string; indirect: boolean; via: string[] }[];
  /** A deprecation's, sunset's or breaking change's migration: every consumer's state (core/migrations). */
  migration?: IndexMigration;
  /** refKey of whom to ask. */
  contact?: string;
}

/** A campaign's deadline and what is still to do. */
export interface IndexCampaign {
  id: string;
  title: string;
  path: string;
  owner: string;
  deadline: string;
  todo: string[];
}

/** An onboarding path, for the server's resources. */
export interface IndexPath {
  id: string;
  title: string;
  summary: string;
  path: string;
}

/** The whole index. */
export interface AssistIndex {
  version: number;
  title: string;
  /** The site's public URL (wayfinder.yaml `site.url`), when set. */
  site?: string;
  /** The base path every `path` here is under (without it in the paths). */
  base: string;
  /** The build's "today". */
  built: string;
  entities: IndexEntity[];
  pages: IndexPage[];
  changes: IndexChange[];
  campaigns: IndexCampaign[];
  paths: IndexPath[];
}

type Lookup = (ref: string) => CatalogEntity | undefined;

/** The index record of an entity or team. */
export function indexEntity(e: CatalogEntity, lookup: Lookup, stages: StageIndex): IndexEntity {
  const reach = e.kind === 'group' ? teamContacts(e) : howToReach(e, lookup);
  const stage = stages.forLifecycle(e.lifecycle);
  const chat = chatLabel(reach);
  const from = [reach.oncall, reach.chat, reach.email].find((x) => x)?.from;
  const out: IndexEntity = { ref: e.ref, name: e.name, title: displayName(e), kind: kindNoun(e.kind).toLowerCase(), path: entityPath(e), tags: e.tags, reach: reachSearchText(e, reach) };
  if (e.type) out.type = e.type;
  // The declared owner, also when it is not in the catalog (onBrokenRefs: warn), as catalog.json says it.
  const owner = e.kind !== 'group' ? declaredOwner(e) : undefined;
  if (owner) out.owner = owner;
  if (e.lifecycle) out.lifecycle = e.lifecycle;
  if (stage) out.stage = { label: stage.label, slo: stage.slo, support: stage.support };
  if (e.slo) out.slo = e.slo;
  if (isSafeLink(reach.oncall?.value)) out.oncall = reach.oncall.value;
  if (chat) out.chat = chat;
  if (isSafeLink(reach.chatUrl?.value)) out.chatUrl = reach.chatUrl.value;
  if (reach.email) out.email = reach.email.value;
  if (from) out.contactsFrom = from;
  if (reach.escalation) {
    out.escalation = escalationRows(reach.escalation.value, lookup).map((r) => ({
      who: r.who,
      ...(r.whoRef ? { whoRef: r.whoRef } : {}),
      how: r.how,
      ...(isSafeLink(r.url) ? { url: r.url } : {}),
      after: r.after,
    }));
  }
  const description = markdownToText(e.description);
  if (description) out.description = truncateText(description, 300);
  return out;
}

/** The index record of an announcement, with every entity it reaches. */
export function indexChange(a: Announcement, lookup: Lookup): IndexChange {
  const out: IndexChange = {
    id: a.id,
    title: a.title,
    type: a.type,
    summary: a.summary,
    announced: a.announced,
    effective: a.effective,
    path: announcementPath(a.id),
    subjects: a.subjects,
    affected: affectedEntities(a.subjects, lookup).map((x) => ({ ref: x.entity.ref, indirect: x.indirect, via: x.via })),
  };
  if (a.sunset) out.sunset = a.sunset;
  if (a.replacement) out.replacement = a.replacement;
  if (a.contact) out.contact = a.contact;
  return out;
}

/** The index record of a campaign: its deadline and the entities still to do. */
export function indexCampaign(p: CampaignProgress): IndexCampaign {
  return {
    id: p.campaign.id,
    title: p.campaign.title,
    path: campaignPath(p.campaign.id),
    owner: p.campaign.owner,
    deadline: p.campaign.deadline,
    todo: p.entities.filter((e) => e.status === 'todo').map((e) => e.ref),
  };
}

/** Text for search, capped. */
export function indexedText(text: string): string {
  return text.length > INDEXED_TEXT_MAX ? text.slice(0, INDEXED_TEXT_MAX) : text;
}

/** True when `value` looks like an index this server reads. */
export function isAssistIndex(value: unknown): value is AssistIndex {
  const v = value as Partial<AssistIndex> | null;
  return !!v && typeof v === 'object' && v.version === ASSIST_INDEX_VERSION && Array.isArray(v.entities) && Array.isArray(v.pages) && Array.isArray(v.changes);
}
