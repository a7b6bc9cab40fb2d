/**
 * The shape of a change review: what a change to the content (a pull request) means for
 * the people it affects. Plain, JSON-serialisable data; `--format json` prints it as is,
 * and the text, Markdown and GitHub formatters read only this.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { MigrationState } from '../migrations/migration.ts';
import type { ApiChange } from '../api/diff/types.ts';

/** An entity as a review names it, with where it is written (in the new content, else the old). */
export interface EntityMention {
  /** refKey, e.g. `component:default/payments-service`. */
  ref: string;
  kind: string;
  /** The display name (title, else name). */
  name: string;
  file: string;
  line: number;
}

/** A team (or user) that owns something, with how to reach it. */
export interface TeamContact {
  /** refKey of the group or user; absent for consumers that have no owner in the catalog. */
  ref?: string;
  name: string;
  chat?: string;
  chatUrl?: string;
  email?: string;
  oncall?: string;
}

/** One consumer a change reaches. */
export interface AffectedConsumer {
  ref: string;
  name: string;
  /** Direct: it uses the changed entity. Indirect: it uses something that does. */
  indirect: boolean;
  /** refKeys of what it uses that makes it affected. */
  via: string[];
  /** The display names of `via`, in the same order. */
  viaNames: string[];
}

/** The consumers of one owning team that a change reaches. */
export interface AffectedTeam extends TeamContact {
  consumers: AffectedConsumer[];
}

/** An entity that is in the new content only. */
export type AddedEntity = EntityMention;

/** An entity that is in the old content only, and what used it. */
export interface RemovedEntity extends EntityMention {
  /** Consumers that still point at it (their references now lead nowhere), and what uses them, by team. */
  breaks: AffectedTeam[];
}

/** An entity that has a new name. */
export interface RenamedEntity {
  /** The old refKey. */
  from: string;
  /** The entity as it is now. */
  to: EntityMention;
  /** `declared`: the new name lists the old one in wayfinder.dev/previous-names; `detected`: same file, near-identical content. */
  how: 'declared' | 'detected';
  /** True when the old page redirects to the new one (the old name is declared). */
  redirect: boolean;
  /** Consumers that still point at the old name, and what uses them, by team. */
  breaks: AffectedTeam[];
}

/** An entity that moved from one owner to another. */
export interface OwnerChange {
  entity: EntityMention;
  /** The line of spec.owner in the new content (the entity's first line when it has none). */
  line: number;
  from?: TeamContact;
  to?: TeamContact;
}

/** An entity whose spec.lifecycle changed. */
export interface LifecycleChange {
  entity: EntityMention;
  /** The line of spec.lifecycle in the new content (the entity's first line when it has none). */
  line: number;
  from?: string;
  to?: string;
  /** Who uses it, directly and one hop further, by team. */
  affected: AffectedTeam[];
}

/** Any other change to an entity that is in both versions. */
export interface ModifiedEntity {
  entity: EntityMention;
  /** What changed, e.g. `description`, `tags`, `dependsOn`. */
  fields: string[];
}

/** A lifecycle announcement that is new, changed or gone. */
export interface AnnouncementChange {
  id: string;
  status: 'added' | 'changed' | 'removed';
  title: string;
  type: string;
  file: string;
  /** refKeys. */
  subjects: string[];
  effective: string;
  sunset?: string;
  /** For `changed`: the fields that differ (e.g. `effective 2026-03-01 → 2026-04-01`). */
  changes: string[];
  /** Who must act, by team (not for `removed`). */
  affected: AffectedTeam[];
}

/** A doc that names a changed entity in `services` and so needs a new review. */
export interface DocToReview {
  file: string;
  title: string;
  /** refKeys of the changed entities it names. */
  services: string[];
}

/** An onboarding step as a review names it. */
export interface StepMention {
  id: string;
  title: string;
  milestone: string;
  line: number;
}

/** A step that moved: to another milestone, or to another place in its milestone. */
export interface StepMove extends StepMention {
  fromMilestone: string;
  fromPosition: number;
  position: number;
}

