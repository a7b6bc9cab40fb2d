/**
 * Lifecycle announcements (content/lifecycle/*.md(x)): read the frontmatter with real
 * positions (the shared reader in ../yaml/; never js-yaml's UTC Date objects) and check it against
 * the calendar and the catalog, so every problem is reported at file:line:col.
 */
import path from 'node:path';
import { Document, isScalar, isSeq, YAMLMap, type Node } from 'yaml';
import type { Diagnostic } from '../model/diagnostics.ts';
import { formatRef, parseEntityRef, refKey } from '../model/refs.ts';
import { shortRef } from '../names.ts';
import { announcementId, announcementPath } from '../urls.ts';
import {
  at,
  checkKeys,
  fieldPos,
  readContext,
  readDate,
  readEnum,
  readText,
  refValue,
  report as reportAt,
  type Field,
  type ReadContext,
  type SourcePosition,
} from '../yaml/fields.ts';
import { deref, parseFrontmatter } from '../yaml/source.ts';
import { createRefIndex, danglingHint } from '../catalog/resolve/suggest.ts';
import { refSeverity, type RefPolicy } from '../model/ref-policy.ts';
import type { CatalogEntity, EntityKind } from '../model/entity.ts';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { listDocFiles } from '../docs/frontmatter.ts';
import { readContentText, readScope } from '../content-fs.ts';
import { createStageIndex, DEFAULT_STAGES, type Stage } from './stages.ts';

/** The kinds of change an announcement can make. */
export const ANNOUNCEMENT_TYPES = ['beta', 'ga', 'deprecation', 'sunset', 'breaking-change'] as const;
export type AnnouncementType = (typeof ANNOUNCEMENT_TYPES)[number];

/** How each type is named on pages and in feeds. */
export const TYPE_LABELS: Record<AnnouncementType, string> = {
  beta: 'Beta',
  ga: 'GA',
  deprecation: 'Deprecation',
  sunset: 'Sunset',
  'breaking-change': 'Breaking change',
};

/** The frontmatter keys an announcement may carry. */
export const ANNOUNCEMENT_KEYS = [
  'title',
  'description',
  'summary',
  'type',
  'subjects',
  'announced',
  'effective',
  'sunset',
  'replacement',
  'contact',
] as const;

/** A checked announcement. Refs are refKeys (`component:default/legacy-deployer`). */
export interface Announcement {
  /** The URL id: the file's path under content/lifecycle without extension, slugged. */
  id: string;
  /** Absolute path. */
  file: string;
  /** Path relative to the content folder's parent. */
  display: string;
  title: string;
  /** One or two sentences for lists and feeds: `summary`, else the body's first paragraph. */
  summary: string;
  type: AnnouncementType;
  subjects: string[];
  announced: string;
  effective: string;
  sunset?: string;
  replacement?: string;
  contact?: string;
  /** Where the deadline (the sunset, else the effective date) is written: file:line:col of its value. */
  deadlinePos?: SourcePosition;
  /** Refs as written that name no entity, kept under `onBrokenRefs: warn` to show as "not in the catalog". */
  notInCatalog?: { field: 'subject' | 'replacement' | 'contact'; ref: string }[];
}

/** What `checkAnnouncements` needs from the catalog. */
export interface AnnouncementCatalog {
  entities: readonly CatalogEntity[];
  byRef: ReadonlyMap<string, CatalogEntity>;
}


/** The last date an announcement names: its sunset, else its effective date. */
export function endDate(a: Pick<Announcement, 'effective' | 'sunset'>): string {
  return a.sunset ?? a.effective;
}

const SUBJECT_KINDS: readonly EntityKind[] = ['component', 'api', 'resource', 'system', 'domain'];

