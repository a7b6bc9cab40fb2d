/**
 * Reads one path file (content/paths/<id>.yaml) with positions and checks everything
 * that can be checked inside it: required fields and their types, step ids, durations,
 * docs, URLs and the owner. Checks across files (prerequisites, cycles) are in load.ts.
 */
import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic, Severity } from '../model/diagnostics.ts';
import { suggest } from '../suggest.ts';
import { at as atNode, checkKeys, missing, readBoolean, readContext, report as reportAt, textValue, type Field, type ReadContext } from '../yaml/fields.ts';
import { describeNode, parseYamlFile, positionAt, type YamlFile } from '../yaml/source.ts';
import type { DocMeta } from '../docs/frontmatter.ts';
import { ROLE_PATTERN } from '../docs/frontmatter.ts';
import { docId, docPath } from '../urls.ts';
import { parseEntityRef } from '../model/refs.ts';
import { urlProblem } from '../catalog/read/url-check.ts';
import { parseStepDuration } from '../duration.ts';
import type { Milestone, OnboardingPath, OnboardingStep } from './types.ts';

/** Ids of paths and steps: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PATH_FIELDS = ['title', 'audience', 'summary', 'owner', 'prerequisites', 'milestones'];
const MILESTONE_FIELDS = ['title', 'summary', 'steps'];
const STEP_FIELDS = ['id', 'doc', 'title', 'url', 'duration', 'optional', 'why'];
const DURATION_HINT = 'write hours and minutes such as 30m, 2h or 1h30m';

/** The docs a step may point at, looked up by slug. */
export interface DocIndex {
  /** Doc id (`docs/how-to/x`) to its title. */
  titles: Map<string, string>;
  /** Every slug a step can use (`how-to/x`), for "did you mean". */
  slugs: string[];
}

/** Indexes docs by the slug a step uses: the doc's id without `docs/`. */
export function indexDocs(docs: readonly DocMeta[]): DocIndex {
  const titles = new Map<string, string>();
  const slugs: string[] = [];
  for (const d of docs) {
    const id = docId(d.relative, d.slug);
    titles.set(id, d.title ?? id);
    slugs.push(id.startsWith('docs/') ? id.slice('docs/'.length) : id);
  }
  slugs.sort();
  return { titles, slugs };
}

/** The doc id a step's `doc:` names (`how-to/x`, also `/docs/how-to/x/`), or undefined. */
export function resolveDocSlug(index: DocIndex, slug: string): string | undefined {
  const s = slug.trim().replace(/^\/+|\/+$/g, '');
  if (!s) return undefined;
  for (const candidate of [`docs/${s}`, s]) if (index.titles.has(candidate)) return candidate;
  return undefined;
}

/** What reading a path file needs from outside it. */
export interface PathContext {
  docs: DocIndex;
  /** Returns a problem message when the owner ref does not resolve (e.g. not in the catalog). */
  resolveOwner?: (ref: string) => string | undefined;
  /** The reference policy: with `warn`, an owner not in the catalog is a warning and is kept as written. */
  onBrokenRefs?: 'error' | 'warn';
}

/** A 1-based position in a file. */
interface Pos {
  line: number;
  column: number;
}

/** A prerequisite as written, with its position, for the checks across files. */
export interface PrerequisiteRef {
  id: string;
  line: number;
  column: number;
}

/** What reading one path file gives. */
export interface PathFileResult {
  /** The path, when the file is a map; steps with errors are left out. */
  path?: OnboardingPath;
  prerequisites: PrerequisiteRef[];
  diagnostics: Diagnostic[];
}

