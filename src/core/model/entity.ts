/**
 * The shapes of the resolved catalog: what `loadCatalog` returns and what every page,
 * the CLI and `/catalog.json` read. Entities are plain, JSON-serialisable objects.
 */
import type { Diagnostic } from './diagnostics.ts';

/** The kinds Wayfinder understands, lower-case as in entity refs. */
export type EntityKind =
  | 'component'
  | 'api'
  | 'system'
  | 'domain'
  | 'group'
  | 'user'
  | 'resource'
  | 'location';

/** Backstage's well-known relation types; each has an inverse (see RELATION_INVERSE). */
export type RelationType =
  | 'ownedBy'
  | 'ownerOf'
  | 'partOf'
  | 'hasPart'
  | 'dependsOn'
  | 'dependencyOf'
  | 'providesApi'
  | 'apiProvidedBy'
  | 'consumesApi'
  | 'apiConsumedBy'
  | 'memberOf'
  | 'hasMember'
  | 'parentOf'
  | 'childOf';

/** Where something was written: file relative to the content folder's parent, 1-based. */
export type { SourcePosition } from './diagnostics.ts';
import type { SourcePosition } from './diagnostics.ts';

/** One of `metadata.links`, after its URL passed the scheme check. */
export interface EntityLink {
  url: string;
  title?: string;
  icon?: string;
  /** What the link is (repository, runbook, dashboard, ...); free text. */
  type?: string;
}

/** `spec.profile` of a Group or User (display only). */
export interface EntityProfile {
  displayName?: string;
  email?: string;
  /** An http(s) image URL; dropped (with a diagnostic) when it is anything else. */
  picture?: string;
}

/** One rung of `spec.escalation`: who to reach, how, and how long into an incident. */
export interface EscalationLevel {
  /** Free text ("Payments on-call") or the ref as written ("user:ana.lima"). */
  who: string;
  /** The refKey when `who` is a user or group ref, e.g. `user:default/ana.lima`. */
  whoRef?: string;
  how: string;
  /** http(s), mailto or tel URL. */
  url?: string;
  /** As written: `0m`, `15m`, `1h`, `1d`, `1h30m`. */
  after: string;
  /** `after` in minutes. */
  afterMinutes: number;
}

/** A resolved catalog entity. Refs are refKeys: lower-case `kind:namespace/name`. */
export interface CatalogEntity {
  /** refKey of this entity, e.g. `component:default/payments-service`. */
  ref: string;
  kind: EntityKind;
  /** The kind as Backstage spells it: `Component`, `API`, ... */
  kindLabel: string;
  apiVersion: string;
  /** Lower-case namespace, `default` unless set. */
  namespace: string;
  /** metadata.name as written (case kept). */
  name: string;
  title?: string;
  /** Markdown; render it through the sanitising Markdown pipeline. */
  description?: string;
  /** spec.type */
  type?: string;
  /** spec.lifecycle */
  lifecycle?: string;
  /** refKey of spec.owner (a group or user). */
  owner?: string;
  /** refKey of spec.system. */
  system?: string;
  /** refKey of spec.domain (System). */
  domain?: string;
  /** refKey of spec.subcomponentOf (Component). */
  subcomponentOf?: string;
  /** refKey of spec.subdomainOf (Domain). */
  subdomainOf?: string;
  /** refKey of spec.parent (Group). */
  parent?: string;
  tags: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Only links whose URL is http, https, mailto or tel. */
  links: EntityLink[];
  /** Group and User profile. */
  profile?: EntityProfile;
  /** API definition text (from the YAML, or the file a $text/$json/$yaml names). */
  definition?: string;
  /** Where the definition came from when it was substituted (a file path or a URL). */
  definitionSource?: string;
  /** Where an inline definition's text starts in the descriptor (line 1, column 1 of the text). */
  definitionAt?: SourcePosition;
  /** Location targets as written. */
  targets?: string[];
  /** wayfinder.dev/chat: the chat channel, e.g. `#payments`. */
  chat?: string;
  /** wayfinder.dev/chat-url */
  chatUrl?: string;
  /** wayfinder.dev/oncall: URL of the rota or pager. */
  oncall?: string;
  /** wayfinder.dev/tier: 1 (critical) .. 3. */
  tier?: number;
  /** wayfinder.dev/slo */
  slo?: string;
  /**
   * wayfinder.dev/previous-names: refKeys of the names the entity had before a rename (same
   * kind). Their old pages redirect to this one, and the directory still finds it by them.
   */
  previousRefs?: string[];
  /** Lines of `spec.owner` and `spec.lifecycle` in the source file, where the change review annotates a change. */
  fieldLines?: { owner?: number; lifecycle?: number };
  /** spec.escalation, in the order written. */
  escalation: EscalationLevel[];
  /** Relations both ways, grouped by type; each list is sorted refKeys without repeats. */
  relations: Partial<Record<RelationType, string[]>>;
  /** Where the entity starts. */
  source: SourcePosition;
  /**
   * References to entities that are not in the catalog, kept under the reference policy
   * `onBrokenRefs: warn` so pages show them as "not in the catalog" (never as links).
   */
  missingRefs?: MissingRef[];
  /** Health rules the entity is exempt from (`wayfinder.dev/exempt-<rule>` annotations), each until a date. */
  exemptions?: Exemption[];
  /** What the entity's team says about each migration it owes (`wayfinder.dev/migration-<announcement>` annotations; see core/migrations/). */
  migrationPlans?: MigrationPlan[];
}

