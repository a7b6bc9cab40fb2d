/**
 * The Markdown twins of the pages that answer something: entity, team, announcement and
 * onboarding path pages, written from the same core functions the HTML pages call
 * (howToReach, dependentsOf, relationSections, the notice index, impactByTeam, ...), answers
 * first. Assistants read these instead of the HTML; the MCP server's get_page returns them.
 * Every list is capped so that a twin stays small whatever the size of the organisation.
 */
import type { CatalogEntity } from '../model/entity.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import { TYPE_LABELS } from '../lifecycle/announcements.ts';
import type { NoticeIndex, Notice } from '../lifecycle/notices.ts';
import type { StageIndex } from '../lifecycle/stages.ts';
import { impactByTeam } from '../lifecycle/impact.ts';
import type { ApiReference } from '../api/model.ts';
import { sinceText, type ApiHistoryView } from '../api/history-view.ts';
import type { OnboardingPath } from '../onboarding/types.ts';
import type { CampaignProgress } from '../campaigns/progress.ts';
import {
  chatLabel,
  dependentsOf,
  displayName,
  escalationRows,
  groupByKind,
  hasDependentsAnswer,
  howToReach,
  kindNoun,
  members,
  relationSections,
  sortByName,
  teamContacts,
  type Reach,
} from '../ownership/index.ts';
import { markdownToText } from '../markdown.ts';
import { announcementPath, apiReferencePagePath, campaignPath, docPath, entityPath, href, onboardingPath, refPath, ROUTES } from '../urls.ts';
import { blocks, capped, field, isSafeLink, mdLink, mdText } from './markdown-out.ts';
import type { MapListing } from '../graph/map-list.ts';
import type { MigrationView, Owed } from '../migrations/view.ts';
import { migrationProgressLines, owedLines } from './migration-twins.ts';
import { declaredOwner } from '../catalog/declared-owner.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

/** Most entries a twin lists of one relation, members or affected teams before "and N more". */
export const TWIN_LIST_MAX = 50;
/** Most API operations an API's twin lists. */
export const TWIN_OPERATIONS_MAX = 300;

/** What the entity and team twins read besides the entity. */
export interface EntityTwinContext {
  lookup: Lookup;
  stages: StageIndex;
  notices: NoticeIndex;
  /** Docs whose `services` name the entity (entity twins) or that the team owns (team twins). */
  docs: readonly { title: string; href: string }[];
  /** The entity's TechDocs pages, when it has them. */
  techdocs?: readonly { title: string; path: string }[];
  /** An API's rendered reference. */
  reference?: ApiReference;
  /** For a split reference: the section page (slug) that holds each anchor. */
  referencePageOf?: ReadonlyMap<string, string>;
  /** An API's changes from git (the page's "Changes" section). */
  history?: ApiHistoryView;
  /** Campaigns that involve the team (team twins). */
  campaigns?: readonly CampaignProgress[];
  /** The map of a domain or system page, as the list below its SVG (core/graph/map-list.ts). */
  map?: MapListing & { note?: string };
  /** The migrations the team owes (team twins). */
  owed?: readonly Owed[];
  /**
   * What the entity's page shows, from its view model (src/data/views/entity-page.ts), so the
   * twin and the page say the same: how to reach the owner, who uses it (the one answer) and
   * the notices. Without it (tests of the twin alone) the twin works them out with the same
   * core functions.
   */
  page?: EntityTwinFacts;
}

/** A map's boxes and connections, as the page lists them below the SVG. */
function mapLines(map: MapListing & { note?: string }): string[] {
  const end = (x: { label: string; ref?: string }) => (x.ref ? mdLink(x.label, href(refPath(x.ref))) : mdText(x.label));
  return [
    '## Map',
    ...(map.note ? ['', mdText(map.note)] : []),
    '',
    `### Boxes (${map.nodes.length})`,
    '',
    ...map.nodes.map((n) => `- ${end(n)} (${mdText(n.detail)}${n.inGroup ? `, in ${mdText(n.inGroup)}` : ''})`),
    ...(map.edges.length ? ['', `### Connections (${map.edges.length})`, '', ...map.edges.map((e) => `- ${end(e.from)} uses ${end(e.to)}${e.label ? ` (${mdText(e.label)})` : ''}`)] : []),
  ];
}

/** The facts an entity's twin shares with its page's view model (which has these fields). */
export interface EntityTwinFacts {
  reach: Reach;
  showReach: boolean;
  /** Who uses it; undefined for kinds that do not answer it. */
  dependents?: readonly CatalogEntity[];
  notices: { subject: readonly Notice[]; consumer: readonly Notice[] };
}