/** Reads and checks one path file's text; `id` comes from its file name, `display` names it. */
export function readPathText(text: string, id: string, display: string, ctx: PathContext): PathFileResult {
  const prerequisites: PrerequisiteRef[] = [];
  const { file, diagnostics } = parseYamlFile(display, display, text, { area: 'onboarding', syntaxMessage: 'this file is not valid YAML' });
  const first = file.documents[0];
  const r = pathReader(readContext(file, first ?? (new Document() as Document.Parsed), diagnostics, 'onboarding', { file: display, line: 1, column: 1 }), id, display, ctx);
  const root = pathRoot(r, file);
  if (!root) return { prerequisites, diagnostics };

  const fields = r.fieldsOf(root, PATH_FIELDS, 'a path');
  const title = r.textField(fields, 'title', root, 'this path', true, 'e.g. title: "Backend engineer"');
  const summary = r.textField(fields, 'summary', root, 'this path', true, 'one or two sentences on what the path gets a new hire to');
  const audience = readAudience(r, fields, root);
  const owner = readOwner(r, fields, root);
  prerequisites.push(...readPrerequisites(r, fields));
  const milestones = readMilestones(r, fields, root);

  const path: OnboardingPath = {
    id,
    file: display,
    title: title ?? id,
    audience: audience ?? 'everyone',
    summary: summary ?? '',
    owner: owner ?? '',
    prerequisites: [],
    milestones,
  };
  return { path, prerequisites, diagnostics };
}

type Where = Node | Pos | null | undefined;

/** Reading one path file: where things are, reporting at them, and its fields. */
interface PathReader {
  rc: ReadContext;
  id: string;
  display: string;
  ctx: PathContext;
  at(node: Node | null | undefined): Pos;
  report(where: Where, code: string, message: string, hint?: string, severity?: Severity): void;
  /** The fields of a map, warning about unknown keys; `what` names the map in messages. */
  fieldsOf(map: YAMLMap, known: readonly string[], what: string): Map<string, Field>;
  /** A required or optional text field, trimmed; undefined (reported) when missing or not text. */
  textField(fields: Map<string, Field>, name: string, owner: Node, what: string, required: boolean, hint: string): string | undefined;
  /** Step ids and the docs steps point at so far, with where they were first used. */
  stepIds: Map<string, Pos>;
  docSteps: Map<string, Pos>;
}

function pathReader(rc: ReadContext, id: string, display: string, ctx: PathContext): PathReader {
  const at = (node: Node | null | undefined): Pos => {
    const p = atNode(rc, node);
    return { line: p.line, column: p.column };
  };
  const isPos = (w: Where): w is Pos => w !== null && w !== undefined && typeof (w as Pos).line === 'number';
  return {
    rc,
    id,
    display,
    ctx,
    at,
    report(where, code, message, hint, severity = 'error') {
      const p = isPos(where) ? where : at(where);
      reportAt(rc, severity, code, { file: display, ...p }, message, hint);
    },
    fieldsOf: (map, known, what) =>
      checkKeys(rc, map, known, {
        severity: 'warning',
        message: (name) => `${what} has no field \`${name}\`; it is ignored`,
        otherwise: (name) => (name === 'id' && what === 'a path' ? `a path's id is its file name (${id}); rename the file to change it` : `${what} takes ${known.join(', ')}`),
      }),
    textField(fields, name, owner, what, required, hint) {
      const f = fields.get(name);
      const missingAs = { message: `${what} has no \`${name}\``, hint };
      if (!f) {
        if (required) missing(rc, name, atNode(rc, owner), hint, false, missingAs);
        return undefined;
      }
      return textValue(rc, f, { path: name, of: what, required, hint, emptyIsAbsent: true, missing: missingAs })?.value.trim();
    },
    stepIds: new Map(),
    docSteps: new Map(),
  };
}

/** The path's map, or undefined (reported) when the file has errors, several documents, nothing, or no map. */
function pathRoot(r: PathReader, file: YamlFile): YAMLMap | undefined {
  if (r.rc.diagnostics.some((d) => d.severity === 'error')) return undefined;
  if (file.documents.length > 1) {
    r.report(
      positionAt(file, file.documents[1]?.range[0] ?? 0),
      'multiple-documents',
      `a path file holds one path, but this file has ${file.documents.length} YAML documents`,
      'put each path in its own file; the file name is the path id',
    );
    return undefined;
  }
  const root = file.documents[0]?.contents ?? null;
  if (root === null || (isScalar(root) && root.value === null)) {
    r.report({ line: 1, column: 1 }, 'empty-file', 'this path file is empty', 'start with title:, audience:, summary:, owner: and milestones:');
    return undefined;
  }
  if (!isMap(root)) {
    r.report(root, 'wrong-type', 'a path file must be a map of `key: value` lines', 'start with title:, audience:, summary:, owner: and milestones:');
    return undefined;
  }
  return root;
}