/** The first paragraph of a Markdown body as plain text (no headings, imports or markup). */
export function firstParagraph(body: string): string {
  const blocks = body.replace(/\r\n/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const b = block.trim();
    if (!b || /^(#|import |export |<|:::|```|[-*+] |\d+\. |>|\|)/.test(b)) continue;
    return plainText(b);
  }
  return '';
}

/** Inline Markdown as plain text: links keep their text, emphasis and code marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks one announcement file's text; `display` names it in diagnostics. */
export function checkAnnouncementText(
  text: string,
  options: {
    file: string;
    display: string;
    id: string;
    catalog: AnnouncementCatalog;
    today: string;
    stages?: readonly Stage[];
    refIndex?: ReturnType<typeof createRefIndex>;
    /** The reference policy: with `warn`, refs to entities not in the catalog are warnings. */
    onBrokenRefs?: RefPolicy;
  },
): { announcement?: Announcement; diagnostics: Diagnostic[] } {
  const { file, display, id, catalog, today } = options;
  const stageIndex = createStageIndex(options.stages ?? DEFAULT_STAGES);
  const index = options.refIndex ?? createRefIndex(catalog.entities);
  const top: SourcePosition = { file: display, line: 1, column: 1 };
  const { frontmatter: fm, diagnostics } = parseFrontmatter(file, display, text, { area: 'lifecycle', syntaxMessage: 'frontmatter is not valid YAML' });
  if (!fm) {
    diagnostics.push({ ...top, severity: 'error', code: 'lifecycle/no-frontmatter', message: 'this announcement has no frontmatter', hint: 'start the file with a --- block: title, type, subjects, announced, effective, contact' });
    return { diagnostics };
  }
  if (diagnostics.length > 0) return { diagnostics };
  const body = fm.body;
  const root = fm.map ?? new YAMLMap<unknown, unknown>();
  const ctx = readContext(fm.file, fm.doc ?? (new Document() as Document.Parsed), diagnostics, 'lifecycle', top);
  const report = (p: SourcePosition, code: string, message: string, hint?: string, severity: 'error' | 'warning' = 'error') =>
    reportAt(ctx, severity, code, p, message, hint);

  const fields = checkKeys(ctx, root, ANNOUNCEMENT_KEYS, {
    message: (key) => `unknown field \`${key}\``,
    otherwise: `the fields are ${ANNOUNCEMENT_KEYS.join(', ')}`,
    format: (key) => `\`${key}\``,
  });
  const where = (key: string): SourcePosition => {
    const f = fields.get(key);
    return f ? fieldPos(ctx, f) : top;
  };
  const text_ = (key: string, required: boolean, example: string): string | undefined =>
    readText(ctx, root, key, {
      required,
      hint: `e.g. ${key}: ${example}`,
      missing: { message: `this announcement has no \`${key}\``, hint: `add \`${key}: ${example}\`` },
    })?.value;
  const date = (key: string, required: boolean): string | undefined =>
    readDate(ctx, root, key, {
      required,
      missing: { message: `this announcement has no \`${key}\` date`, hint: `add \`${key}: 2026-12-01\`` },
    })?.value;
  const notInCatalog: NonNullable<Announcement['notInCatalog']> = [];
  /** Parses and resolves one ref; returns its refKey when it names an entity. */
  const resolveRef = (node: Node | null, field: string, defaultKind: string, allowed: readonly EntityKind[], example: string): string | undefined => {
    const r = refValue(ctx, node, field, { defaultKind, kinds: allowed, example });
    if (!r) return undefined;
    const key = refKey(r.ref);
    if (!catalog.byRef.has(key)) {
      report(r.pos, 'unknown-ref', `${field} "${r.value}" names no entity in the catalog`, danglingHint(index, r.ref, allowed), refSeverity(options.onBrokenRefs));
      notInCatalog.push({ field: field as 'subject' | 'replacement' | 'contact', ref: formatRef(r.ref) });
      return undefined;
    }
    return key;
  };

  const r: AnnouncementReader = { ctx, top, fields, report, where, resolveRef };

  const title = text_('title', true, 'Legacy Deployer is deprecated');
  const summaryText = fields.has('summary') ? text_('summary', false, 'One sentence for lists and feeds.') : undefined;

  const type = readEnum(ctx, root, 'type', ANNOUNCEMENT_TYPES, {
    required: true,
    code: 'invalid-type',
    missing: { message: 'this announcement has no `type`', hint: `add \`type:\` with one of ${ANNOUNCEMENT_TYPES.join(', ')}` },
  })?.value;

  const subjectsField = fields.get('subjects');
  const subjects = readSubjects(r, subjectsField);

  const announced = date('announced', true);
  const effective = date('effective', true);
  const sunset = date('sunset', false);
  checkDates(r, type, { announced, effective, sunset });

  const { replacement, contact } = readReplacementAndContact(r, subjects);

  // Warnings: the catalog and the announcement disagree.
  if (type) checkStages(r, type, subjects, subjectsField?.value, { effective, sunset }, { catalog, stageIndex, today });

  const subjectsNotInCatalog = notInCatalog.some((n) => n.field === 'subject');
  if (!title || !type || (subjects.length === 0 && !subjectsNotInCatalog) || !announced || !effective || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics };
  }
  const announcement: Announcement = {
    id,
    file,
    display,
    title,
    summary: summaryText ? plainText(summaryText) : firstParagraph(body),
    type,
    subjects,
    announced,
    effective,
    ...(sunset ? { sunset } : {}),
    ...(replacement ? { replacement } : {}),
    ...(contact ? { contact } : {}),
    deadlinePos: where(sunset ? 'sunset' : 'effective'),
    ...(notInCatalog.length ? { notInCatalog } : {}),
  };
  return { announcement, diagnostics };
}

/** Reading one announcement: its fields, where they are, reporting there and resolving refs. */
interface AnnouncementReader {
  ctx: ReadContext;
  top: SourcePosition;
  fields: Map<string, Field>;
  report(p: SourcePosition, code: string, message: string, hint?: string, severity?: 'error' | 'warning'): void;
  where(key: string): SourcePosition;
  /** Parses and resolves one ref; returns its refKey when it names an entity. */
  resolveRef(node: Node | null, field: string, defaultKind: string, allowed: readonly EntityKind[], example: string): string | undefined;
}

/** The refKeys of the entities `subjects` names (at least one is required). */
function readSubjects(r: AnnouncementReader, subjectsField: Field | undefined): string[] {
  const { ctx, top, report, where, resolveRef } = r;
  const subjects: string[] = [];
  if (!subjectsField) {
    report(top, 'lifecycle/missing-field', 'this announcement has no `subjects`', 'add `subjects: [component:<name>]`: the entities the change is about');
  } else if (!isSeq(subjectsField.value) || subjectsField.value.items.length === 0) {
    report(where('subjects'), 'lifecycle/no-subjects', '`subjects` must be a list of at least one entity reference', 'e.g. subjects: [component:legacy-deployer]');
  } else {
    for (const item of subjectsField.value.items) {
      const key = resolveRef(deref(ctx.doc, item), 'subject', 'component', SUBJECT_KINDS, 'subjects: [component:legacy-deployer]');
      if (key && !subjects.includes(key)) subjects.push(key);
    }
  }

  return subjects;
}

/** The dates in the order a change happens: announced, effective, then sunset (deprecations need one). */
function checkDates(r: AnnouncementReader, type: AnnouncementType | undefined, { announced, effective, sunset }: { announced?: string; effective?: string; sunset?: string }): void {
  const { top, fields, report, where } = r;
  if (type === 'deprecation' && !fields.has('sunset')) {
    report(top, 'lifecycle/missing-field', 'a deprecation needs a `sunset` date: the day the subject stops working', 'add `sunset: 2027-03-31`');
  }
  if (sunset && (type === 'beta' || type === 'ga')) {
    report(where('sunset'), 'lifecycle/unexpected-sunset', `a ${type} announcement has no sunset`, 'remove `sunset`, or make this a deprecation', 'warning');
  }
  if (announced && effective && effective < announced) {
    report(where('effective'), 'lifecycle/date-order', `effective ${effective} is before announced ${announced}`, 'a change takes effect on or after the day it is announced');
  }
  if (effective && sunset && sunset < effective) {
    report(where('sunset'), 'lifecycle/date-order', `sunset ${sunset} is before effective ${effective}`, 'the subject stops working on or after the change takes effect');
  } else if (announced && sunset && !effective && sunset < announced) {
    report(where('sunset'), 'lifecycle/date-order', `sunset ${sunset} is before announced ${announced}`);
  }

}

/** The replacement (never one of the subjects) and the contact (required). */
function readReplacementAndContact(r: AnnouncementReader, subjects: readonly string[]): { replacement?: string; contact?: string } {
  const { top, fields, report, where, resolveRef } = r;
  let replacement: string | undefined;
  const replacementField = fields.get('replacement');
  if (replacementField) {
    replacement = resolveRef(replacementField.value, 'replacement', 'component', SUBJECT_KINDS, 'replacement: component:launchpad');
    if (replacement && subjects.includes(replacement)) {
      report(where('replacement'), 'lifecycle/replacement-is-subject', `replacement ${shortRef(replacement)} is also a subject`, 'the replacement is what people move to, not what is changing');
      replacement = undefined;
    }
  }
  let contact: string | undefined;
  const contactField = fields.get('contact');
  if (!contactField) {
    report(top, 'lifecycle/missing-field', 'this announcement has no `contact`', 'add `contact: group:<team>`: who answers questions about the change');
  } else {
    contact = resolveRef(contactField.value, 'contact', 'group', ['group', 'user'], 'contact: group:platform-team');
  }

  return { replacement, contact };
}

/** Warnings where the catalog's lifecycle of a subject disagrees with the announcement. */
function checkStages(
  r: AnnouncementReader,
  type: AnnouncementType,
  subjects: readonly string[],
  subjectsNode: Node | null | undefined,
  { effective, sunset }: { effective?: string; sunset?: string },
  { catalog, stageIndex, today }: { catalog: AnnouncementCatalog; stageIndex: ReturnType<typeof createStageIndex>; today: string },
): void {
  const { ctx, report, where } = r;
  for (const s of subjects) {
    const entity = catalog.byRef.get(s);
    const stage = stageIndex.forLifecycle(entity?.lifecycle);
    const short = entity ? formatRef({ kind: entity.kind, namespace: entity.namespace, name: entity.name }) : s;
    const subjectPos = subjectPosition(ctx, subjectsNode, s) ?? where('subjects');
    if ((type === 'deprecation' || type === 'sunset') && (!stage || (stage.id !== 'deprecated' && stage.id !== 'retired'))) {
      if (type === 'deprecation' || (effective && effective > today)) {
        report(
          subjectPos,
          'lifecycle/stage-mismatch',
          `${short} is announced as deprecated but its catalog lifecycle is ${entity?.lifecycle ? `"${entity.lifecycle}"` : 'not set'}`,
          `set spec.lifecycle: deprecated in ${entity?.source.file ?? 'its descriptor'}`,
          'warning',
        );
      }
    }
    const end = type === 'sunset' ? effective : type === 'deprecation' ? sunset : undefined;
    if (end && end < today && stage?.id === 'production') {
      report(
        subjectPos,
        'lifecycle/sunset-passed',
        `${short} was sunset on ${end} but its catalog lifecycle is still "${entity?.lifecycle}"`,
        `set spec.lifecycle: retired (or deprecated) in ${entity?.source.file ?? 'its descriptor'}, or move the sunset date`,
        'warning',
      );
    }
  }
}

/** Where the subject with refKey `key` is written in the `subjects` list. */
function subjectPosition(ctx: ReadContext, seq: Node | null | undefined, key: string): SourcePosition | undefined {
  if (!isSeq(seq)) return undefined;
  for (const item of seq.items) {
    const v = isScalar(item) ? item.value : undefined;
    if (typeof v !== 'string') continue;
    const { ref } = parseEntityRef(v, { defaultKind: 'component' });
    if (ref && refKey(ref) === key) return at(ctx, item as Node);
  }
  return undefined;
}

/**
 * Reads and checks every announcement under content/lifecycle against the catalog and
 * "today"; announcements with errors are left out of `announcements` (and reported).
 */
export function checkAnnouncements(
  paths: Pick<ContentPaths, 'lifecycle' | 'parent'>,
  catalog: AnnouncementCatalog,
  today: string,
  stages: readonly Stage[] = DEFAULT_STAGES,
  onBrokenRefs?: RefPolicy,
): { announcements: Announcement[]; diagnostics: Diagnostic[] } {
  const announcements: Announcement[] = [];
  const diagnostics: Diagnostic[] = [];
  const refIndex = createRefIndex(catalog.entities);
  const ids = new Map<string, string>();
  const scope = 'root' in paths ? readScope(paths as ContentPaths) : undefined;
  for (const file of listDocFiles(paths.lifecycle, scope)) {
    const relative = path.relative(paths.lifecycle, file).split(path.sep).join('/');
    const display = displayPath(paths as ContentPaths, file);
    const id = announcementId(relative);
    const other = ids.get(id);
    if (RESERVED_IDS.includes(id)) {
      diagnostics.push({ file: display, line: 1, column: 1, severity: 'error', code: 'lifecycle/reserved-id', message: `${announcementPath(id)} is a page of its own; an announcement cannot use that name`, hint: 'rename the file' });
      continue;
    }
    if (other) {
      diagnostics.push({ file: display, line: 1, column: 1, severity: 'error', code: 'lifecycle/duplicate-id', message: `this announcement has the same URL (/lifecycle/${id}/) as ${other}`, hint: 'rename one of the files' });
      continue;
    }
    ids.set(id, display);
    const read = readContentText(file, display);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const r = checkAnnouncementText(read.text, { file, display, id, catalog, today, stages, refIndex, onBrokenRefs });
    diagnostics.push(...r.diagnostics);
    if (r.announcement) announcements.push(r.announcement);
  }
  announcements.sort(compareAnnouncements);
  return { announcements, diagnostics };
}

/** Ids that are pages of the calendar itself. */
export const RESERVED_IDS: readonly string[] = ['stages'];

/** Orders announcements by effective date, then sunset, then id. */
export function compareAnnouncements(a: Announcement, b: Announcement): number {
  return a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : endDate(a) < endDate(b) ? -1 : endDate(a) > endDate(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The Starlight Badge variant of each announcement type. */
export const TYPE_BADGES: Record<AnnouncementType, 'note' | 'tip' | 'caution' | 'danger' | 'success' | 'default'> = {
  beta: 'note',
  ga: 'success',
  deprecation: 'caution',
  sunset: 'danger',
  'breaking-change': 'danger',
};
