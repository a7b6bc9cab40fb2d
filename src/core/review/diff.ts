/**
 * The change review's core: two checked versions of the content in, one ChangeSet out.
 * Pure (no files, no git): the CLI checks the old and the new content with checkContent
 * and hands both here. Who a change affects comes from the lifecycle impact code
 * (core/lifecycle/impact.ts), the one place that answers "who uses this".
 */
import { migrationChanges } from './migrations.ts';
import { today } from '../dates.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { parseEntityRef, refKey } from '../model/refs.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { DocMeta } from '../docs/frontmatter.ts';
import { affectedEntities, groupByTeam, impactByTeam, type AffectedEntity, type AffectedTeam as ImpactTeam } from '../lifecycle/impact.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import { displayName, shortRef } from '../names.ts';
import type { OnboardingPath, OnboardingStep } from '../onboarding/types.ts';
import { teamContacts } from '../ownership/contacts.ts';
import { changedFields, entityFields, findRenames, mention } from './entities.ts';
import type { ApiReference } from '../api/model.ts';
import { diffApis } from './api-changes.ts';
import { campaignChanges } from './campaigns.ts';
import type { Campaign } from '../campaigns/read.ts';
import type {
  AffectedTeam,
  AnnouncementChange,
  ChangeSet,
  DocToReview,
  CampaignChange,
  LifecycleChange,
  MigrationChange,
  ModifiedEntity,
  OwnerChange,
  PathChange,
  ProblemChanges,
  RemovedEntity,
  RenamedEntity,
  StepMention,
  StepMove,
  TeamContact,
} from './types.ts';

/** What the review needs of one checked version of the content (a subset of checkContent's result). */
export interface ReviewSnapshot {
  catalog: { entities: readonly CatalogEntity[]; byRef: ReadonlyMap<string, CatalogEntity> };
  docs: readonly DocMeta[];
  paths: readonly OnboardingPath[];
  announcements: readonly Announcement[];
  diagnostics: readonly Diagnostic[];
  /** Every API's reference (checkContent's apiReferences), for the API diff. */
  apiReferences?: readonly ApiReference[];
  /** The campaigns (checkContent's campaigns), for the campaign changes. */
  campaigns?: readonly Campaign[];
}

type Lookup = (ref: string) => CatalogEntity | undefined;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A team or user and how to reach it; the ref alone when it is not in the catalog. */
export function teamContact(ref: string | undefined, lookup: Lookup): TeamContact | undefined {
  if (!ref) return undefined;
  const team = lookup(ref);
  if (!team) return { ref, name: shortRef(ref) };
  const reach = teamContacts(team);
  const out: TeamContact = { ref, name: displayName(team) };
  if (reach.chat) out.chat = reach.chat.value;
  if (reach.chatUrl) out.chatUrl = reach.chatUrl.value;
  if (reach.email) out.email = reach.email.value;
  if (reach.oncall) out.oncall = reach.oncall.value;
  return out;
}

/** The impact code's teams as plain data for the review. */
function reviewTeams(teams: readonly ImpactTeam[], lookup: Lookup): AffectedTeam[] {
  return teams.map((t) => ({
    ...(teamContact(t.ref, lookup) ?? { name: 'No owner in the catalog' }),
    consumers: t.entities.map((a) => ({
      ref: a.entity.ref,
      name: displayName(a.entity),
      indirect: a.indirect,
      via: [...a.via],
      viaNames: a.via.map((r) => {
        const e = lookup(r);
        return e ? displayName(e) : shortRef(r);
      }),
    })),
  }));
}

/** True when the new version of `consumer` still names `ref`, which is no longer in the catalog. */
function stillNames(consumer: CatalogEntity | undefined, ref: string): boolean {
  return (consumer?.missingRefs ?? []).some((m) => {
    const parsed = parseEntityRef(m.ref);
    return parsed.ref !== undefined && refKey(parsed.ref) === ref;
  });
}

/**
 * Who a removal or rename breaks: the old version's consumers whose new version still
 * names the old ref, and one hop further, what uses them; by team.
 */
