/**
 * What `npm run new` can create and the fields of each: the question a terminal asks, the
 * choices it offers from the content folder, the default, and the check of a value. The
 * order of `fields` is the order of the questions; a default or check may use the answers
 * before it.
 */
import { ANNOUNCEMENT_TYPES, RESERVED_IDS } from '../lifecycle/announcements.ts';
import { announcementPath } from '../urls.ts';
import { addDays } from '../dates.ts';
import { RULE_IDS } from '../health/rules.ts';
import { didYouMean } from '../suggest.ts';
import { siteLinkProblem } from '../safe-url.ts';
import type { EntityKind } from '../model/entity.ts';
import type { KnownEntity, ScaffoldContext } from './context.ts';
import { KIND_IDS, targetFile, type Answers, type KindId } from './target.ts';
import {
  dateProblem,
  durationProblem,
  entityNameProblem,
  fileIdProblem,
  humanise,
  resolveExistingRef,
  roleProblem,
  toSlug,
  type ValueProblem,
} from './validate.ts';

/** The doc types (Diátaxis) and the folder under content/docs each goes to. */
export const DOC_TYPES = { tutorial: 'tutorials', 'how-to': 'how-to', reference: 'reference', explanation: 'explanation' } as const;
export type DocType = keyof typeof DOC_TYPES;

/** Shortcuts: `new how-to x` is `new doc x --type how-to`, `new deprecation` an announcement. */
export const KIND_ALIASES: Readonly<Record<string, { kind: KindId; type: string }>> = {
  ...Object.fromEntries(Object.keys(DOC_TYPES).map((t) => [t, { kind: 'doc' as KindId, type: t }])),
  ...Object.fromEntries(ANNOUNCEMENT_TYPES.map((t) => [t, { kind: 'announcement' as KindId, type: t }])),
  component: { kind: 'service', type: 'service' },
  group: { kind: 'team', type: 'team' },
};

/** A choice offered in a terminal. */
export interface Choice {
  value: string;
  name: string;
  description?: string;
}

/** A checked value (normalised, e.g. refs in short form) or what is wrong with it. */
export type Checked = { value: string } | { problem: ValueProblem };

/** One field of a kind. */
export interface FieldSpec {
  /** The answer key and the flag (`--owner`). */
  key: string;
  /** The question a terminal asks. */
  question: string;
  /** Text for --help. */
  help: string;
  required: boolean;
  /** A list: repeat the flag or separate values with commas. */
  list?: boolean;
  /** Asked in a terminal even though it is optional. */
  ask?: boolean;
  /** Choices offered in a terminal; `open` lets people type another value. */
  choices?: (ctx: ScaffoldContext, a: Answers) => Choice[];
  open?: boolean;
  default?: (ctx: ScaffoldContext, a: Answers) => string | string[] | undefined;
  /** Checks one value (each item of a list). */
  check?: (value: string, ctx: ScaffoldContext, a: Answers) => Checked;
  /** Whether the field applies, given the answers before it. */
  when?: (a: Answers) => boolean;
}

/** One kind of thing `new` creates. */
export interface KindSpec {
  id: KindId;
  /** What it is, for --help and messages. */
  summary: string;
  fields: FieldSpec[];
}

const ok = (value: string): Checked => ({ value });
const fromProblem = (value: string, problem: ValueProblem | undefined): Checked => (problem ? { problem } : { value });
const one = (a: Answers, key: string): string | undefined => {
  const v = a[key];
  return Array.isArray(v) ? v[0] : v;
};

/** Choices of entities of `kinds`, labelled with their title. */
function entityChoices(ctx: ScaffoldContext, kinds: readonly EntityKind[]): Choice[] {
  return ctx.entities
    .filter((e) => kinds.includes(e.kind))
    .sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || (a.ref < b.ref ? -1 : 1))
    .map((e) => ({ value: e.ref, name: e.label === e.name ? e.ref : `${e.ref} (${e.label})` }));
}

/** A field that names an existing entity of `kinds`. */
function refCheck(field: string, kinds: readonly EntityKind[]): FieldSpec['check'] {
  return (value, ctx) => {
    const r = resolveExistingRef(value, field, kinds, ctx.catalog);
    return 'ref' in r ? ok(r.ref) : r;
  };
}