/** The steps of one onboarding path that were added, removed or moved. */
export interface PathChange {
  id: string;
  title: string;
  file: string;
  status: 'added' | 'changed' | 'removed';
  added: StepMention[];
  removed: StepMention[];
  moved: StepMove[];
}

/** The check's problems, old and new. */
export interface ProblemChanges {
  /** Problems in the new content that were not in the old (matched by file, code and message, not line). */
  introduced: Diagnostic[];
  /** How many problems of the old content are gone. */
  fixed: number;
  /** How many problems were there before and still are (they do not block the change). */
  unchanged: number;
}

/** An announcement that covers an API's breaking changes (a deprecation or breaking change, still ahead). */
export interface CoveringAnnouncement {
  id: string;
  title: string;
  type: string;
  effective: string;
  sunset?: string;
  file: string;
}

/** What changed in one API's definition, and who must act. */
export interface ApiChanges {
  api: EntityMention;
  /** `OpenAPI 3.1.0`, `GraphQL SDL`, … (the new version's). */
  format: string;
  /** info.version before and after, when the definition says. */
  version?: { from?: string; to?: string };
  breaking: ApiChange[];
  nonBreaking: ApiChange[];
  deprecations: ApiChange[];
  /** Changes past the per-API cap, counted, not listed. */
  omitted: number;
  /** Who consumes the API (consumesApis, and what depends on those), by team with contacts. */
  consumers: AffectedTeam[];
  /** The announcement with a future date that covers the breaking changes, when there is one. */
  announcement?: CoveringAnnouncement;
  /** Without one: the command that writes it. */
  suggest?: string;
}

/** Everything a change means. Lists are sorted, so the same change gives the same review. */
export interface ChangeSet {
  /** What was compared: the old content (a revision or folder) and the new. */
  base: string;
  head: string;
  added: AddedEntity[];
  removed: RemovedEntity[];
  renamed: RenamedEntity[];
  owners: OwnerChange[];
  lifecycles: LifecycleChange[];
  modified: ModifiedEntity[];
  announcements: AnnouncementChange[];
  docs: DocToReview[];
  paths: PathChange[];
  problems: ProblemChanges;
  /** API definitions that changed, breaking ones first. */
  apis: ApiChanges[];
  /** Consumers whose migration the change moves (core/review/migrations.ts). */
  migrations?: MigrationChange[];
  /** Campaigns added, removed or changed, with the teams they reach (core/review/campaigns.ts); absent when none. */
  campaigns?: CampaignChange[];
}

/** How a consumer's migration changed. */
export type MigrationChangeKind = 'moved' | 'done' | 'planned' | 'plan-slipped' | 'plan-moved' | 'plan-dropped' | 'exempted' | 'new-consumer';

/** One consumer's migration, before and after the change. */
export interface MigrationChange {
  announcement: string;
  title: string;
  deadline: string;
  kind: MigrationChangeKind;
  consumer: EntityMention;
  /** Its state before (undefined: it was not a consumer) and after (undefined: it no longer uses the subject). */
  from?: MigrationState;
  to?: MigrationState;
  /** The planned dates before and after, when there are any. */
  wasBy?: string;
  by?: string;
}

/** A campaign file that is new, changed or gone. */
export interface CampaignChange {
  id: string;
  status: 'added' | 'changed' | 'removed';
  title: string;
  file: string;
  /** The deadline (the new one, for `changed`). */
  deadline: string;
  owner?: TeamContact;
  /** For `changed`: what differs, as `field old → new` (e.g. `deadline 2026-11-13 → 2026-12-01`). */
  changes: string[];
  /** How many entities it covers (the old version's, for `removed`). */
  covers: number;
  /** For a changed filter: how many entities it covers now that it did not, and no longer covers. */
  coverage?: { gained: number; lost: number };
  /**
   * The teams it reaches with the entities of theirs it covers: all of them for `added` and
   * `removed` and a moved date; for a changed filter, those whose entities it gained or lost.
   */
  teams: AffectedTeam[];
}
