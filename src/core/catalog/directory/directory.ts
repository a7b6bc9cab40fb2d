/**
 * The ownership directory (/catalog/): facets, filtering, sorting, pagination and the
 * compact index the browser filters with. Pure functions over small rows, shared by the
 * build (the server-rendered pages, /catalog/index.json) and the browser script, so both
 * sides agree on what "owner = payments-team" means. Everything that grows with the
 * catalog is computed once here (one pass per facet), never per page.
 */
import type { CatalogEntity, EntityKind } from '../../model/entity.ts';
import { DEFAULT_LIFECYCLES, KIND_LABELS } from '../../model/schema.ts';
import { DIRECTORY_KIND_ORDER, displayName, kindNoun } from '../../names.ts';
import { declaredOwner } from '../declared-owner.ts';

/** The facets, in the order the directory shows them. Each is also a URL query key. */
export const FACETS = ['kind', 'owner', 'system', 'lifecycle', 'tier', 'tag'] as const;
export type FacetName = (typeof FACETS)[number];

/** What each facet is called on the page, singular and plural. */
export const FACET_LABELS: Readonly<Record<FacetName, { one: string; many: string }>> = {
  kind: { one: 'Kind', many: 'kinds' },
  owner: { one: 'Owner', many: 'owners' },
  system: { one: 'System', many: 'systems' },
  lifecycle: { one: 'Lifecycle', many: 'lifecycles' },
  tier: { one: 'Tier', many: 'tiers' },
  tag: { one: 'Tag', many: 'tags' },
};

/** How many rows a server-rendered page (and each "show more" step) shows. */
export const DIRECTORY_PAGE_SIZE = 50;

/** How many values of a facet one page of its list (/catalog/by/owner/) shows: 10,000 entities have hundreds of systems. */
export const FACET_VALUES_PAGE_SIZE = 100;

/** What the directory needs of an entity. Refs are refKeys (`group:default/payments-team`). */
export interface DirectoryRow {
  ref: string;
  kind: EntityKind;
  namespace: string;
  name: string;
  /** The display name (core/names.ts displayName) when it is more than the name. */
  title?: string;
  type?: string;
  /** The declared owner (declared-owner.ts): in the catalog or not. */
  owner?: string;
  system?: string;
  lifecycle?: string;
  tier?: number;
  tags: string[];
  /** Names it had before a rename (wayfinder.dev/previous-names): the free-text filter finds it by them. */
  previousNames?: string[];
  /** How to reach whoever answers for it: its own chat/on-call, else its owner's. */
  chat?: string;
  chatUrl?: string;
  oncall?: string;
}

/** Active filters: at most one value (a facet key) per facet, and free text. */
export type DirectoryFilters = Partial<Record<FacetName, string>> & { q?: string };

/** Display labels of refs (owner and system titles); falls back to the ref's name. */
export type RefLabel = (ref: string) => string | undefined;

/** Rows sorted once, with each row's facet keys and search text worked out in advance. */
export interface DirectoryIndex {
  rows: DirectoryRow[];
  /** keys[facet][i]: the facet keys of rows[i] (tags can have many, others zero or one). */
  keys: Record<FacetName, string[][]>;
  /** Lower-case text the free-text filter searches, per row. */
  text: string[];
}

/** Facet value -> row positions (ascending), for every facet: the whole catalog grouped once. */
export type FacetGroups = Record<FacetName, Map<string, number[]>>;

const NAME_OF = /^[^:]+:[^/]+\/(.+)$/;

/** The name part of a refKey: `group:default/payments-team` -> `payments-team`. */
export function refName(ref: string): string {
  return NAME_OF.exec(ref)?.[1] ?? ref;
}

