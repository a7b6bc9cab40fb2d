/**
 * The rows of an entity list (relations, what a team owns, members, escalation ladders) as
 * the EntityList component draws them: link, name, the kind/type detail, the lifecycle
 * badge when it is not production, and the email when asked. Worked out in the view models,
 * so the component takes props only.
 */
import type { CatalogEntity } from '../../core/model/entity.ts';
import { displayName, kindNoun } from '../../core/names.ts';
import { lifecycleBadge, type StageIndex } from '../../core/lifecycle/stages.ts';
import type { BadgeVariant } from '../../core/lifecycle/stages.ts';
import { refHref } from '../../core/urls.ts';

/** One row of an entity list. */
export interface EntityListItem {
  ref: string;
  name: string;
  href: string;
  /** Kind (unless hidden), type and the entity's name when its title differs. */
  detail: string;
  /** A few words after the entity (`through Payments API`). */
  note?: string;
  /** The lifecycle stage, when it is not production. */
  badge?: { text: string; variant: BadgeVariant };
  email?: string;
}

/** Options of entityListItems. */
export interface EntityListOptions {
  /** Leave the kind out (the heading already says it). */
  hideKind?: boolean;
  /** Show each user's email. */
  showEmail?: boolean;
  /** A few words after an entity, by refKey. */
  notes?: Readonly<Record<string, string>> | undefined;
}

/** The rows of a list of entities, in the order given. */
export function entityListItems(entities: readonly CatalogEntity[], stages: StageIndex, options: EntityListOptions = {}): EntityListItem[] {
  return entities.map((e) => {
    const kind = kindNoun(e.kind);
    const type = e.type && e.type.toLowerCase() !== kind.toLowerCase() ? e.type : undefined;
    const name = displayName(e);
    const note = options.notes?.[e.ref];
    return {
      ref: e.ref,
      name,
      href: refHref(e.ref),
      detail: [options.hideKind ? undefined : kind, type, e.name !== name ? e.name : undefined].filter(Boolean).join(' · '),
      ...(note ? { note } : {}),
      ...(e.lifecycle && e.lifecycle !== 'production' ? { badge: { text: stages.forLifecycle(e.lifecycle)?.label ?? e.lifecycle, variant: lifecycleBadge(stages, e.lifecycle) } } : {}),
      ...(options.showEmail && e.profile?.email ? { email: e.profile.email } : {}),
    };
  });
}