function readAudience(r: PathReader, fields: Map<string, Field>, root: YAMLMap): string | undefined {
  const audienceText = r.textField(fields, 'audience', root, 'this path', true, 'the role it is for, e.g. audience: backend');
  if (audienceText === undefined) return undefined;
  if (ROLE_PATTERN.test(audienceText)) return audienceText;
  r.report(fields.get('audience')?.value, 'invalid-role', `audience "${audienceText}" is not a role name`, 'a role is lower-case words joined by hyphens, e.g. backend, sre, everyone');
  return undefined;
}

function readOwner(r: PathReader, fields: Map<string, Field>, root: YAMLMap): string | undefined {
  const ownerText = r.textField(fields, 'owner', root, 'this path', true, 'the team that keeps it up to date, e.g. owner: group:platform-team');
  if (ownerText === undefined) return undefined;
  const node = fields.get('owner')?.value;
  const { ref, error } = parseEntityRef(ownerText, { defaultKind: 'group' });
  if (error) r.report(node, 'invalid-ref', `owner "${ownerText}": ${error}`, 'write group:<team>, e.g. group:platform-team');
  else if (ref && ref.kind !== 'group') r.report(node, 'invalid-ref', `owner "${ownerText}": a path's owner must be a group, not a ${ref.kind}`, 'write group:<team>, e.g. group:platform-team');
  else {
    const problem = r.ctx.resolveOwner?.(ownerText);
    if (!problem) return ownerText;
    const warn = r.ctx.onBrokenRefs === 'warn';
    r.report(node, 'unknown-owner', `owner "${ownerText}": ${problem}`, 'the owner must be a Group in the catalog, under content/catalog/', warn ? 'warning' : 'error');
    if (warn) return ownerText; // shown as "not in the catalog"
  }
  return undefined;
}

function readPrerequisites(r: PathReader, fields: Map<string, Field>): PrerequisiteRef[] {
  const prerequisites: PrerequisiteRef[] = [];
  const pre = fields.get('prerequisites');
  if (!pre || pre.value === null || (isScalar(pre.value) && pre.value.value === null)) return prerequisites;
  if (!isSeq(pre.value)) {
    r.report(pre.value, 'wrong-type', '`prerequisites` must be a list of path ids', 'e.g. prerequisites: [every-engineer]');
    return prerequisites;
  }
  const seen = new Set<string>();
  for (const item of pre.value.items as Node[]) {
    const v = isScalar(item) ? item.value : undefined;
    if (typeof v !== 'string') {
      r.report(item, 'wrong-type', `a prerequisite must be a path id (text), not ${describeNode(item)}`, 'e.g. prerequisites: [every-engineer]');
    } else if (seen.has(v)) {
      r.report(item, 'duplicate-prerequisite', `prerequisite "${v}" is listed twice`, 'remove one of them', 'warning');
    } else {
      seen.add(v);
      prerequisites.push({ id: v, ...r.at(item) });
    }
  }
  return prerequisites;
}

function readMilestones(r: PathReader, fields: Map<string, Field>, root: YAMLMap): Milestone[] {
  const milestones: Milestone[] = [];
  const ms = fields.get('milestones');
  if (!ms || ms.value === null || (isScalar(ms.value) && ms.value.value === null)) {
    r.report(ms ? ms.key : root, 'missing-field', 'this path has no `milestones`', 'list its stages in order, e.g. - title: Day 1 with steps: under each');
    return milestones;
  }
  if (!isSeq(ms.value)) {
    r.report(ms.value, 'wrong-type', '`milestones` must be a list', 'e.g. milestones:\n  - title: Day 1\n    steps: [...]');
    return milestones;
  }
  if (ms.value.items.length === 0) {
    r.report(ms.value, 'missing-field', 'this path has no milestones', 'add at least one, e.g. - title: Day 1');
    return milestones;
  }
  const milestoneTitles = new Map<string, Pos>();
  for (const [mi, mNode] of (ms.value.items as Node[]).entries()) {
    const milestone = readMilestone(r, mNode, mi, milestoneTitles);
    if (milestone) milestones.push(milestone);
  }
  return milestones;
}