/** Turns a catalog entity into a directory row; contacts fall back to the owner's. */
export function toDirectoryRow(entity: CatalogEntity, byRef: ReadonlyMap<string, CatalogEntity>): DirectoryRow {
  const owner = entity.owner ? byRef.get(entity.owner) : undefined;
  const row: DirectoryRow = { ref: entity.ref, kind: entity.kind, namespace: entity.namespace, name: entity.name, tags: [...entity.tags] };
  // The display name (title, else a profile's displayName) when it is not just the name.
  const shown = displayName(entity);
  if (shown !== entity.name) row.title = shown;
  if (entity.type) row.type = entity.type;
  const declared = declaredOwner(entity);
  if (declared) row.owner = declared;
  if (entity.system) row.system = entity.system;
  if (entity.lifecycle) row.lifecycle = entity.lifecycle;
  if (entity.tier !== undefined) row.tier = entity.tier;
  if (entity.previousRefs?.length) row.previousNames = entity.previousRefs.map(refName);
  // Chat channel and its URL travel together: an entity's own channel wins as a pair.
  const chatFrom = entity.chat ? entity : owner?.chat ? owner : undefined;
  if (chatFrom?.chat) row.chat = chatFrom.chat;
  if (chatFrom?.chatUrl) row.chatUrl = chatFrom.chatUrl;
  const oncall = entity.oncall ?? owner?.oncall;
  if (oncall) row.oncall = oncall;
  return row;
}

/** Sort order of the directory: kind in DIRECTORY_KIND_ORDER, then name, namespace and ref. */
export function compareRows(a: DirectoryRow, b: DirectoryRow): number {
  const ka = kindRank(a.kind);
  const kb = kindRank(b.kind);
  if (ka !== kb) return ka - kb;
  return naturalCompare(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.namespace, b.namespace) || cmp(a.ref, b.ref);
}

/**
 * Compares strings with runs of digits by their number (`api-9` before `api-10`) and
 * everything else by code unit: the same order in every browser and every Node.
 */
export function naturalCompare(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = x.replace(/^0+(?=\d)/, '');
      const ny = y.replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      return x.length - y.length;
    }
    return cmp(x, y);
  }
  return pa.length - pb.length || cmp(a, b);
}

/** Returns the rows sorted for the directory (a new array). */
export function sortRows<T extends DirectoryRow>(rows: readonly T[]): T[] {
  return [...rows].sort(compareRows);
}

function kindRank(kind: string): number {
  const i = DIRECTORY_KIND_ORDER.indexOf(kind as EntityKind);
  return i === -1 ? DIRECTORY_KIND_ORDER.length : i;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The key of a free-text facet value (lifecycle, tag) in URLs and file names: kept as is
 * when it is lower-case letters, digits, `-`, `_` or `.`, other characters as `~hex~`,
 * so two different values never share a key and every key is a safe path segment.
 */
export function textKey(value: string): string {
  let out = '';
  for (const ch of value) {
    out += /[a-z0-9_-]/.test(ch) || (ch === '.' && out !== '') ? ch : `~${ch.codePointAt(0)!.toString(16)}~`;
  }
  return out;
}

/**
 * The key of a ref-valued facet value (owner, system): the bare name when the ref has the
 * facet's usual kind and the default namespace (`payments-team`), else `kind~name` or
 * `kind~namespace~name` (`user~ana.lima`). Names never contain `~`, so keys are unique.
 */
export function refKeyOf(ref: string, usualKind: EntityKind): string {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon);
  const kind = ref.slice(0, colon);
  const ns = ref.slice(colon + 1, slash);
  const name = ref.slice(slash + 1).toLowerCase();
  if (ns === 'default') return kind === usualKind ? name : `${kind}~${name}`;
  return `${kind}~${ns}~${name}`;
}

/** The facet keys of one row for one facet (empty when the row has no value). */
export function facetKeys(row: DirectoryRow, facet: FacetName): string[] {
  switch (facet) {
    case 'kind':
      return [row.kind];
    case 'owner':
      return row.owner ? [refKeyOf(row.owner, 'group')] : [];
    case 'system':
      return row.system ? [refKeyOf(row.system, 'system')] : [];
    case 'lifecycle':
      return row.lifecycle ? [textKey(row.lifecycle)] : [];
    case 'tier':
      return row.tier !== undefined ? [String(row.tier)] : [];
    case 'tag':
      return [...new Set(row.tags.map(textKey))];
  }
}

/** The text the free-text filter looks in: names (previous ones too), titles, type, kind, owner, system, tags, chat. */
export function rowText(row: DirectoryRow, label: RefLabel = () => undefined): string {
  // Both the page's word (Team) and Backstage's (Group), so either finds the row.
  const parts = [row.name, row.title, row.type, kindNoun(row.kind), KIND_LABELS[row.kind] ?? row.kind, row.lifecycle, row.chat, ...row.tags, ...(row.previousNames ?? [])];
  for (const ref of [row.owner, row.system]) if (ref) parts.push(refName(ref), label(ref));
  return parts.filter(Boolean).join(' ').toLowerCase();
}

