/**
 * The text of each new file: Backstage descriptor YAML for catalog kinds, YAML for paths,
 * Markdown with frontmatter for docs and announcements. Values go through the `yaml`
 * package, so a title with a colon or a quote is quoted rather than breaking the file.
 */
import { stringify } from 'yaml';
import type { ScaffoldContext } from './context.ts';
import type { Answers, KindId } from './target.ts';
import { toSlug } from './validate.ts';

const KIND_LABEL: Partial<Record<KindId, string>> = {
  service: 'Component',
  api: 'API',
  system: 'System',
  domain: 'Domain',
  team: 'Group',
  user: 'User',
};

const one = (a: Answers, key: string): string | undefined => {
  const v = a[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === '' ? undefined : s;
};
const list = (a: Answers, key: string): string[] => {
  const v = a[key];
  return Array.isArray(v) ? v : v ? [v] : [];
};
/** The object without its undefined fields. */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
const yaml = (value: unknown): string => stringify(value, { lineWidth: 0 });

/** A starting definition for a new API of `type`, so its page has a reference from day one. */
export function apiDefinition(type: string, name: string, title: string): string {
  const pascal = name.split(/[-_.]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') || 'Api';
  switch (type) {
    case 'asyncapi':
      return yaml({ asyncapi: '2.6.0', info: { title, version: '0.1.0' }, channels: {} });
    case 'graphql':
      return `type Query {\n  "Whether ${title} answers."\n  ping: Boolean!\n}\n`;
    case 'grpc':
      return `syntax = "proto3";\n\npackage ${toSlug(name).replace(/-/g, '_') || 'api'}.v1;\n\nservice ${pascal} {\n}\n`;
    default:
      return yaml({ openapi: '3.0.3', info: { title, version: '0.1.0' }, paths: {} });
  }
}

/** The descriptor YAML of a new catalog entity. */
function renderEntity(kind: KindId, a: Answers): string {
  const name = one(a, 'name') ?? '';
  const metadata = compact({
    name,
    ...(kind === 'user' ? {} : { title: one(a, 'title') }),
    description: one(a, 'description'),
  });
  let spec: Record<string, unknown>;
  switch (kind) {
    case 'service':
      spec = { type: one(a, 'type'), lifecycle: one(a, 'lifecycle'), owner: one(a, 'owner'), system: one(a, 'system') };
      break;
    case 'api':
      spec = {
        type: one(a, 'type'),
        lifecycle: one(a, 'lifecycle'),
        owner: one(a, 'owner'),
        system: one(a, 'system'),
        definition: apiDefinition(one(a, 'type') ?? 'openapi', name, one(a, 'title') ?? name),
      };
      break;
    case 'system':
      spec = { owner: one(a, 'owner'), domain: one(a, 'domain') };
      break;
    case 'domain':
      spec = { owner: one(a, 'owner') };
      break;
    case 'team':
      spec = {
        type: 'team',
        profile: compact({ displayName: one(a, 'title'), email: one(a, 'email') }),
        parent: one(a, 'parent'),
        children: [],
        members: list(a, 'members'),
      };
      break;
    default:
      spec = { profile: compact({ displayName: one(a, 'title'), email: one(a, 'email') }), memberOf: list(a, 'memberOf') };
  }
  return yaml({ apiVersion: 'backstage.io/v1alpha1', kind: KIND_LABEL[kind], metadata, spec: compact(spec) });
}

const ANNOUNCEMENT_BODY: Record<string, string> = {
  beta: '## What you get\n\n<!-- What it does and how to opt in. -->\n\n## What beta means here\n\n<!-- The SLO, the support and what may still change. -->\n',
  ga: '## What changes\n\n<!-- What is now generally available and what it promises. -->\n\n## What to do\n\n<!-- Anything users must do, or "nothing". -->\n',
  deprecation: '## Why\n\n<!-- Why it is going away. -->\n\n## What to do\n\n<!-- The migration, step by step. -->\n\n## Timeline\n\n<!-- Key dates between now and the sunset. -->\n',
  sunset: '## What changes\n\n<!-- What stops working on the day. -->\n\n## What to do\n\n<!-- Where to move, and who to ask. -->\n',
  'breaking-change': '## What changes\n\n<!-- What breaks and for whom. -->\n\n## What to do\n\n<!-- How to adapt, before the date. -->\n',
};

/** A lifecycle announcement: frontmatter, the summary as first paragraph, an outline for the type. */
function renderAnnouncement(a: Answers): string {
  const type = one(a, 'type') ?? 'beta';
  const fm = compact({
    title: one(a, 'title'),
    summary: one(a, 'summary'),
    type,
    subjects: list(a, 'subjects'),
    announced: one(a, 'announced'),
    effective: one(a, 'effective'),
    sunset: type === 'deprecation' ? one(a, 'sunset') : undefined,
    replacement: one(a, 'replacement'),
    contact: one(a, 'contact'),
  });
  return `---\n${yaml(fm)}---\n\n${one(a, 'summary') ?? ''}\n\n${ANNOUNCEMENT_BODY[type] ?? ''}`;
}

/** An onboarding path: one milestone whose steps are the chosen docs, in order. */
function renderPath(a: Answers, ctx: ScaffoldContext): string {
  const ids = new Set<string>();
  const steps = list(a, 'steps').map((slug) => {
    const base = toSlug(slug.split('/').pop() ?? slug) || 'step';
    let id = base;
    for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
    ids.add(id);
    const doc = ctx.docs.find((d) => d.slug === slug);
    const why = (doc ? ctx.docDescription(doc.file) : undefined) ?? `${doc?.title ?? slug}.`;
    return { id, doc: slug, duration: one(a, 'duration') ?? '30m', why: why.replace(/\s+/g, ' ').trim() };
  });
  const prerequisites = list(a, 'prerequisites');
  return yaml(
    compact({
      title: one(a, 'title'),
      audience: one(a, 'audience'),
      summary: one(a, 'summary'),
      owner: one(a, 'owner'),
      prerequisites: prerequisites.length ? prerequisites : undefined,
      milestones: [{ title: one(a, 'milestone') ?? 'Week 1', steps }],
    }),
  );
}

const DOC_BODY: Record<string, string> = {
  tutorial:
    '<!-- A lesson: what the reader will have built by the end, and what they need first. -->\n\n## Before you start\n\n<!-- Accounts, access and tools the reader needs. -->\n\n## 1. First step\n\n<!-- One concrete action and what the reader sees after it. -->\n\n## What you did\n\n<!-- What they learned, and where to go next. -->\n',
  'how-to':
    '<!-- Use this when ... : the task and who it is for, in one sentence. -->\n\n## Before you start\n\n<!-- What the reader needs. -->\n\n## Steps\n\n1. <!-- The first action. -->\n\n## Check it worked\n\n<!-- How the reader knows it is done. -->\n',
  reference:
    '<!-- What this page describes, in one sentence. -->\n\n## Overview\n\n| Name | What it is |\n| --- | --- |\n|  |  |\n',
  explanation:
    '<!-- The question this page answers: why things are the way they are. -->\n\n## Background\n\n## How it works\n\n## Trade-offs\n',
};

/** A doc: frontmatter with Wayfinder's fields, and an outline for its type. */
function renderDoc(a: Answers, ctx: ScaffoldContext): string {
  const services = list(a, 'services');
  const fm = compact({
    title: one(a, 'title'),
    description: one(a, 'description'),
    owner: one(a, 'owner'),
    lastReviewed: ctx.today,
    audience: list(a, 'audience').length ? list(a, 'audience') : undefined,
    services: services.length ? services : undefined,
  });
  return `---\n${yaml(fm)}---\n\n${DOC_BODY[one(a, 'type') ?? ''] ?? ''}`;
}

/** A campaign: title, owner, filter, rules, dates and the how-to link. */
function renderCampaign(a: Answers): string {
  return yaml(
    compact({
      title: one(a, 'title'),
      owner: one(a, 'owner'),
      filter: compact({ kind: one(a, 'covers') ?? 'component', lifecycle: one(a, 'lifecycle') }),
      rules: list(a, 'rules'),
      start: one(a, 'start'),
      deadline: one(a, 'deadline'),
      howTo: one(a, 'howTo'),
    }),
  );
}

/** The text of the new file for `kind` from checked answers. */
export function renderFile(kind: KindId, a: Answers, ctx: ScaffoldContext): string {
  if (kind === 'announcement') return renderAnnouncement(a);
  if (kind === 'path') return renderPath(a, ctx);
  if (kind === 'doc') return renderDoc(a, ctx);
  if (kind === 'campaign') return renderCampaign(a);
  return renderEntity(kind, a);
}