/** The facts of an entity's page, worked out from core when no view model is given. */
function entityFacts(entity: CatalogEntity, ctx: EntityTwinContext): EntityTwinFacts {
  if (ctx.page) return ctx.page;
  const notices = ctx.notices.forEntity(entity.ref);
  const dependents = hasDependentsAnswer(entity) ? dependentsOf(entity, ctx.lookup) : undefined;
  return {
    reach: howToReach(entity, ctx.lookup),
    showReach: entity.kind !== 'user' && entity.kind !== 'location',
    ...(dependents ? { dependents } : {}),
    notices: { subject: notices.filter((n) => n.role === 'subject'), consumer: notices.filter((n) => n.role === 'consumer') },
  };
}

/** A link to an entity's page by its display name. */
function entityLink(e: CatalogEntity): string {
  return mdLink(displayName(e), href(entityPath(e)));
}

/** A ref as a link when it is in the catalog, else as text marked. */
function refLink(ref: string, lookup: Lookup): string {
  const e = lookup(ref);
  return e ? entityLink(e) : `${mdText(ref)} (not in the catalog)`;
}

/** The lines that say how to reach someone: owner, on-call, chat, email. */
function reachLines(reach: Reach, withOwner: boolean, declared?: string): string[] {
  const chat = chatLabel(reach);
  const owner = reach.owner ? entityLink(reach.owner) : declared ? `${mdText(declared)} (not in the catalog)` : 'no owner in the catalog';
  return [
    ...(withOwner ? field('Owner', owner) : []),
    ...field('On-call', reach.oncall ? mdLink('on-call rota', reach.oncall.value) : undefined),
    ...field('Chat', chat ? mdLink(chat, reach.chatUrl?.value) : undefined),
    ...field('Email', reach.email ? mdText(reach.email.value) : undefined),
  ];
}

/** The escalation ladder as a numbered list. */
function escalationLines(reach: Reach, lookup: Lookup): string[] {
  if (!reach.escalation) return [];
  const rows = escalationRows(reach.escalation.value, lookup);
  return [
    '## Escalation',
    '',
    ...rows.map((r) => `${r.level}. ${r.whoRef ? refLink(r.whoRef, lookup) : mdText(r.who)}: ${mdText(r.how)}${r.url ? ` (${mdLink(r.urlLabel ?? r.url, r.url)})` : ''}, ${r.after}`),
  ];
}

/** When a change bites: a deprecation's sunset, else the date it takes effect. */
export function changeDate(a: Pick<Announcement, 'type' | 'effective' | 'sunset'>): string {
  return a.type === 'deprecation' && a.sunset ? a.sunset : a.effective;
}

/** One line for a notice: what changes, of what, when, with the announcement's link. */
function noticeLine(n: Notice, lookup: Lookup): string {
  const a = n.announcement;
  const via = n.via.length ? `${n.via.map((r) => refLink(r, lookup)).join(', ')}: ` : '';
  return `- ${via}${mdLink(a.title, href(announcementPath(a.id)))} (${TYPE_LABELS[a.type].toLowerCase()}, ${changeDate(a)})`;
}

/** The lifecycle stage and what it promises. */
function stageLine(entity: CatalogEntity, stages: StageIndex): string[] {
  const stage = stages.forLifecycle(entity.lifecycle);
  const slo = entity.slo ?? stage?.slo;
  if (!stage) return field('SLO', slo ? mdText(slo) : undefined);
  const promise = `${mdText(stage.label)}: SLO ${mdText(slo)}; support ${mdText(stage.support)} (${mdLink(`what ${stage.label} promises`, href(`${ROUTES.lifecycleStages}#stage-${stage.id}`))})`;
  return field('Stage', promise);
}