const byRef = (ctx: ScaffoldContext, ref: string | undefined): KnownEntity | undefined =>
  ref ? ctx.entities.find((e) => e.ref.toLowerCase() === ref.toLowerCase()) : undefined;

/** metadata.name of a new entity of `kind`: Backstage's rules, and not taken. */
function entityName(kind: EntityKind, kindId: KindId): FieldSpec {
  return {
    key: 'name',
    question: 'Name (metadata.name)',
    help: `the ${kind}'s name: 1-63 letters or digits separated by -, _ or . (also the first word after the kind)`,
    required: true,
    check: (value, ctx) => {
      const problem = entityNameProblem(value);
      if (problem) return { problem };
      const taken = ctx.entities.find((e) => e.ref.toLowerCase() === `${kind}:${value}`.toLowerCase());
      if (taken) return { problem: { message: `there is already a ${kind} named ${taken.name}, in ${taken.where}`, hint: 'choose another name' } };
      const file = targetFile(kindId, { name: value });
      if (ctx.exists(file)) return { problem: { message: `${file} already exists`, hint: 'choose another name; new never overwrites a file' } };
      return ok(value);
    },
  };
}

const title = (what: string): FieldSpec => ({
  key: 'title',
  question: 'Title',
  help: `the ${what}'s title as people read it (default: from the name)`,
  required: false,
  ask: true,
  default: (_c, a) => (one(a, 'name') ? humanise(one(a, 'name') ?? '') : undefined),
});
const description: FieldSpec = {
  key: 'description',
  question: 'Description (one or two sentences; empty for none)',
  help: 'one or two sentences on what it is for',
  required: false,
  ask: true,
};
const owner = (defaultFrom?: (ctx: ScaffoldContext, a: Answers) => string | undefined): FieldSpec => ({
  key: 'owner',
  question: 'Owner',
  help: 'the team (group:<name>) or person (user:<name>) that owns it; must be in the catalog',
  required: true,
  choices: (ctx) => entityChoices(ctx, ['group', 'user']),
  ...(defaultFrom ? { default: defaultFrom } : {}),
  check: refCheck('owner', ['group', 'user']),
});
const system: FieldSpec = {
  key: 'system',
  question: 'System (optional)',
  help: 'the system it is part of (system:<name>); must be in the catalog',
  required: false,
  ask: true,
  choices: (ctx) => entityChoices(ctx, ['system']),
  check: refCheck('system', ['system']),
};
const lifecycle = (fallback: string): FieldSpec => ({
  key: 'lifecycle',
  question: 'Lifecycle',
  help: `spec.lifecycle, one of the site's stages (default: ${fallback})`,
  required: true,
  choices: (ctx) => ctx.lifecycles.map((l) => ({ value: l, name: l })),
  default: () => fallback,
  check: (value, ctx) =>
    ctx.lifecycles.includes(value) ? ok(value) : { problem: { message: `lifecycle "${value}" is not one of ${ctx.lifecycles.join(', ')}` } },
});
const ownerOfSystem = (ctx: ScaffoldContext, a: Answers): string | undefined => byRef(ctx, one(a, 'system'))?.owner;

/** Minimal API definitions of each type, so the new API page has a reference to show. */
export const API_TYPES = ['openapi', 'asyncapi', 'graphql', 'grpc'] as const;