function breaks(oldRef: string, base: Lookup, head: Lookup, either: Lookup): AffectedTeam[] {
  const all = affectedEntities([oldRef], base);
  const broken = new Set(all.filter((a) => !a.indirect && stillNames(head(a.entity.ref), oldRef)).map((a) => a.entity.ref));
  const kept: AffectedEntity[] = [];
  for (const a of all) {
    if (!head(a.entity.ref)) continue;
    if (broken.has(a.entity.ref)) kept.push(a);
    else if (a.indirect) {
      const via = a.via.filter((v) => broken.has(v));
      if (via.length) kept.push({ ...a, via });
    }
  }
  return reviewTeams(groupByTeam(kept, either), either);
}

/** Problems of the new content that the old did not have, matched by file, code and message (lines move). */
export function problemChanges(base: readonly Diagnostic[], head: readonly Diagnostic[]): ProblemChanges {
  // Messages that name another place ("already used on line 9", "x.yaml:12") move with the lines too.
  const where = (m: string) => m.replace(/(\.[a-z]+):\d+(?::\d+)?/gi, '$1').replace(/\bline \d+/g, 'line …');
  const key = (d: Diagnostic) => `${d.file}\u0000${d.severity}\u0000${d.code}\u0000${where(d.message)}`;
  const before = new Map<string, number>();
  for (const d of base) before.set(key(d), (before.get(key(d)) ?? 0) + 1);
  const introduced: Diagnostic[] = [];
  let unchanged = 0;
  for (const d of head) {
    const n = before.get(key(d)) ?? 0;
    if (n > 0) {
      before.set(key(d), n - 1);
      unchanged++;
    } else introduced.push(d);
  }
  const fixed = [...before.values()].reduce((s, n) => s + n, 0);
  return { introduced, fixed, unchanged };
}

/** What changed in an announcement, as `field old → new` lines. */
function announcementChanges(a: Announcement, b: Announcement): string[] {
  const out: string[] = [];
  const fields = ['title', 'type', 'announced', 'effective', 'sunset', 'replacement', 'contact', 'summary'] as const;
  for (const f of fields) {
    const x = a[f];
    const y = b[f];
    if (x === y) continue;
    if (f === 'summary') out.push('summary');
    else out.push(`${f} ${x ?? '(none)'} → ${y ?? '(none)'}`);
  }
  const sa = [...a.subjects].sort().join(', ');
  const sb = [...b.subjects].sort().join(', ');
  if (sa !== sb) out.push(`subjects ${sa.length ? a.subjects.map(shortRef).join(', ') : '(none)'} → ${sb.length ? b.subjects.map(shortRef).join(', ') : '(none)'}`);
  return out;
}

/** Announcements added, changed and removed, with who must act on the new ones. */
function diffAnnouncements(base: readonly Announcement[], head: readonly Announcement[], lookup: Lookup): AnnouncementChange[] {
  const old = new Map(base.map((a) => [a.id, a]));
  const now = new Map(head.map((a) => [a.id, a]));
  const out: AnnouncementChange[] = [];
  const entry = (a: Announcement, status: AnnouncementChange['status'], changes: string[]): AnnouncementChange => ({
    id: a.id,
    status,
    title: a.title,
    type: a.type,
    file: a.display,
    subjects: [...a.subjects],
    effective: a.effective,
    ...(a.sunset ? { sunset: a.sunset } : {}),
    changes,
    affected: status === 'removed' ? [] : reviewTeams(impactByTeam(a.subjects, lookup), lookup),
  });
  for (const a of head) {
    const b = old.get(a.id);
    if (!b) out.push(entry(a, 'added', []));
    else {
      const changes = announcementChanges(b, a);
      if (changes.length) out.push(entry(a, 'changed', changes));
    }
  }
  for (const b of base) if (!now.has(b.id)) out.push(entry(b, 'removed', []));
  return out.sort((x, y) => byString(x.id, y.id));
}

/** The refKeys a doc names in `services`. */
function docServices(doc: DocMeta): string[] {
  const out: string[] = [];
  for (const s of doc.services) {
    const { ref } = parseEntityRef(s.value, { defaultKind: 'component' });
    if (ref) out.push(refKey(ref));
  }
  return out;
}