/** The twin of an entity's page (not a Group: see teamTwin). */
export function entityTwin(entity: CatalogEntity, ctx: EntityTwinContext): string {
  const { lookup } = ctx;
  const name = displayName(entity);
  const { reach, showReach, dependents, notices } = entityFacts(entity, ctx);
  const about = notices.subject;
  const under = notices.consumer;
  const identity = [`\`${entity.name}\``, kindNoun(entity.kind) + (entity.type ? ` · ${mdText(entity.type)}` : ''), entity.lifecycle ? mdText(entity.lifecycle) : '', entity.tier !== undefined ? `tier ${entity.tier}` : '']
    .filter(Boolean)
    .join(' · ');
  const answers = [
    ...(showReach ? reachLines(reach, true, declaredOwner(entity)) : []),
    ...(entity.kind === 'user' ? field('Email', entity.profile?.email ? mdText(entity.profile.email) : 'not in the catalog') : []),
    ...stageLine(entity, ctx.stages),
    ...(dependents
      ? field('Used by', dependents.length === 0 ? 'nothing in the catalog' : `${dependents.length}: ${dependents.slice(0, 5).map(entityLink).join(', ')}${dependents.length > 5 ? ` and ${dependents.length - 5} more (listed below)` : ''}`)
      : []),
  ];
  const system = entity.system ? lookup(entity.system) : undefined;
  const details = [
    ...field('System', system ? entityLink(system) : undefined),
    ...field('Domain', entity.domain ? refLink(entity.domain, lookup) : system?.domain ? refLink(system.domain, lookup) : undefined),
    ...field('Tags', entity.tags.length ? entity.tags.map(mdText).join(', ') : undefined),
    ...field('Defined in', `\`${mdText(entity.source.file)}\` line ${entity.source.line}`),
  ];
  // "Used by" keeps its order (direct users first) and says how each other one uses it, as the page does.
  const relations = relationSections(entity, lookup, ['ownedBy']).map((s) => {
    const listed = s.refs.map(lookup).filter((e): e is CatalogEntity => e !== undefined);
    const note = (e: CatalogEntity) => (s.notes?.[e.ref] ? `, ${mdText(s.notes[e.ref] as string)}` : '');
    return [
      `### ${mdText(s.heading)}`,
      '',
      ...capped(s.notes ? listed : sortByName(listed), TWIN_LIST_MAX, (e) => `- ${entityLink(e)} (${kindNoun(e.kind)}${note(e)})`, (n) => `- and ${n} more on ${mdLink('the page', href(entityPath(entity)))}`),
    ];
  });
  return blocks(
    `# ${mdText(name)}`,
    identity,
    answers,
    about.length > 0 && ['## Changing about it', '', ...about.map((n) => noticeLine(n, lookup))],
    under.length > 0 && ['## Changing under it', '', ...under.map((n) => noticeLine(n, lookup))],
    entity.description && ['## About', '', mdText(markdownToText(entity.description))],
    showReach && escalationLines(reach, lookup),
    entity.links.length > 0 && ['## Links', '', ...entity.links.map((l) => `- ${mdLink(l.title ?? l.url, l.url)}`)],
    ['## Details', '', ...details],
    relations.length > 0 && ['## Relations', '', relations.map((r) => r.join('\n')).join('\n\n')],
    ctx.map && mapLines(ctx.map),
    ctx.techdocs && ctx.techdocs.length > 0 && ['## Docs', '', ...capped(ctx.techdocs, TWIN_LIST_MAX * 2, (p) => `- ${mdLink(p.title, href(p.path))}`, (n) => `- and ${n} more pages`)],
    ctx.docs.length > 0 && [`## Docs about ${mdText(name)}`, '', ...capped(ctx.docs, TWIN_LIST_MAX, (d) => `- ${mdLink(d.title, d.href)}`, (n) => `- and ${n} more`)],
    ctx.history && historyLines(ctx.history),
    ctx.reference && operationLines(entity, ctx.reference, ctx.referencePageOf, ctx.history),
    `Page: ${mdLink(name, href(entityPath(entity)))}`,
  );
}

/** An API's operations, each linked to its anchor on the API's page (or on its section page, when the reference is split). */
function operationLines(entity: CatalogEntity, reference: ApiReference, pageOf?: ReadonlyMap<string, string>, history?: ApiHistoryView): string[] {
  const ops = reference.groups.flatMap((g) => g.operations.map((o) => ({ group: g.name, op: o })));
  if (ops.length === 0) return [];
  const page = href(entityPath(entity));
  const at = (anchor: string): string => {
    const slug = pageOf?.get(anchor);
    return `${slug === undefined ? page : href(apiReferencePagePath(entity, slug))}#${anchor}`;
  };
  return [
    `## Operations (${mdText(reference.formatLabel)})`,
    '',
    ...capped(
      ops,
      TWIN_OPERATIONS_MAX,
      ({ op }) => {
        const since = history?.sinceByAnchor[op.anchor];
        return `- ${mdLink(`${op.method} ${op.path}`, at(op.anchor))}${op.summary ? `: ${mdText(op.summary)}` : ''}${op.deprecated ? ' (deprecated)' : ''}${since ? ` (${sinceText(since)})` : ''}`;
      },
      (n) => `- and ${n} more on ${mdLink('the page', page)}`,
    ),
  ];
}