/** Sorts the rows and works out every row's facet keys and search text, once. */
export function buildIndex(rows: readonly DirectoryRow[], label?: RefLabel): DirectoryIndex {
  const sorted = sortRows(rows);
  const keys = Object.fromEntries(FACETS.map((f) => [f, sorted.map((r) => facetKeys(r, f))])) as Record<FacetName, string[][]>;
  return { rows: sorted, keys, text: sorted.map((r) => rowText(r, label)) };
}

/** Groups every row by every facet value in one pass per facet (row positions ascending). */
export function facetGroups(index: DirectoryIndex): FacetGroups {
  const groups = {} as FacetGroups;
  for (const facet of FACETS) {
    const map = new Map<string, number[]>();
    index.keys[facet].forEach((ks, i) => {
      for (const k of ks) {
        const list = map.get(k);
        if (list) list.push(i);
        else map.set(k, [i]);
      }
    });
    groups[facet] = map;
  }
  return groups;
}

/** Splits free text into lower-case terms; a row matches when it contains every term. */
export function textTerms(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function activeFacets(filters: DirectoryFilters): [FacetName, string][] {
  return FACETS.flatMap((f) => (filters[f] ? [[f, filters[f]] as [FacetName, string]] : []));
}

/** Positions (in sorted order) of the rows that match every active facet and all the text terms. */
export function matchRows(index: DirectoryIndex, filters: DirectoryFilters): number[] {
  const active = activeFacets(filters);
  const terms = textTerms(filters.q);
  const out: number[] = [];
  for (let i = 0; i < index.rows.length; i++) {
    if (active.every(([f, v]) => index.keys[f][i]!.includes(v)) && terms.every((t) => index.text[i]!.includes(t))) out.push(i);
  }
  return out;
}

/**
 * Counts per facet value as a reader sees them next to each choice: how many rows would
 * match if that value were chosen, keeping the other facets and the text as they are
 * (so a facet's own choice does not hide its siblings). One pass over the rows.
 */
export function facetCounts(index: DirectoryIndex, filters: DirectoryFilters): Record<FacetName, Map<string, number>> {
  const active = activeFacets(filters);
  const terms = textTerms(filters.q);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
  const bump = (facet: FacetName, i: number) => {
    const map = counts[facet];
    for (const k of index.keys[facet][i]!) map.set(k, (map.get(k) ?? 0) + 1);
  };
  for (let i = 0; i < index.rows.length; i++) {
    if (!terms.every((t) => index.text[i]!.includes(t))) continue;
    const failed = active.filter(([f, v]) => !index.keys[f][i]!.includes(v));
    if (failed.length === 0) for (const f of FACETS) bump(f, i);
    else if (failed.length === 1) bump(failed[0]![0], i);
  }
  return counts;
}

/** Which slice of `total` rows page `page` (1-based) shows, and how many pages there are. */
export function paginate(total: number, pageSize: number, page: number): { page: number; pages: number; start: number; end: number } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const p = Math.min(Math.max(1, Math.floor(page)), pages);
  const start = (p - 1) * pageSize;
  return { page: p, pages, start, end: Math.min(total, start + pageSize) };
}

/**
 * Page numbers to link to around `page`: first, last and two either side, with `null`
 * where numbers are skipped, so 200 pages still make a short navigation.
 */
export function pageWindow(page: number, pages: number, span = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= span) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** Reads filters from a URL query (`?owner=payments-team&kind=component&q=pay`); unknown keys are ignored. */
export function parseFilters(search: string | URLSearchParams): DirectoryFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: DirectoryFilters = {};
  for (const f of FACETS) {
    const v = params.get(f);
    if (v) filters[f] = v;
  }
  const q = params.get('q');
  if (q && q.trim()) filters.q = q;
  return filters;
}