/** Docs that name a changed entity and were not re-reviewed (their lastReviewed unchanged) in the same change. */
function docsToReview(base: readonly DocMeta[], head: readonly DocMeta[], changed: ReadonlySet<string>): DocToReview[] {
  const old = new Map(base.map((d) => [d.relative, d]));
  const out: DocToReview[] = [];
  for (const d of head) {
    if (d.manual) continue;
    const hit = [...new Set(docServices(d).filter((r) => changed.has(r)))].sort();
    if (!hit.length) continue;
    const before = old.get(d.relative);
    if (before && before.lastReviewed?.value !== d.lastReviewed?.value) continue;
    out.push({ file: d.display, title: d.title ?? d.relative, services: hit });
  }
  return out.sort((x, y) => byString(x.file, y.file));
}

/** Every step of a path with its milestone and its position among the steps both versions share. */
function stepPlaces(p: OnboardingPath, shared: ReadonlySet<string>): Map<string, { step: OnboardingStep; milestone: string; position: number }> {
  const out = new Map<string, { step: OnboardingStep; milestone: string; position: number }>();
  for (const m of p.milestones) {
    let position = 0;
    for (const s of m.steps) {
      if (shared.has(s.id)) position++;
      out.set(s.id, { step: s, milestone: m.title, position });
    }
  }
  return out;
}

const stepMention = (s: OnboardingStep, milestone: string): StepMention => ({ id: s.id, title: s.title, milestone, line: s.line });

/** Onboarding steps added, removed and moved, per path. */
function diffPaths(base: readonly OnboardingPath[], head: readonly OnboardingPath[]): PathChange[] {
  const old = new Map(base.map((p) => [p.id, p]));
  const now = new Map(head.map((p) => [p.id, p]));
  const ids = (p: OnboardingPath) => new Set(p.milestones.flatMap((m) => m.steps.map((s) => s.id)));
  const out: PathChange[] = [];
  for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(id);
    const b = now.get(id);
    const p = (b ?? a)!;
    const aIds = a ? ids(a) : new Set<string>();
    const bIds = b ? ids(b) : new Set<string>();
    const shared = new Set([...aIds].filter((s) => bIds.has(s)));
    const aPlaces = a ? stepPlaces(a, shared) : new Map();
    const bPlaces = b ? stepPlaces(b, shared) : new Map();
    const added: StepMention[] = [];
    const removed: StepMention[] = [];
    const moved: StepMove[] = [];
    for (const [sid, at] of bPlaces) {
      const was = aPlaces.get(sid);
      if (!was) added.push(stepMention(at.step, at.milestone));
      else if (was.milestone !== at.milestone || was.position !== at.position) {
        moved.push({ ...stepMention(at.step, at.milestone), fromMilestone: was.milestone, fromPosition: was.position, position: at.position });
      }
    }
    for (const [sid, was] of aPlaces) if (!bPlaces.has(sid)) removed.push(stepMention(was.step, was.milestone));
    if (!added.length && !removed.length && !moved.length && a && b) continue;
    out.push({ id, title: p.title, file: p.file, status: !a ? 'added' : !b ? 'removed' : 'changed', added, removed, moved });
  }
  return out;
}

/** Labels for what compared: e.g. `origin/main` and `working tree`. */
export interface ReviewLabels {
  base: string;
  head: string;
  /** YYYY-MM-DD: which announcements are still ahead (default: none is). */
  today?: string;
}

/** `migrations` only when the change moves one (the review's JSON keeps its shape otherwise). */
const withMigrations = (list: MigrationChange[]): { migrations?: MigrationChange[] } => (list.length ? { migrations: list } : {});
/** `campaigns` only when the change touches one. */
const withCampaigns = (list: CampaignChange[]): { campaigns?: CampaignChange[] } => (list.length ? { campaigns: list } : {});