/** An API's "Changes" section: the same rows as the page (src/core/api/history-view.ts). */
function historyLines(view: ApiHistoryView): string[] {
  if (view.reason) return ['## Changes', '', `No history: ${mdText(view.reason)}.`];
  if (!view.rows.length) return ['## Changes', '', 'No commit has changed this definition yet.'];
  return [
    '## Changes',
    '',
    ...view.rows.map((c) => `- ${c.date}: ${c.summary}${c.targets.length ? `: ${c.targets.map((t) => mdText(t)).join(', ')}${c.moreTargets ? ` and ${c.moreTargets} more` : ''}` : ''} (${c.subject ? `"${mdText(c.subject)}", ` : ''}commit ${c.commit})`),
    ...(view.older ? ['', `${view.older} older ${view.older === 1 ? 'change is' : 'changes are'} not listed.`] : []),
  ];
}

/** The twin of a team's page: contacts, escalation, what it owns, what is changing for it. */
export function teamTwin(team: CatalogEntity, ctx: EntityTwinContext): string {
  const { lookup } = ctx;
  const name = displayName(team);
  const reach = teamContacts(team);
  const owned = groupByKind(team.relations.ownerOf ?? [], lookup);
  const people = members(team, lookup);
  const parent = team.parent ? lookup(team.parent) : undefined;
  const changing = changesForTeam(team, lookup, ctx.notices);
  return blocks(
    `# ${mdText(name)}`,
    `\`${team.name}\` · team${team.type ? ` · ${mdText(team.type)}` : ''}`,
    [...reachLines(reach, false), ...field('Parent team', parent ? entityLink(parent) : undefined)],
    team.description && mdText(markdownToText(team.description)),
    escalationLines(reach, lookup),
    owedLines(ctx.owed ?? [], entityPath(team)),
    changing.length > 0 && ['## What is changing for its services', '', ...changing],
    (ctx.campaigns ?? []).length > 0 && ['## Campaigns', '', ...(ctx.campaigns ?? []).map((p) => `- ${mdLink(p.campaign.title, href(campaignPath(p.campaign.id)))}: deadline ${p.campaign.deadline}`)],
    people.length > 0 && ['## Members', '', ...capped(people, TWIN_LIST_MAX, (u) => `- ${entityLink(u)}`, (n) => `- and ${n} more`)],
    [
      '## Owns',
      '',
      ...(owned.length === 0
        ? ['Nothing in the catalog.']
        : owned.flatMap((g) => [`### ${kindNoun(g.kind, true)} (${g.entities.length})`, '', ...capped(g.entities, TWIN_LIST_MAX, (e) => `- ${entityLink(e)}`, (n) => `- and ${n} more on ${mdLink('the page', href(entityPath(team)))}`), ''])),
    ],
    ctx.docs.length > 0 && ['## Docs it owns', '', ...capped(ctx.docs, TWIN_LIST_MAX, (d) => `- ${mdLink(d.title, d.href)}`, (n) => `- and ${n} more`)],
    `Page: ${mdLink(name, href(entityPath(team)))}`,
  );
}

/** Changes that reach what a team owns, one line each, capped. */
function changesForTeam(team: CatalogEntity, lookup: Lookup, notices: NoticeIndex): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const ref of team.relations.ownerOf ?? []) {
    for (const n of notices.forEntity(ref)) {
      const key = `${n.announcement.id} ${ref}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`- ${refLink(ref, lookup)}${n.role === 'consumer' ? ' uses ' + n.via.map((v) => refLink(v, lookup)).join(', ') : ''}: ${mdLink(n.announcement.title, href(announcementPath(n.announcement.id)))} (${TYPE_LABELS[n.announcement.type].toLowerCase()}, ${changeDate(n.announcement)})`);
    }
  }
  return capped(lines, TWIN_LIST_MAX, (l) => l, (n) => `- and ${n} more`);
}

/** The twin of an announcement's page: dates, subjects, replacement, the migration's progress (when it is one), the guide, who must act. */
export function announcementTwin(a: Announcement, guide: string, lookup: Lookup, migration?: MigrationView): string {
  const teams = impactByTeam(a.subjects, lookup);
  const mustAct = a.type === 'deprecation' || a.type === 'sunset' || a.type === 'breaking-change';
  return blocks(
    `# ${mdText(a.title)}`,
    `${TYPE_LABELS[a.type]} · ${mdLink('all announcements', href(ROUTES.lifecycle))}`,
    mdText(a.summary),
    [
      ...field('Announced', a.announced),
      ...field('Takes effect', a.effective),
      ...field('Sunset', a.sunset),
      ...field(a.subjects.length === 1 ? 'Subject' : 'Subjects', a.subjects.map((s) => refLink(s, lookup)).join(', ') || undefined),
      ...field('Replacement', a.replacement ? refLink(a.replacement, lookup) : undefined),
      ...field('Contact', a.contact ? refLink(a.contact, lookup) : undefined),
    ],
    migration && migrationProgressLines(migration),
    [mustAct ? '## Who must act' : '## Who uses it', ''].concat(
      teams.length === 0
        ? ['Nothing in the catalog uses it.']
        : capped(
            teams,
            TWIN_LIST_MAX,
            (t) => {
              const who = t.team ? entityLink(t.team) : t.ref ? `${mdText(t.ref)} (not in the catalog)` : 'no owner in the catalog';
              const contact = [t.oncall ? mdLink('on-call', t.oncall) : '', t.chat ? mdLink(t.chat, t.chatUrl) : ''].filter(Boolean).join(', ');
              const list = t.entities.slice(0, 10).map((e) => `${entityLink(e.entity)}${e.indirect ? ' (indirect)' : ''}`).join(', ');
              const more = t.entities.length > 10 ? ` and ${t.entities.length - 10} more` : '';
              return `- ${who}${contact ? ` (${contact})` : ''}: ${list}${more}`;
            },
            (n) => `- and ${n} more teams on ${mdLink('the page', href(announcementPath(a.id)))}`,
          ),
    ),
    guide.trim() && [mustAct ? '## Migration guide' : '## Release note', '', guide.trim()],
    `Page: ${mdLink(a.title, href(announcementPath(a.id)))}`,
  );
}

