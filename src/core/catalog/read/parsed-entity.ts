/**
 * What reading one descriptor document yields before the catalog is resolved: the
 * entity's fields, the refs it declares (still text, with positions) and, for a
 * Location, its targets.
 */
import type { CatalogEntity, EntityKind, RelationType, SourcePosition } from '../../model/entity.ts';

/** An entity ref as written in a descriptor, resolved later against the whole catalog. */
export interface DeclaredRef {
  /** Dotted path for messages, e.g. `spec.owner` or `spec.providesApis[1]`. */
  path: string;
  text: string;
  pos: SourcePosition;
  defaultKind?: EntityKind;
  allowedKinds?: readonly EntityKind[];
  /** The relation from the declaring entity to the target; none for refs that only need to exist. */
  relation?: RelationType;
  /** Called with the target's refKey once resolved (fills e.g. `owner`). */
  assign?: (refKey: string) => void;
}

/** A Location target as written, with its position. */
export interface LocationTarget {
  text: string;
  pos: SourcePosition;
}

/** One entity read from a document, not yet resolved. */
export interface ParsedEntity {
  entity: CatalogEntity;
  refs: DeclaredRef[];
  /** Position of `metadata.name` (where duplicates are reported). */
  namePos: SourcePosition;
  /** Location only. */
  targets: LocationTarget[];
  /** Location only: `spec.presence: optional` lets targets be missing. */
  optional: boolean;
}