/** Compares the old content (`base`) with the new (`head`): what a change means, for whom. */
export function diffContent(base: ReviewSnapshot, head: ReviewSnapshot, labels: ReviewLabels): ChangeSet {
  const baseLookup: Lookup = (r) => base.catalog.byRef.get(r);
  const headLookup: Lookup = (r) => head.catalog.byRef.get(r);
  const either: Lookup = (r) => headLookup(r) ?? baseLookup(r);
  const goneEntities = base.catalog.entities.filter((e) => !headLookup(e.ref));
  const newEntities = head.catalog.entities.filter((e) => !baseLookup(e.ref));
  const renames = findRenames(goneEntities, newEntities);
  const renamedFrom = new Set(renames.map((r) => r.from.ref));
  const renamedTo = new Set(renames.map((r) => r.to.ref));

  const renamed: RenamedEntity[] = renames.map((r) => ({
    from: r.from.ref,
    to: mention(r.to),
    how: r.how,
    redirect: (r.to.previousRefs ?? []).includes(r.from.ref),
    breaks: breaks(r.from.ref, baseLookup, headLookup, either),
  }));
  const removed: RemovedEntity[] = goneEntities
    .filter((e) => !renamedFrom.has(e.ref))
    .map((e) => ({ ...mention(e), breaks: breaks(e.ref, baseLookup, headLookup, either) }));
  const added = newEntities.filter((e) => !renamedTo.has(e.ref)).map(mention);

  // Entities in both versions (a renamed one under its old and new name).
  const pairs: [CatalogEntity, CatalogEntity][] = [];
  for (const e of head.catalog.entities) {
    const was = baseLookup(e.ref);
    if (was) pairs.push([was, e]);
  }
  for (const r of renames) pairs.push([r.from, r.to]);
  pairs.sort((x, y) => byString(x[1].ref, y[1].ref));

  const owners: OwnerChange[] = [];
  const lifecycles: LifecycleChange[] = [];
  const modified: ModifiedEntity[] = [];
  // Gone or renamed entities count as changed: a doc that names them names nothing now.
  const changed = new Set<string>(goneEntities.map((e) => e.ref));
  // What pointed at an old name and now points at its new one has not changed.
  const newName = new Map(renames.map((r) => [r.from.ref, r.to.ref]));
  const rename = (ref: string) => newName.get(ref) ?? ref;
  for (const [was, now] of pairs) {
    const fields = changedFields(entityFields(was, rename), entityFields(now));
    if (fields.length) {
      changed.add(was.ref);
      changed.add(now.ref);
    }
    if ((was.owner && rename(was.owner)) !== now.owner) {
      const change: OwnerChange = { entity: mention(now), line: now.fieldLines?.owner ?? now.source.line };
      const from = teamContact(was.owner, (r) => baseLookup(r) ?? headLookup(r));
      const to = teamContact(now.owner, either);
      if (from) change.from = from;
      if (to) change.to = to;
      owners.push(change);
    }
    if (was.lifecycle !== now.lifecycle) {
      lifecycles.push({
        entity: mention(now),
        line: now.fieldLines?.lifecycle ?? now.source.line,
        ...(was.lifecycle ? { from: was.lifecycle } : {}),
        ...(now.lifecycle ? { to: now.lifecycle } : {}),
        affected: reviewTeams(impactByTeam([now.ref], headLookup), headLookup),
      });
    }
    const other = fields.filter((f) => f !== 'owner' && f !== 'lifecycle');
    if (other.length) modified.push({ entity: mention(now), fields: other });
  }

  const apiSection = diffApis(
    { entities: base.catalog.entities, announcements: base.announcements, ...(base.apiReferences ? { apiReferences: base.apiReferences } : {}) },
    { entities: head.catalog.entities, announcements: head.announcements, ...(head.apiReferences ? { apiReferences: head.apiReferences } : {}) },
    (ref) => reviewTeams(impactByTeam([ref], headLookup), headLookup),
    labels.today ?? '9999-12-31',
  );

  return {
    base: labels.base,
    head: labels.head,
    added,
    removed,
    renamed,
    owners,
    lifecycles,
    modified,
    announcements: diffAnnouncements(base.announcements, head.announcements, headLookup),
    docs: docsToReview(base.docs, head.docs, changed),
    paths: diffPaths(base.paths, head.paths),
    problems: problemChanges(base.diagnostics, [...head.diagnostics, ...apiSection.warnings]),
    apis: apiSection.apis,
    ...withMigrations(migrationChanges({ ...base.catalog, announcements: base.announcements }, { ...head.catalog, announcements: head.announcements }, labels.today ?? today())),
    ...withCampaigns(
      campaignChanges(
        { campaigns: base.campaigns ?? [], entities: base.catalog.entities },
        { campaigns: head.campaigns ?? [], entities: head.catalog.entities },
        (entities, lookup) => reviewTeams(groupByTeam(entities.map((entity) => ({ entity, indirect: false, via: [] })), lookup), lookup),
        teamContact,
      ),
    ),
  };
}