/** The twin of an onboarding path: milestones and their steps, each linked to its doc. */
export function pathTwin(p: OnboardingPath, ownerName: string): string {
  return blocks(
    `# ${mdText(p.title)}`,
    mdText(p.summary),
    [...field('For', mdText(p.audience)), ...field('Owner', mdText(ownerName)), ...field('Finish first', p.prerequisites.length ? p.prerequisites.map((id) => mdLink(id, href(onboardingPath(id)))).join(', ') : undefined)],
    ...p.milestones.map((m) => [
      `## ${mdText(m.title)}`,
      ...(m.summary ? ['', mdText(m.summary)] : []),
      '',
      ...m.steps.map((s, i) => {
        const target = s.kind === 'doc' ? mdLink(s.title, href(s.docPath)) : mdLink(s.title, s.url);
        return `${i + 1}. ${target} (${mdText(s.duration)}${s.optional ? ', optional' : ''})${s.why ? `: ${mdText(s.why)}` : ''}`;
      }),
    ]),
    `Page: ${mdLink(p.title, href(onboardingPath(p.id)))}`,
  );
}

/** The twin of a doc: its title, description and body (MDX stripped to Markdown). */
export function docTwin(doc: { id: string; title: string; description?: string; body: string }): string {
  return blocks(`# ${mdText(doc.title)}`, doc.description && `> ${mdText(doc.description)}`, stripMdx(doc.body), `Page: ${mdLink(doc.title, href(docPath(doc.id)))}`);
}

/**
 * Markdown from an MDX body: `import`/`export` lines are dropped, and component tags
 * (`<Card title="x">`, `</Card>`, `<Steps />`) are dropped with their text kept, outside
 * fenced code blocks. Script URLs in links and images are replaced by their text.
 */
export function stripMdx(body: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  // Open component tags: text inside them is indented for JSX, not as a Markdown code block.
  let depth = 0;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      out.push(line);
      if (open && open[1]?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1];
      out.push(depth > 0 ? line.trimStart() : line);
      continue;
    }
    if (/^(import|export)\s/.test(line)) continue;
    for (const tag of line.matchAll(/<(\/?)[A-Z][\w.]*(?:\s+[^<>]*?)?(\/?)>/g)) {
      if (tag[1]) depth = Math.max(0, depth - 1);
      else if (!tag[2]) depth++;
    }
    const text = line
      .replace(/<\/?[A-Z][\w.]*(\s+[^<>]*)?\/?>/g, '')
      .replace(/\{\/\*.*?\*\/\}/g, '')
      .replace(/(!?\[[^\]]*\])\(\s*<?([^)\s>]+)>?(\s+"[^"]*")?\s*\)/g, (m, label: string, url: string, title: string | undefined) => {
        if (!isSafeLink(url)) return label.replace(/^!?\[|\]$/g, '');
        // Root-relative links get the site's base, as the HTML's links do (src/plugin/base-links.ts).
        return url.startsWith('/') && !url.startsWith('//') ? `${label}(${href(url)}${title ?? ''})` : m;
      });
    out.push(depth > 0 || /^\s*<\/?[A-Z]/.test(line) ? text.trimStart() : text);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