const ENTITY_KINDS: Record<'service' | 'api' | 'system' | 'domain' | 'team' | 'user', KindSpec> = {
  service: {
    id: 'service',
    summary: 'a service, website or library (a Backstage Component)',
    fields: [
      entityName('component', 'service'),
      title('service'),
      description,
      system,
      owner(ownerOfSystem),
      {
        key: 'type',
        question: 'Type',
        help: 'spec.type: service, website, library, ... (default: service)',
        required: true,
        choices: (ctx) => ctx.componentTypes.map((t) => ({ value: t, name: t })),
        default: () => 'service',
        check: (v) => (v.trim() ? ok(v.trim()) : { problem: { message: 'type cannot be empty' } }),
      },
      lifecycle('experimental'),
    ],
  },
  api: {
    id: 'api',
    summary: 'an API (OpenAPI, AsyncAPI, GraphQL or gRPC), with a starting definition',
    fields: [
      entityName('api', 'api'),
      title('API'),
      description,
      system,
      owner(ownerOfSystem),
      {
        key: 'type',
        question: 'API type',
        help: `spec.type: ${API_TYPES.join(', ')} (default: openapi)`,
        required: true,
        choices: () => API_TYPES.map((t) => ({ value: t, name: t })),
        default: () => 'openapi',
        check: (v) => ((API_TYPES as readonly string[]).includes(v) ? ok(v) : { problem: { message: `API type "${v}" is not one of ${API_TYPES.join(', ')}` } }),
      },
      lifecycle('experimental'),
    ],
  },
  system: {
    id: 'system',
    summary: 'a system: components and APIs that work together',
    fields: [
      entityName('system', 'system'),
      title('system'),
      description,
      {
        key: 'domain',
        question: 'Domain (optional)',
        help: 'the domain it belongs to (domain:<name>); must be in the catalog',
        required: false,
        ask: true,
        choices: (ctx) => entityChoices(ctx, ['domain']),
        check: refCheck('domain', ['domain']),
      },
      owner((ctx, a) => byRef(ctx, one(a, 'domain'))?.owner),
    ],
  },
  domain: {
    id: 'domain',
    summary: 'a business domain: systems that belong together',
    fields: [entityName('domain', 'domain'), title('domain'), description, owner()],
  },
  team: {
    id: 'team',
    summary: 'a team (a Backstage Group)',
    fields: [
      entityName('group', 'team'),
      { ...title('team'), help: "the team's display name (default: from the name)" },
      description,
      {
        key: 'parent',
        question: 'Parent group (optional)',
        help: 'the group it is part of (group:<name>); must be in the catalog',
        required: false,
        ask: true,
        choices: (ctx) => entityChoices(ctx, ['group']),
        check: refCheck('parent', ['group']),
      },
      {
        key: 'email',
        question: 'Team email (optional)',
        help: "the team's email address",
        required: false,
        ask: true,
        check: (v) => (/^[^\s@]+@[^\s@]+$/.test(v) ? ok(v) : { problem: { message: `"${v}" is not an email address` } }),
      },
      {
        key: 'members',
        question: 'Members',
        help: 'users in the team (user:<name>), comma-separated; must be in the catalog',
        required: false,
        list: true,
        check: refCheck('member', ['user']),
      },
    ],
  },
  user: {
    id: 'user',
    summary: 'a person (a Backstage User)',
    fields: [
      entityName('user', 'user'),
      {
        key: 'title',
        question: 'Display name',
        help: 'the name people read (default: from the name, e.g. ana.lima is Ana Lima)',
        required: false,
        ask: true,
        default: (_c, a) => (one(a, 'name') ?? '').split(/[-_.]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') || undefined,
      },
      {
        key: 'email',
        question: 'Email (optional)',
        help: 'their email address',
        required: false,
        ask: true,
        check: (v) => (/^[^\s@]+@[^\s@]+$/.test(v) ? ok(v) : { problem: { message: `"${v}" is not an email address` } }),
      },
      {
        key: 'memberOf',
        question: 'Team',
        help: 'the team(s) they belong to (group:<name>), comma-separated; must be in the catalog',
        required: true,
        list: true,
        choices: (ctx) => entityChoices(ctx, ['group']),
        check: refCheck('memberOf', ['group']),
      },
    ],
  },
};

const SUBJECT_KINDS: readonly EntityKind[] = ['component', 'api', 'resource', 'system', 'domain'];
const TITLES: Record<string, (s: string) => string> = {
  beta: (s) => `${s} is in beta`,
  ga: (s) => `${s} is generally available`,
  deprecation: (s) => `${s} is deprecated`,
  sunset: (s) => `${s} is switched off`,
  'breaking-change': (s) => `Breaking change in ${s}`,
};
const subjectLabel = (ctx: ScaffoldContext, a: Answers): string => {
  const first = Array.isArray(a.subjects) ? a.subjects[0] : a.subjects;
  return byRef(ctx, first)?.label ?? first?.replace(/^[a-z]+:/, '') ?? 'It';
};
const laterDate = (field: string, after: string) => (value: string, _ctx: ScaffoldContext, a: Answers): Checked => {
  const problem = dateProblem(value, field);
  if (problem) return { problem };
  const before = one(a, after);
  if (before && value < before) return { problem: { message: `${field} ${value} is before ${after} ${before}`, hint: `choose ${before} or later` } };
  return ok(value);
};

const ANNOUNCEMENT: KindSpec = {
  id: 'announcement',
  summary: `a lifecycle announcement: ${ANNOUNCEMENT_TYPES.join(', ')} (or: new deprecation ...)`,
  fields: [
    {
      key: 'type',
      question: 'What kind of change',
      help: `${ANNOUNCEMENT_TYPES.join(', ')}`,
      required: true,
      choices: () => ANNOUNCEMENT_TYPES.map((t) => ({ value: t, name: t })),
      check: (v) => ((ANNOUNCEMENT_TYPES as readonly string[]).includes(v) ? ok(v) : { problem: { message: `type "${v}" is not one of ${ANNOUNCEMENT_TYPES.join(', ')}` } }),
    },
    {
      key: 'subjects',
      question: 'What changes',
      help: 'the entities it is about (component:<name>, api:<name>, ...), comma-separated; must be in the catalog',
      required: true,
      list: true,
      choices: (ctx) => entityChoices(ctx, SUBJECT_KINDS),
      check: refCheck('subject', SUBJECT_KINDS),
    },
    {
      key: 'name',
      question: 'File name (the page is /lifecycle/<name>/)',
      help: 'the file name under lifecycle/, lower-case words joined by hyphens (default: <subject>-<type>)',
      required: true,
      default: (ctx, a) => {
        const first = Array.isArray(a.subjects) ? a.subjects[0] : a.subjects;
        const subject = byRef(ctx, first)?.name ?? first?.replace(/^[a-z]+:/, '');
        return subject && one(a, 'type') ? toSlug(`${subject}-${one(a, 'type')}`) : undefined;
      },
      check: (value, ctx, a) => {
        const problem = fileIdProblem(value, 'announcement');
        if (problem) return { problem };
        if (RESERVED_IDS.includes(value)) return { problem: { message: `${announcementPath(value)} is a page of its own`, hint: 'choose another name' } };
        const file = targetFile('announcement', { ...a, name: value });
        if (ctx.exists(file) || ctx.exists(file.replace(/\.md$/, '.mdx'))) return { problem: { message: `${file} already exists`, hint: 'choose another name; new never overwrites a file' } };
        return ok(value);
      },
    },
    {
      key: 'title',
      question: 'Title',
      help: 'the headline (default: from the type and the subject)',
      required: true,
      default: (ctx, a) => TITLES[one(a, 'type') ?? '']?.(subjectLabel(ctx, a)),
    },
    {
      key: 'announced',
      question: 'Announced on (YYYY-MM-DD)',
      help: 'the day it is announced (default: today)',
      required: true,
      default: (ctx) => ctx.today,
      check: (v) => fromProblem(v, dateProblem(v, 'announced')),
    },
    {
      key: 'effective',
      question: 'Takes effect on (YYYY-MM-DD)',
      help: 'the day the change happens (default: announced for a deprecation, else 30 days after it)',
      required: true,
      default: (_c, a) => {
        const announced = one(a, 'announced');
        if (!announced || dateProblem(announced, 'announced')) return undefined;
        return one(a, 'type') === 'deprecation' ? announced : addDays(announced, 30);
      },
      check: laterDate('effective', 'announced'),
    },
    {
      key: 'sunset',
      question: 'Stops working on (YYYY-MM-DD)',
      help: 'a deprecation only: the day it stops working (default: 90 days after effective)',
      required: true,
      when: (a) => one(a, 'type') === 'deprecation',
      default: (_c, a) => {
        const effective = one(a, 'effective');
        return effective && !dateProblem(effective, 'effective') ? addDays(effective, 90) : undefined;
      },
      check: laterDate('sunset', 'effective'),
    },
    {
      key: 'replacement',
      question: 'What to move to (optional)',
      help: 'what people move to (component:<name>, ...); must be in the catalog',
      required: false,
      ask: true,
      when: (a) => ['deprecation', 'sunset', 'breaking-change'].includes(one(a, 'type') ?? ''),
      choices: (ctx, a) => {
        const subjects = new Set((Array.isArray(a.subjects) ? a.subjects : []).map((s) => s.toLowerCase()));
        return entityChoices(ctx, SUBJECT_KINDS).filter((c) => !subjects.has(c.value.toLowerCase()));
      },
      check: (value, ctx, a) => {
        const r = resolveExistingRef(value, 'replacement', SUBJECT_KINDS, ctx.catalog);
        if (!('ref' in r)) return r;
        const subjects = (Array.isArray(a.subjects) ? a.subjects : []).map((s) => s.toLowerCase());
        return subjects.includes(r.ref.toLowerCase())
          ? { problem: { message: `replacement ${r.ref} is also a subject`, hint: 'the replacement is what people move to, not what is changing' } }
          : ok(r.ref);
      },
    },
    {
      key: 'contact',
      question: 'Who answers questions',
      help: 'the team (group:<name>) or person who answers questions (default: the owner of the first subject)',
      required: true,
      choices: (ctx) => entityChoices(ctx, ['group', 'user']),
      default: (ctx, a) => byRef(ctx, Array.isArray(a.subjects) ? a.subjects[0] : a.subjects)?.owner,
      check: refCheck('contact', ['group', 'user']),
    },
    {
      key: 'summary',
      question: 'Summary for lists and feeds',
      help: 'one or two sentences for the calendar, the feeds and the top of the page (default: from the title and dates)',
      required: true,
      default: (ctx, a) => {
        const t = one(a, 'title');
        if (!t) return undefined;
        const type = one(a, 'type');
        const replacement = byRef(ctx, one(a, 'replacement'))?.label ?? one(a, 'replacement');
        const move = replacement ? ` Move to ${replacement}.` : '';
        if (type === 'deprecation') return `${t}: it stops working on ${one(a, 'sunset')}.${move}`;
        if (type === 'sunset') return `${t} on ${one(a, 'effective')}.${move}`;
        return `${t} from ${one(a, 'effective')}.${move}`;
      },
    },
  ],
};

const PATH: KindSpec = {
  id: 'path',
  summary: 'an onboarding path: milestones of steps that point at docs',
  fields: [
    {
      key: 'name',
      question: 'Path id (the page is /onboarding/<id>/)',
      help: 'the file name under paths/, lower-case words joined by hyphens',
      required: true,
      check: (value, ctx) => {
        const problem = fileIdProblem(value, 'path');
        if (problem) return { problem };
        if (ctx.paths.includes(value)) return { problem: { message: `there is already a path "${value}"`, hint: 'choose another id' } };
        const file = targetFile('path', { name: value });
        if (ctx.exists(file) || ctx.exists(file.replace(/\.yaml$/, '.yml'))) return { problem: { message: `${file} already exists`, hint: 'choose another id; new never overwrites a file' } };
        return ok(value);
      },
    },
    { ...title('path'), required: true },
    {
      key: 'audience',
      question: 'Role it is for',
      help: 'the role, lower-case words joined by hyphens, e.g. backend (default: the path id)',
      required: true,
      choices: (ctx, a) => [...new Set([one(a, 'name') ?? '', ...ctx.roles].filter(Boolean))].map((r) => ({ value: r, name: r })),
      open: true,
      default: (_c, a) => one(a, 'name'),
      check: (v) => fromProblem(v, roleProblem(v)),
    },
    {
      key: 'summary',
      question: 'Summary',
      help: 'one or two sentences on what the path gets a new hire to (default: from the title)',
      required: true,
      default: (_c, a) => (one(a, 'title') ? `The first steps for a new ${one(a, 'title')?.toLowerCase()}.` : undefined),
    },
    {
      key: 'owner',
      question: 'Owner (the team that keeps it up to date)',
      help: 'the team that keeps it up to date (group:<name>); must be in the catalog',
      required: true,
      choices: (ctx) => entityChoices(ctx, ['group']),
      check: refCheck('owner', ['group']),
    },
    {
      key: 'prerequisites',
      question: 'Paths to finish first',
      help: 'ids of paths to finish first, comma-separated',
      required: false,
      list: true,
      check: (v, ctx) => (ctx.paths.includes(v) ? ok(v) : { problem: { message: `there is no path "${v}"`, hint: ctx.paths.length ? `the paths are ${ctx.paths.join(', ')}` : 'there are no paths yet' } }),
    },
    {
      key: 'milestone',
      question: 'First milestone',
      help: 'the title of the first milestone (default: Week 1)',
      required: true,
      default: () => 'Week 1',
    },
    {
      key: 'steps',
      question: 'Docs to read, in order',
      help: 'docs for the steps, in order, by slug (how-to/request-access), comma-separated',
      required: true,
      list: true,
      choices: (ctx) => ctx.docs.map((d) => ({ value: d.slug, name: `${d.slug} (${d.title})` })),
      check: (v, ctx) => {
        const slug = v.trim().replace(/^\/+|\/+$/g, '').replace(/^docs\//, '');
        if (ctx.docs.some((d) => d.slug === slug)) return ok(slug);
        const near = ctx.docs.map((d) => d.slug).find((s) => s.endsWith(`/${slug}`));
        return { problem: { message: `there is no doc "${v}"`, hint: near ? `did you mean ${near}?` : 'a doc slug is its path under docs/ without the extension, e.g. how-to/request-access' } };
      },
    },
    {
      key: 'duration',
      question: 'Time for each step',
      help: 'how long each step takes, e.g. 30m, 1h30m (default: 30m)',
      required: true,
      default: () => '30m',
      check: (v) => fromProblem(v, durationProblem(v)),
    },
  ],
};

const CAMPAIGN: KindSpec = {
  id: 'campaign',
  summary: 'a campaign: entities that must pass some health rules by a deadline',
  fields: [
    {
      key: 'name',
      question: 'Campaign id (the page is /campaigns/<id>/)',
      help: 'the file name under campaigns/, lower-case words joined by hyphens',
      required: true,
      check: (value, ctx) => {
        const problem = fileIdProblem(value, 'campaign');
        if (problem) return { problem };
        const file = targetFile('campaign', { name: value });
        if (ctx.exists(file) || ctx.exists(file.replace(/\.yaml$/, '.yml'))) return { problem: { message: `${file} already exists`, hint: 'choose another id; new never overwrites a file' } };
        return ok(value);
      },
    },
    { ...title('campaign'), required: true },
    {
      key: 'owner',
      question: 'Run by (the team pushing it)',
      help: 'the team running the campaign (group:<name>); must be in the catalog',
      required: true,
      choices: (ctx) => entityChoices(ctx, ['group']),
      check: refCheck('owner', ['group']),
    },
    {
      key: 'covers',
      question: 'Kind of entity it covers',
      help: 'the catalog kind it covers: component, api, system, resource, ... (default: component)',
      required: true,
      choices: () => ['component', 'api', 'system', 'resource', 'domain', 'group'].map((k) => ({ value: k, name: k })),
      default: () => 'component',
      check: (v) => (['component', 'api', 'system', 'domain', 'group', 'user', 'resource'].includes(v) ? ok(v) : { problem: { message: `"${v}" is not a catalog kind`, hint: 'component, api, system, domain, group, user or resource' } }),
    },
    {
      key: 'lifecycle',
      question: 'Only entities in this lifecycle (optional)',
      help: 'e.g. production; leave it out to cover every lifecycle',
      required: false,
      ask: true,
    },
    {
      key: 'rules',
      question: 'Rules each entity must pass',
      help: `health rule ids, comma-separated: ${RULE_IDS.join(', ')}`,
      required: true,
      list: true,
      choices: () => RULE_IDS.map((r) => ({ value: r, name: r })),
      check: (v) =>
        (RULE_IDS as readonly string[]).includes(v)
          ? ok(v)
          : { problem: { message: `"${v}" is not a health rule`, hint: didYouMean(v, RULE_IDS) ?? `the rules are ${RULE_IDS.join(', ')}` } },
    },
    {
      key: 'start',
      question: 'Starts on (YYYY-MM-DD)',
      help: 'the day it starts (default: today)',
      required: true,
      default: (ctx) => ctx.today,
      check: (v) => fromProblem(v, dateProblem(v, 'start')),
    },
    {
      key: 'deadline',
      question: 'Deadline (YYYY-MM-DD)',
      help: 'the last day (default: 90 days after the start)',
      required: true,
      default: (_c, a) => {
        const start = one(a, 'start');
        return start && !dateProblem(start, 'start') ? addDays(start, 90) : undefined;
      },
      check: laterDate('deadline', 'start'),
    },
    {
      key: 'howTo',
      question: 'How to do it (optional)',
      help: 'a site path such as /docs/how-to/write-a-runbook/ or an https:// address',
      required: false,
      ask: true,
      check: (v) => {
        const problem = siteLinkProblem(v);
        return problem ? { problem: { message: `${JSON.stringify(v)} is neither a site path nor a web address: ${problem}`, hint: 'start it with / or https://' } } : ok(v);
      },
    },
  ],
};

const DOC: KindSpec = {
  id: 'doc',
  summary: `a doc: ${Object.keys(DOC_TYPES).join(', ')} (or: new how-to ...)`,
  fields: [
    {
      key: 'type',
      question: 'What kind of doc',
      help: `${Object.keys(DOC_TYPES).join(', ')}: decides its folder under docs/ and its outline`,
      required: true,
      choices: () => Object.keys(DOC_TYPES).map((t) => ({ value: t, name: t })),
      check: (v) => (v in DOC_TYPES ? ok(v) : { problem: { message: `doc type "${v}" is not one of ${Object.keys(DOC_TYPES).join(', ')}` } }),
    },
    {
      key: 'title',
      question: 'Title',
      help: 'the page title (default: from the name)',
      required: true,
      default: (_c, a) => (one(a, 'name') ? humanise(one(a, 'name') ?? '') : undefined),
    },
    {
      key: 'name',
      question: 'File name',
      help: 'the file name under docs/<folder>/, lower-case words joined by hyphens (default: from the title)',
      required: true,
      default: (_c, a) => (one(a, 'title') ? toSlug(one(a, 'title') ?? '') || undefined : undefined),
      check: (value, ctx, a) => {
        const problem = fileIdProblem(value, 'doc');
        if (problem) return { problem };
        const file = targetFile('doc', { ...a, name: value });
        const base = file.replace(/\.md$/, '');
        for (const f of [file, `${base}.mdx`, `${base}/index.md`, `${base}/index.mdx`]) {
          if (ctx.exists(f)) return { problem: { message: `${f} already exists`, hint: 'choose another name; new never overwrites a file' } };
        }
        return ok(value);
      },
    },
    { ...description, help: 'one sentence for search results and link previews' },
    {
      key: 'owner',
      question: 'Owner (optional)',
      help: 'the team (group:<name>) or person who keeps it true; must be in the catalog',
      required: false,
      ask: true,
      choices: (ctx) => entityChoices(ctx, ['group', 'user']),
      check: refCheck('owner', ['group', 'user']),
    },
    {
      key: 'audience',
      question: 'For whom',
      help: 'roles it is for, comma-separated (default: everyone)',
      required: false,
      list: true,
      default: () => ['everyone'],
      check: (v) => fromProblem(v, roleProblem(v)),
    },
    {
      key: 'services',
      question: 'What it is about',
      help: 'entities the page is about (component:<name>, ...), comma-separated; must be in the catalog',
      required: false,
      list: true,
      check: refCheck('service', ['component', 'api', 'resource', 'system', 'domain', 'group', 'user']),
    },
  ],
};

/** Every kind, by id. */
export const KINDS: Readonly<Record<KindId, KindSpec>> = { ...ENTITY_KINDS, announcement: ANNOUNCEMENT, path: PATH, doc: DOC, campaign: CAMPAIGN };

/** The kind and preset answers a command word means (`how-to` is a doc of type how-to); undefined when unknown. */
export function kindFor(word: string): { kind: KindSpec; preset: Answers } | undefined {
  const w = word.toLowerCase();
  if ((KIND_IDS as readonly string[]).includes(w)) return { kind: KINDS[w as KindId], preset: {} };
  const alias = KIND_ALIASES[w];
  if (!alias) return undefined;
  const kind = KINDS[alias.kind];
  return { kind, preset: kind.fields.some((f) => f.key === 'type') ? { type: alias.type } : {} };
}
