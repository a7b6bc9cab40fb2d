/**
 * The Backstage entity model Wayfinder reads: api versions, kinds, the required fields
 * of each kind's spec and the entity refs each spec field holds, with their default kind
 * and the relations they produce. Taken from Backstage's catalog-model JSON schemas
 * (packages/catalog-model/src/schema/kinds/*.schema.json) and BuiltinKindsEntityProcessor.
 */
import type { EntityKind, RelationType } from './entity.ts';

/** The apiVersions of Backstage's built-in kinds. */
export const API_VERSIONS: readonly string[] = ['backstage.io/v1alpha1', 'backstage.io/v1beta1'];

/** Backstage's lifecycle values plus `beta` and `retired`; the site config may extend it. */
export const DEFAULT_LIFECYCLES: readonly string[] = [
  'experimental',
  'beta',
  'production',
  'deprecated',
  'retired',
];

/** Each relation type and its inverse. */
export const RELATION_INVERSE: Readonly<Record<RelationType, RelationType>> = {
  ownedBy: 'ownerOf',
  ownerOf: 'ownedBy',
  partOf: 'hasPart',
  hasPart: 'partOf',
  dependsOn: 'dependencyOf',
  dependencyOf: 'dependsOn',
  providesApi: 'apiProvidedBy',
  apiProvidedBy: 'providesApi',
  consumesApi: 'apiConsumedBy',
  apiConsumedBy: 'consumesApi',
  memberOf: 'hasMember',
  hasMember: 'memberOf',
  parentOf: 'childOf',
  childOf: 'parentOf',
};

/** A spec field that holds one entity ref or a list of them. */
export interface RefFieldSpec {
  field: string;
  many: boolean;
  /** The kind of an unqualified ref; none means the ref must name its kind. */
  defaultKind?: EntityKind;
  /** Kinds the ref may point at; none means any kind. */
  allowedKinds?: readonly EntityKind[];
  /** Relation from this entity to the target (the inverse is added on the target). */
  relation: RelationType;
}

/** What Wayfinder checks in one kind's spec. */
export interface KindSpec {
  kind: EntityKind;
  /** Backstage's spelling, as written in `kind:`. */
  label: string;
  /** Required spec fields, in the order they are reported. */
  required: readonly string[];
  /** Optional or required spec fields that must be non-empty text. */
  strings: readonly string[];
  /** Spec fields that must be lists of non-empty text (besides ref lists). */
  stringLists: readonly string[];
  refs: readonly RefFieldSpec[];
}

const owner: RefFieldSpec = {
  field: 'owner',
  many: false,
  defaultKind: 'group',
  allowedKinds: ['group', 'user'],
  relation: 'ownedBy',
};
const system: RefFieldSpec = {
  field: 'system',
  many: false,
  defaultKind: 'system',
  allowedKinds: ['system'],
  relation: 'partOf',
};
const dependsOn: RefFieldSpec = { field: 'dependsOn', many: true, relation: 'dependsOn' };
const dependencyOf: RefFieldSpec = { field: 'dependencyOf', many: true, relation: 'dependencyOf' };

/** The kinds Wayfinder reads, keyed by Backstage's spelling of `kind`. */
export const KIND_SPECS: Readonly<Record<string, KindSpec>> = {
  Component: {
    kind: 'component',
    label: 'Component',
    required: ['type', 'lifecycle', 'owner'],
    strings: ['type', 'lifecycle'],
    stringLists: [],
    refs: [
      owner,
      system,
      {
        field: 'subcomponentOf',
        many: false,
        defaultKind: 'component',
        allowedKinds: ['component'],
        relation: 'partOf',
      },
      { field: 'providesApis', many: true, defaultKind: 'api', allowedKinds: ['api'], relation: 'providesApi' },
      { field: 'consumesApis', many: true, defaultKind: 'api', allowedKinds: ['api'], relation: 'consumesApi' },
      dependsOn,
      dependencyOf,
    ],
  },
  API: {
    kind: 'api',
    label: 'API',
    required: ['type', 'lifecycle', 'owner', 'definition'],
    strings: ['type', 'lifecycle'],
    stringLists: [],
    refs: [owner, system],
  },
  System: {
    kind: 'system',
    label: 'System',
    required: ['owner'],
    strings: ['type'],
    stringLists: [],
    refs: [
      owner,
      { field: 'domain', many: false, defaultKind: 'domain', allowedKinds: ['domain'], relation: 'partOf' },
    ],
  },
  Domain: {
    kind: 'domain',
    label: 'Domain',
    required: ['owner'],
    strings: ['type'],
    stringLists: [],
    refs: [
      owner,
      { field: 'subdomainOf', many: false, defaultKind: 'domain', allowedKinds: ['domain'], relation: 'partOf' },
    ],
  },
  Group: {
    kind: 'group',
    label: 'Group',
    required: ['type', 'children'],
    strings: ['type'],
    stringLists: [],
    refs: [
      { field: 'parent', many: false, defaultKind: 'group', allowedKinds: ['group'], relation: 'childOf' },
      { field: 'children', many: true, defaultKind: 'group', allowedKinds: ['group'], relation: 'parentOf' },
      { field: 'members', many: true, defaultKind: 'user', allowedKinds: ['user'], relation: 'hasMember' },
    ],
  },
  User: {
    kind: 'user',
    label: 'User',
    required: ['memberOf'],
    strings: [],
    stringLists: [],
    refs: [
      { field: 'memberOf', many: true, defaultKind: 'group', allowedKinds: ['group'], relation: 'memberOf' },
    ],
  },
  Resource: {
    kind: 'resource',
    label: 'Resource',
    required: ['type', 'owner'],
    strings: ['type'],
    stringLists: [],
    refs: [owner, system, dependsOn, dependencyOf],
  },
  Location: {
    kind: 'location',
    label: 'Location',
    required: [],
    strings: ['type', 'target', 'presence'],
    stringLists: ['targets'],
    refs: [],
  },
};

/** Backstage's spelling of each kind, by lower-case kind: for messages about YAML (pages say core/names.ts kindNoun). */
export const KIND_LABELS: Readonly<Record<EntityKind, string>> = {
  component: 'Component',
  api: 'API',
  system: 'System',
  domain: 'Domain',
  group: 'Group',
  user: 'User',
  resource: 'Resource',
  location: 'Location',
};

/** Backstage's rule for tags: 1-63 chars of [a-z0-9:+#] separated by `-`. */
export const TAG_PATTERN = /^[a-z0-9:+#]+(?:-[a-z0-9:+#]+)*$/;

/** True when `tag` follows Backstage's tag rule. */
export function isValidTag(tag: string): boolean {
  return tag.length >= 1 && tag.length <= 63 && TAG_PATTERN.test(tag);
}

/** The top-level keys Backstage's Entity schema allows. */
export const ENVELOPE_KEYS: readonly string[] = ['apiVersion', 'kind', 'metadata', 'spec', 'relations', 'status'];