/** One milestone with the steps that have no error; undefined when it is not a map. */
function readMilestone(r: PathReader, mNode: Node, mi: number, milestoneTitles: Map<string, Pos>): Milestone | undefined {
  if (!isMap(mNode)) {
    r.report(mNode, 'wrong-type', `milestone ${mi + 1} must be a map with title: and steps:, not ${describeNode(mNode)}`);
    return undefined;
  }
  const mf = r.fieldsOf(mNode, MILESTONE_FIELDS, 'a milestone');
  const mTitle = r.textField(mf, 'title', mNode, `milestone ${mi + 1}`, true, 'e.g. title: Day 1') ?? `Milestone ${mi + 1}`;
  const mSummary = r.textField(mf, 'summary', mNode, `milestone "${mTitle}"`, false, 'one sentence on what this stage is for');
  const firstTitle = milestoneTitles.get(mTitle.toLowerCase());
  if (firstTitle) {
    r.report(mf.get('title')?.value, 'duplicate-milestone', `there is already a milestone "${mTitle}" (line ${firstTitle.line})`, 'give each milestone its own title, or merge their steps', 'warning');
  } else milestoneTitles.set(mTitle.toLowerCase(), r.at(mf.get('title')?.value ?? mNode));
  const milestone: Milestone = { title: mTitle, steps: [], ...(mSummary ? { summary: mSummary } : {}) };

  const sf = mf.get('steps');
  if (!sf || sf.value === null || (isScalar(sf.value) && sf.value.value === null)) {
    r.report(sf ? sf.key : mNode, 'missing-field', `milestone "${mTitle}" has no \`steps\``, 'list its steps in order under steps:');
  } else if (!isSeq(sf.value)) {
    r.report(sf.value, 'wrong-type', `\`steps\` of milestone "${mTitle}" must be a list`);
  } else if (sf.value.items.length === 0) {
    r.report(sf.value, 'missing-field', `milestone "${mTitle}" has no steps`, 'add a step, or remove the milestone');
  } else {
    for (const sNode of sf.value.items as Node[]) {
      const step = readStep(r, sNode, mTitle);
      if (step) milestone.steps.push(step);
    }
  }
  return milestone;
}

/** Reads one step; undefined when it has an error (the error is reported). */
function readStep(r: PathReader, sNode: Node, milestone: string): OnboardingStep | undefined {
  if (!isMap(sNode)) {
    r.report(sNode, 'wrong-type', `a step of milestone "${milestone}" must be a map (id:, doc: or url:, duration:, why:), not ${describeNode(sNode)}`);
    return undefined;
  }
  const errors = () => r.rc.diagnostics.filter((d) => d.severity === 'error').length;
  const before = errors();
  const f = r.fieldsOf(sNode, STEP_FIELDS, 'a step');
  const start = r.at(sNode);

  const stepId = readStepId(r, f, sNode);
  const stepTitle = r.textField(f, 'title', sNode, 'this step', false, 'e.g. title: Collect your laptop');
  const target = readStepTarget(r, f, sNode, stepTitle);
  const { durationText, minutes } = readStepDuration(r, f, sNode);
  const optional = readBoolean(r.rc, sNode, 'optional')?.value ?? false;
  const why = r.textField(f, 'why', sNode, 'this step', true, 'one line on why this step matters to a new hire');
  if (why !== undefined && /\n/.test(why)) {
    r.report(f.get('why')?.value, 'multiline-why', '`why` must be one line', 'keep it to one sentence; put more in the doc');
  }

  if (errors() > before) return undefined;
  if (!stepId || !target || minutes === undefined || durationText === undefined || why === undefined) return undefined;
  const base = { id: stepId, duration: durationText, minutes, optional, why, line: start.line, column: start.column };
  if (target.kind === 'doc') {
    const firstUse = r.docSteps.get(target.docId);
    if (firstUse) {
      r.report(f.get('doc')?.value, 'repeated-doc', `this doc is already a step of this path (line ${firstUse.line})`, 'the navigator on the doc follows its first step; point the second step elsewhere', 'warning');
    } else r.docSteps.set(target.docId, start);
    return { ...base, kind: 'doc', docId: target.docId, docPath: docPath(target.docId), title: stepTitle ?? r.ctx.docs.titles.get(target.docId) ?? target.docId };
  }
  return { ...base, kind: 'task', url: target.url, title: stepTitle ?? target.url };
}