/** Writes filters as a URL query in a fixed order (`?kind=api&owner=payments-team`), or '' when none. */
export function filtersToQuery(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  for (const f of FACETS) if (filters[f]) params.set(f, filters[f]!);
  if (filters.q && filters.q.trim()) params.set('q', filters.q.trim());
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The display label of a facet value, given the labels of refs (owners, systems). */
export function facetValueLabel(facet: FacetName, key: string, labels: ReadonlyMap<string, string> = new Map()): string {
  if (facet === 'kind') return kindNoun(key as EntityKind);
  if (facet === 'tier') return `Tier ${key}`;
  return labels.get(`${facet}\u0000${key}`) ?? key;
}

/**
 * Orders the values of a facet for a list of choices: kinds in DIRECTORY_KIND_ORDER, tiers by
 * number, lifecycles in their usual order (unknown ones after, A to Z), others by label.
 */
export function orderFacetValues(facet: FacetName, keys: Iterable<string>, label: (key: string) => string = (k) => k): string[] {
  const list = [...keys];
  const rank = (k: string) => {
    if (facet === 'kind') return kindRank(k);
    if (facet === 'tier') return Number(k);
    if (facet === 'lifecycle') {
      const i = DEFAULT_LIFECYCLES.map(textKey).indexOf(k);
      return i === -1 ? DEFAULT_LIFECYCLES.length : i;
    }
    return 0;
  };
  return list.sort((a, b) => rank(a) - rank(b) || cmp(label(a).toLowerCase(), label(b).toLowerCase()) || cmp(a, b));
}

/** The `n` values with the most rows (ties by label), for a short "browse by" list. */
export function topValues(counts: ReadonlyMap<string, number>, n: number, label: (key: string) => string = (k) => k): string[] {
  return [...counts.keys()]
    .sort((a, b) => counts.get(b)! - counts.get(a)! || cmp(label(a).toLowerCase(), label(b).toLowerCase()) || cmp(a, b))
    .slice(0, n);
}

// ---------------------------------------------------------------------------------------
// /catalog/index.json: the compact index the browser filters with. One short array per
// entity; owners, systems, types, lifecycles, tags and contacts are stored once and
// referred to by position (-1 = none).

/** Version of the /catalog/index.json format; bump it when the shape changes. */
export const DIRECTORY_INDEX_VERSION = 1;

/** [ref, label, has a page (1) or not (0)] */
export type IndexRef = [string, string, 0 | 1];
/** [chat, chatUrl, oncall], '' when missing */
export type IndexContact = [string, string, string];
/** [kind, namespace ('' = default), name, title ('' = none), type, owner, system, lifecycle, tier (0 = none), tags, contact, previous names (only when there are)] */
export type IndexRow = [number, string, string, string, number, number, number, number, number, number[], number, string[]?];

/** The JSON the build writes to /catalog/index.json. */
export interface DirectoryIndexJson {
  wayfinderDirectory: number;
  kinds: string[];
  types: string[];
  owners: IndexRef[];
  systems: IndexRef[];
  lifecycles: string[];
  tags: string[];
  contacts: IndexContact[];
  rows: IndexRow[];
}

class Dict<T> {
  readonly items: T[] = [];
  private readonly pos = new Map<string, number>();
  private readonly keyOf: (t: T) => string;
  constructor(keyOf: (t: T) => string) {
    this.keyOf = keyOf;
  }
  add(t: T | undefined): number {
    if (t === undefined) return -1;
    const k = this.keyOf(t);
    let i = this.pos.get(k);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(t);
      this.pos.set(k, i);
    }
    return i;
  }
}

/** Encodes sorted rows as the compact index; `refInfo` gives an owner's or system's label and whether it has a page. */
export function encodeIndex(rows: readonly DirectoryRow[], refInfo: (ref: string) => { label: string; hasPage: boolean }): DirectoryIndexJson {
  const str = () => new Dict<string>((s) => s);
  const kinds = str();
  const types = str();
  const lifecycles = str();
  const tags = str();
  const refs = () => new Dict<IndexRef>((r) => r[0]);
  const owners = refs();
  const systems = refs();
  const contacts = new Dict<IndexContact>((c) => c.join('\u0000'));
  const ref = (r: string | undefined): IndexRef | undefined => {
    if (!r) return undefined;
    const info = refInfo(r);
    return [r, info.label, info.hasPage ? 1 : 0];
  };
  for (const k of DIRECTORY_KIND_ORDER) kinds.add(k);
  const encoded = rows.map((r): IndexRow => {
    const row: IndexRow = [
      kinds.add(r.kind),
      r.namespace === 'default' ? '' : r.namespace,
      r.name,
      r.title ?? '',
      types.add(r.type),
      owners.add(ref(r.owner)),
      systems.add(ref(r.system)),
      lifecycles.add(r.lifecycle),
      r.tier ?? 0,
      r.tags.map((t) => tags.add(t)),
      r.chat || r.chatUrl || r.oncall ? contacts.add([r.chat ?? '', r.chatUrl ?? '', r.oncall ?? '']) : -1,
    ];
    if (r.previousNames?.length) row.push(r.previousNames);
    return row;
  });
  return {
    wayfinderDirectory: DIRECTORY_INDEX_VERSION,
    kinds: kinds.items,
    types: types.items,
    owners: owners.items,
    systems: systems.items,
    lifecycles: lifecycles.items,
    tags: tags.items,
    contacts: contacts.items,
    rows: encoded,
  };
}