/**
 * A team's word on one migration: `"by 2027-02-01: https://tracker/PAY-123"` (planned) or
 * `"exempt until 2027-06-01: reason"`. `announcement` is the id as written (checked against
 * the announcements once they are read).
 */
export interface MigrationPlan {
  announcement: string;
  /** The day the work is planned to be done by (planned). */
  by?: string;
  /** Where the work is tracked: a link or a ticket id (planned). */
  tracker?: string;
  /** An exemption instead of a plan: the last day it counts, and why. */
  exempt?: { until: string; reason: string };
  /** `"done"`: the consumer has moved though it still uses the subject (a breaking change it has adapted to, a feature it stopped using). */
  done?: boolean;
  /** Where the annotation is written. */
  pos: SourcePosition;
}

/** An exemption from one health rule: `wayfinder.dev/exempt-runbook: "until 2027-03-31: batch job, nothing to page"`. */
export interface Exemption {
  /** The rule id (see core/health/rules.ts). */
  rule: string;
  /** The last day it counts (YYYY-MM-DD); it lapses the day after. */
  until: string;
  reason: string;
}

/** A reference an entity makes to an entity that is not in the catalog. */
export interface MissingRef {
  /** Where in the descriptor, e.g. `spec.owner` or `spec.dependsOn[2]`. */
  path: string;
  /** The ref, e.g. `group:guest`. */
  ref: string;
  pos: SourcePosition;
}

/** A directed relation between two entities (refKeys). */
export interface CatalogRelation {
  source: string;
  type: RelationType;
  target: string;
}

/** A document that was not loaded as an entity, with why. Never dropped silently. */
export interface SkippedEntity {
  source: SourcePosition;
  apiVersion?: string;
  kind?: string;
  name?: string;
  reason: string;
}

/** A descriptor left out under `onInvalidEntities: skip`: where it is, what it would have been, and why. */
export interface NotPublished {
  source: SourcePosition;
  /** The kind as written, when it could be read. */
  kind?: string;
  /** metadata.name as written, when it could be read. */
  name?: string;
  /** The refKey it would have had, when kind and name could be read. */
  ref?: string;
  /** The first problem, e.g. `"a-very-long-name…" is not a valid entity name`. */
  reason: string;
}

/** Options of `loadCatalog`. */
export interface LoadCatalogOptions {
  /** Known spec.lifecycle values; others get a warning. Defaults to DEFAULT_LIFECYCLES. */
  lifecycles?: readonly string[];
  /** The reference policy: references to entities not in the catalog are errors (default) or warnings. */
  onBrokenRefs?: 'error' | 'warn';
  /** Descriptors that fail validation fail the build (`error`, default) or are left out with a warning (`skip`). */
  onInvalidEntities?: 'error' | 'skip';
}

/** Everything `loadCatalog` returns. */
export interface CatalogResult {
  /** Every loaded entity, sorted by refKey. */
  entities: CatalogEntity[];
  /** refKey to entity. */
  byRef: Map<string, CatalogEntity>;
  /** Every relation both ways, sorted and without repeats. */
  relations: CatalogRelation[];
  skipped: SkippedEntity[];
  /** Descriptors left out because they failed validation (policy `onInvalidEntities: skip`), by file and line. */
  notPublished: NotPublished[];
  /** Sorted by file, line, column. */
  diagnostics: Diagnostic[];
  /** Entities by kind, e.g. `{ component: 16, api: 8 }` (kinds with none are left out). */
  counts: Record<string, number>;
  /** Every descriptor file read, display paths, sorted. */
  files: string[];
}