function readStepId(r: PathReader, f: Map<string, Field>, sNode: YAMLMap): string | undefined {
  const stepId = r.textField(f, 'id', sNode, 'this step', true, 'give every step a stable id, e.g. id: request-access; progress is kept by it');
  const idNode = f.get('id')?.value;
  if (stepId === undefined) return undefined;
  if (!ID_PATTERN.test(stepId)) {
    r.report(idNode, 'invalid-step-id', `step id "${stepId}" is not lower-case words joined by hyphens`, 'e.g. id: request-access');
    return stepId;
  }
  const first = r.stepIds.get(stepId);
  if (first) {
    r.report(idNode, 'duplicate-step-id', `step id "${stepId}" is already used on line ${first.line}`, 'step ids must be unique within a path: progress is stored by them');
  } else r.stepIds.set(stepId, r.at(idNode));
  return stepId;
}

/** What a step points at: a doc (by its `doc:` slug) or an external task (its `url:`). */
function readStepTarget(r: PathReader, f: Map<string, Field>, sNode: YAMLMap, stepTitle: string | undefined): { kind: 'doc'; docId: string } | { kind: 'task'; url: string } | undefined {
  const docField = f.get('doc');
  const urlField = f.get('url');
  if (docField && urlField) {
    r.report(urlField.key, 'doc-and-url', 'a step points at a doc or at a URL, not both', 'make two steps, or drop one of them');
  } else if (!docField && !urlField) {
    r.report(sNode, 'missing-field', 'this step has neither `doc` nor `url`', 'point it at a doc (doc: how-to/request-access) or make it an external task (title: and url:)');
  } else if (docField) {
    const slug = r.textField(f, 'doc', sNode, 'this step', true, 'the doc slug, e.g. doc: how-to/request-access');
    if (slug === undefined) return undefined;
    const found = resolveDocSlug(r.ctx.docs, slug);
    if (found) return { kind: 'doc', docId: found };
    const near = suggest(slug.replace(/^\/+|\/+$/g, '').replace(/^docs\//, ''), r.ctx.docs.slugs);
    r.report(
      docField.value,
      'unknown-doc',
      `there is no doc "${slug}"`,
      near ? `did you mean ${near}?` : 'a doc slug is its path under content/docs without the extension, e.g. how-to/request-access',
    );
  } else if (urlField) {
    const url = r.textField(f, 'url', sNode, 'this step', true, 'e.g. url: https://it.example.com/laptops');
    let target: { kind: 'task'; url: string } | undefined;
    if (url !== undefined) {
      const problem = urlProblem(url, ['http', 'https']);
      if (problem) r.report(urlField.value, 'invalid-url', `url "${url}" cannot be used: ${problem}`, 'an external task links to an http:// or https:// page');
      else target = { kind: 'task', url };
    }
    if (stepTitle === undefined && !f.get('title')) {
      r.report(sNode, 'missing-field', 'this external task has no `title`', 'say what to do, e.g. title: Collect your laptop');
    }
    return target;
  }
  return undefined;
}

function readStepDuration(r: PathReader, f: Map<string, Field>, sNode: YAMLMap): { durationText?: string; minutes?: number } {
  const d = f.get('duration');
  if (d && d.value && isScalar(d.value) && typeof d.value.value === 'number') {
    r.report(d.value, 'invalid-duration', `duration ${String(d.value.value)} has no unit`, `${DURATION_HINT}, e.g. ${String(d.value.value)}m`);
    return {};
  }
  const durationText = r.textField(f, 'duration', sNode, 'this step', true, `how long it takes: ${DURATION_HINT}`);
  if (durationText === undefined) return {};
  const minutes = parseStepDuration(durationText);
  if (minutes === undefined) r.report(d?.value, 'invalid-duration', `duration "${durationText}" is not a duration`, `${DURATION_HINT}, more than zero`);
  return { durationText, minutes };
}