/** What decodeIndex gives back: rows plus the labels and page flags of owners and systems. */
export interface DecodedIndex {
  rows: DirectoryRow[];
  refLabels: Map<string, string>;
  refHasPage: Map<string, boolean>;
}

/** Decodes /catalog/index.json back into rows (in the order written). */
export function decodeIndex(json: DirectoryIndexJson): DecodedIndex {
  if (json.wayfinderDirectory !== DIRECTORY_INDEX_VERSION) {
    throw new Error(`Unsupported directory index version ${json.wayfinderDirectory}; expected ${DIRECTORY_INDEX_VERSION}`);
  }
  const refLabels = new Map<string, string>();
  const refHasPage = new Map<string, boolean>();
  for (const [ref, label, page] of [...json.owners, ...json.systems]) {
    refLabels.set(ref, label);
    refHasPage.set(ref, page === 1);
  }
  const rows = json.rows.map(([k, ns, name, title, type, owner, system, lifecycle, tier, tagIdx, contact, previous]) => {
    const kind = json.kinds[k] as EntityKind;
    const namespace = ns || 'default';
    const row: DirectoryRow = { ref: `${kind}:${namespace}/${name.toLowerCase()}`, kind, namespace, name, tags: tagIdx.map((t) => json.tags[t]!) };
    if (title) row.title = title;
    if (type >= 0) row.type = json.types[type];
    if (owner >= 0) row.owner = json.owners[owner]![0];
    if (system >= 0) row.system = json.systems[system]![0];
    if (lifecycle >= 0) row.lifecycle = json.lifecycles[lifecycle];
    if (tier > 0) row.tier = tier;
    if (previous?.length) row.previousNames = previous;
    if (contact >= 0) {
      const [chat, chatUrl, oncall] = json.contacts[contact]!;
      if (chat) row.chat = chat;
      if (chatUrl) row.chatUrl = chatUrl;
      if (oncall) row.oncall = oncall;
    }
    return row;
  });
  return { rows, refLabels, refHasPage };
}

/** What a value that names an entity outside the catalog is marked with, everywhere the directory lists it. */
export const NOT_IN_CATALOG = 'not in the catalog';

/**
 * Labels of facet values that need one (owners, systems, lifecycles, tags), keyed
 * `facet\0key`, for facetValueLabel. Owners and systems use `refLabel`, else their name;
 * one that is not in the catalog (`inCatalog`) is marked so ("maintainers (not in the catalog)").
 */
export function facetLabels(rows: readonly DirectoryRow[], refLabel: RefLabel, inCatalog: (ref: string) => boolean = () => true): Map<string, string> {
  const labels = new Map<string, string>();
  const refText = (ref: string) => {
    const text = refLabel(ref) ?? refName(ref);
    return inCatalog(ref) ? text : `${text} (${NOT_IN_CATALOG})`;
  };
  for (const r of rows) {
    if (r.owner) labels.set(`owner\u0000${refKeyOf(r.owner, 'group')}`, refText(r.owner));
    if (r.system) labels.set(`system\u0000${refKeyOf(r.system, 'system')}`, refText(r.system));
    if (r.lifecycle) labels.set(`lifecycle\u0000${textKey(r.lifecycle)}`, r.lifecycle);
    for (const t of r.tags) labels.set(`tag\u0000${textKey(t)}`, t);
  }
  return labels;
}
