/**
 * Reads one YAML document as a Backstage entity: checks the envelope, metadata and the
 * kind's spec (Backstage's catalog-model schemas), reads Wayfinder's fields, and returns
 * the entity with the refs it declares. Unknown apiVersions and kinds are skipped with a
 * warning; every other problem is an error at the offending value.
 */
import { markdownScriptUrls } from '../../markdown-check.ts';
import { SCRIPT_URL_HINT } from '../../safe-url.ts';
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import { isValidName, isValidNamespace } from '../../model/refs.ts';
import type { DeclaredRef, LocationTarget, ParsedEntity } from './parsed-entity.ts';
import {
  at,
  field,
  fieldPos,
  isEmptyValue,
  readMap,
  readText,
  readTextList,
  report,
  textValue,
  wrongType,
  readContext,
  type Located,
  type ReadContext,
} from '../../yaml/fields.ts';
import { API_VERSIONS, ENVELOPE_KEYS, isValidTag, KIND_SPECS, type KindSpec } from '../../model/schema.ts';
import { applySubstitutions, isPlaceholderMap, type SubstitutionInfo } from './substitutions.ts';
import type { CatalogEntity, EntityLink, EntityProfile, SkippedEntity, SourcePosition } from '../../model/entity.ts';
import { IMAGE_SCHEMES, urlProblem } from './url-check.ts';
import { readEscalation, readWayfinderAnnotations } from './wayfinder-fields.ts';
import type { ReadScope } from '../../content-fs.ts';
import { deref, describeNode, findPair, keyText, nodePosition, type YamlFile } from '../../yaml/source.ts';
import { didYouMean } from '../../suggest.ts';

/** Options for reading entities. */
export interface ReadEntityOptions {
  /** Known lifecycle values; others get a warning. */
  lifecycles: readonly string[];
  /** Names an absolute file for messages. */
  display: (abs: string) => string;
  /** Where $text/$json/$yaml may read from (content-fs.ts); the working directory when absent. */
  scope?: ReadScope;
}

/** The outcome of reading one document: an entity, a skip, or nothing (an empty document). */
export interface ReadEntityResult {
  parsed?: ParsedEntity;
  skipped?: SkippedEntity;
}

/** Backstage's object-name rule, used for the name part of label and annotation keys. */
const OBJECT_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]+(?:-+[a-z0-9]+)*(?:\.[a-z0-9]+(?:-+[a-z0-9]+)*)*$/;

/** True when `key` is a valid label or annotation key: `[dns-prefix/]name`. */
export function isValidMetadataKey(key: string): boolean {
  const parts = key.split('/');
  if (parts.length > 2) return false;
  const name = parts[parts.length - 1] ?? '';
  if (name.length < 1 || name.length > 63 || !OBJECT_NAME.test(name)) return false;
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    return prefix.length >= 1 && prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix);
  }
  return true;
}

/** Reads one document of `file` as an entity. */
export function readEntity(
  file: YamlFile,
  doc: Document.Parsed,
  diagnostics: ReadContext['diagnostics'],
  options: ReadEntityOptions,
  /** The entity's node when it is not the whole document (an entity in a JSON export). */
  node?: Node,
): ReadEntityResult {
  const root = node ?? (doc.contents as Node | null);
  if (root === null || (isScalar(root) && root.value === null)) return {};
  const entityStart = nodePosition(file, root);
  const ctx = readContext(file, doc, diagnostics, 'catalog', entityStart);
  const skip = (reason: string, extra: Partial<SkippedEntity> = {}): ReadEntityResult => ({
    skipped: { source: entityStart, reason, ...extra },
  });
  if (doc.errors.length > 0) return skip('the document has YAML syntax errors');
  if (!isMap(root)) {
    report(
      ctx,
      'error',
      'catalog/not-an-entity',
      entityStart,
      `this YAML document is ${describeNode(root)}, not an entity`,
      'an entity is a map with apiVersion, kind, metadata and spec; separate entities with ---',
    );
    return skip('the document is not a map');
  }

  if (!findPair(root, 'apiVersion') && !findPair(root, 'kind')) {
    const spec = ['openapi', 'asyncapi', 'swagger'].find((k) => findPair(root, k));
    if (spec) {
      report(
        ctx,
        'warning',
        'catalog/not-a-descriptor',
        entityStart,
        `this looks like an ${spec === 'asyncapi' ? 'AsyncAPI' : 'OpenAPI'} definition, not a catalog entity; it is skipped`,
        'point an API at it with definition: { $text: ./this-file.yaml }, or keep definitions outside catalog/',
      );
      return skip(`an ${spec} definition, not an entity`);
    }
    // Neither field: most likely a part of an API definition that no definition $refs
    // (files a definition does $ref are data and never reach here), not a broken entity.
    report(
      ctx,
      'error',
      'catalog/not-a-descriptor',
      entityStart,
      'this YAML document has neither apiVersion nor kind, so it is not a catalog entity',
      'if it is part of an API definition, $ref it from the definition (files a definition $refs are data, not entities) or keep it outside catalog/; a descriptor starts with apiVersion: backstage.io/v1alpha1 and kind:',
    );
    return skip('no apiVersion and no kind', { name: peekName(ctx, root) });
  }

  // A placeholder is a key that starts with `$`: an entity whose text has no `$` (and no
  // escape that could write one) has none, and need not be walked.
  const text = root.range ? file.text.slice(root.range[0], root.range[2]) : '$';
  const substituted = text.includes('$') || text.includes('\\') ? applySubstitutions(ctx, root, options.display, options.scope) : new Map<Node, SubstitutionInfo>();

  for (const pair of root.items) {
    const key = keyText(pair);
    if (ENVELOPE_KEYS.includes(key)) continue;
    report(
      ctx,
      'error',
      'catalog/unknown-field',
      at(ctx, pair.key as Node),
      `unknown top-level field \`${key}\``,
      didYouMean(key, ENVELOPE_KEYS, (k) => `\`${k}\``) ?? 'an entity has apiVersion, kind, metadata and spec; put extra fields under metadata or spec',
    );
  }

  const apiVersion = readText(ctx, root, 'apiVersion', { path: 'apiVersion', required: true, hint: 'e.g. apiVersion: backstage.io/v1alpha1' });
  const kind = readText(ctx, root, 'kind', { path: 'kind', required: true, hint: 'e.g. kind: Component' });
  const nameGuess = peekName(ctx, root);
  if (!apiVersion || !kind) {
    return skip(`missing ${!apiVersion ? 'apiVersion' : 'kind'}`, { apiVersion: apiVersion?.value, kind: kind?.value, name: nameGuess });
  }
  let unknown = false;
  if (!API_VERSIONS.includes(apiVersion.value)) {
    unknown = true;
    report(
      ctx,
      'warning',
      'catalog/unknown-api-version',
      apiVersion.pos,
      `apiVersion "${apiVersion.value}" is not one Wayfinder reads; this entity is skipped`,
      `Wayfinder reads ${API_VERSIONS.join(' and ')}`,
    );
  }
  const spec = KIND_SPECS[kind.value];
  if (!spec) {
    unknown = true;
    const labels = Object.keys(KIND_SPECS);
    const sameButCase = labels.find((l) => l.toLowerCase() === kind.value.toLowerCase());
    report(
      ctx,
      'warning',
      'catalog/unknown-kind',
      kind.pos,
      `kind "${kind.value}" is not one Wayfinder reads; this entity is skipped`,
      sameButCase
        ? `kinds are case-sensitive: write kind: ${sameButCase}`
        : (didYouMean(kind.value, labels) ?? `Wayfinder reads ${labels.join(', ')}`),
    );
  }
  if (unknown || !spec) {
    return skip(
      !spec ? `unknown kind "${kind.value}"` : `unknown apiVersion "${apiVersion.value}"`,
      { apiVersion: apiVersion.value, kind: kind.value, name: nameGuess },
    );
  }

  // metadata
  const metaField = field(ctx, root, 'metadata');
  if (!metaField) {
    report(ctx, 'error', 'catalog/missing-field', entityStart, 'required field `metadata` is missing', 'add metadata: with at least name: ...');
    return skip('no metadata', { apiVersion: apiVersion.value, kind: kind.value });
  }
  if (!isMap(metaField.value)) {
    if (isEmptyValue(metaField.value)) {
      report(ctx, 'error', 'catalog/missing-field', fieldPos(ctx, metaField), 'required field `metadata` has no value', 'add metadata: with at least name: ...');
    } else wrongType(ctx, fieldPos(ctx, metaField), `\`metadata\` must be a map, not ${describeNode(metaField.value)}`);
    return skip('no metadata', { apiVersion: apiVersion.value, kind: kind.value });
  }
  const meta = metaField.value;
  const name = readText(ctx, meta, 'name', { path: 'metadata.name', required: true, hint: 'e.g. name: payments-service' });
  if (!name) return skip('no metadata.name', { apiVersion: apiVersion.value, kind: kind.value });
  if (!isValidName(name.value)) {
    report(
      ctx,
      'error',
      'catalog/invalid-name',
      name.pos,
      `"${name.value}" is not a valid entity name`,
      `use 1-63 letters or digits separated by -, _ or . (e.g. ${suggestName(name.value)})`,
    );
  }
  let namespace = 'default';
  const ns = readText(ctx, meta, 'namespace', { path: 'metadata.namespace' });
  if (ns) {
    if (!isValidNamespace(ns.value.toLowerCase())) {
      report(ctx, 'error', 'catalog/invalid-namespace', ns.pos, `"${ns.value}" is not a valid namespace`, 'use 1-63 lower-case letters or digits separated by -, e.g. payments');
    } else namespace = ns.value.toLowerCase();
  }

  const entity: CatalogEntity = {
    ref: `${spec.kind}:${namespace}/${name.value}`.toLowerCase(),
    kind: spec.kind,
    kindLabel: spec.label,
    apiVersion: apiVersion.value,
    namespace,
    name: name.value,
    tags: [],
    labels: {},
    annotations: {},
    links: [],
    escalation: [],
    relations: {},
    source: entityStart,
  };
  const title = readText(ctx, meta, 'title', { path: 'metadata.title', allowEmpty: true });
  if (title) entity.title = title.value;
  const description = readText(ctx, meta, 'description', { path: 'metadata.description', allowEmpty: true });
  if (description) entity.description = description.value;
  // The description is rendered as Markdown: its links may not be script URLs either.
  if (description) for (const problem of markdownScriptUrls(description.value)) report(ctx, 'error', 'content/script-url', description.pos, `metadata.description: ${problem}`, SCRIPT_URL_HINT);
  readLabels(ctx, meta, entity);
  const annotations = readAnnotations(ctx, meta, entity);
  readTags(ctx, meta, entity);
  readLinks(ctx, meta, entity);
  readWayfinderAnnotations(ctx, annotations, entity);

  // spec
  const parsed: ParsedEntity = { entity, refs: [], namePos: name.pos, targets: [], optional: false };
  const specField = field(ctx, root, 'spec');
  if (!specField || isEmptyValue(specField.value)) {
    const where = specField ? fieldPos(ctx, specField) : entityStart;
    report(
      ctx,
      'error',
      'catalog/missing-field',
      where,
      specField ? 'required field `spec` has no value' : 'required field `spec` is missing',
      spec.required.length ? `a ${spec.label} needs spec: with ${spec.required.join(', ')}` : 'write spec: {} for an empty spec',
    );
    return { parsed };
  }
  if (!isMap(specField.value)) {
    wrongType(ctx, fieldPos(ctx, specField), `\`spec\` must be a map, not ${describeNode(specField.value)}`);
    return { parsed };
  }
  readSpec(ctx, specField.value, spec, parsed, substituted, options);
  return { parsed };
}

/** The name, when readable, for the skipped list (no diagnostics). */
function peekName(ctx: ReadContext, root: YAMLMap<unknown, unknown>): string | undefined {
  const m = field(ctx, root, 'metadata');
  if (!m || !isMap(m.value)) return undefined;
  const n = field(ctx, m.value, 'name');
  return n && isScalar(n.value) && typeof n.value.value === 'string' ? n.value.value : undefined;
}

/** A valid name close to `name`, for hints. */
function suggestName(name: string): string {
  const s = name.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return s || 'payments-service';
}

function readLabels(ctx: ReadContext, meta: YAMLMap<unknown, unknown>, entity: CatalogEntity): void {
  const m = readMap(ctx, meta, 'labels', 'metadata.labels');
  if (!m) return;
  for (const pair of m.map.items) {
    const key = keyText(pair);
    const keyPos = at(ctx, pair.key as Node);
    if (!isValidMetadataKey(key)) {
      report(ctx, 'error', 'catalog/invalid-key', keyPos, `label key "${key}" is not valid`, 'write [prefix/]name, e.g. example.com/team or team');
      continue;
    }
    const v = textValue(ctx, { pair, key: pair.key as Node, value: deref(ctx.doc, pair.value) }, { path: `metadata.labels.${key}`, allowEmpty: true });
    if (!v) continue;
    if (!OBJECT_NAME.test(v.value) || v.value.length > 63) {
      report(ctx, 'error', 'catalog/invalid-label', v.pos, `label value "${v.value}" is not valid`, 'a label value is 1-63 letters or digits separated by -, _ or .; put free text in an annotation');
      continue;
    }
    entity.labels[key] = v.value;
  }
}

function readAnnotations(ctx: ReadContext, meta: YAMLMap<unknown, unknown>, entity: CatalogEntity): Map<string, Located<string>> {
  const out = new Map<string, Located<string>>();
  const m = readMap(ctx, meta, 'annotations', 'metadata.annotations');
  if (!m) return out;
  for (const pair of m.map.items) {
    const key = keyText(pair);
    const keyPos = at(ctx, pair.key as Node);
    if (!isValidMetadataKey(key)) {
      report(ctx, 'error', 'catalog/invalid-key', keyPos, `annotation key "${key}" is not valid`, 'write prefix/name, e.g. wayfinder.dev/chat');
      continue;
    }
    const value = deref(ctx.doc, pair.value);
    const f = { pair, key: pair.key as Node, value };
    if (isScalar(value) && value.value === '') {
      entity.annotations[key] = '';
      continue;
    }
    const v = textValue(ctx, f, { path: `metadata.annotations.${key}` });
    if (!v) continue;
    entity.annotations[key] = v.value;
    out.set(key, v);
  }
  return out;
}

function readTags(ctx: ReadContext, meta: YAMLMap<unknown, unknown>, entity: CatalogEntity): void {
  const tags = readTextList(ctx, meta, 'tags', { path: 'metadata.tags', hint: 'e.g. tags: [java, payments]' });
  if (!tags) return;
  const seen = new Set<string>();
  for (const t of tags) {
    if (!isValidTag(t.value)) {
      const fixed = t.value.toLowerCase().replace(/[^a-z0-9:+#]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63);
      report(
        ctx,
        'error',
        'catalog/invalid-tag',
        t.pos,
        `tag "${t.value}" is not valid`,
        `a tag is 1-63 lower-case letters, digits, :, + or #, separated by -${fixed && isValidTag(fixed) ? `; write "${fixed}"` : ''}`,
      );
      continue;
    }
    if (!seen.has(t.value)) {
      seen.add(t.value);
      entity.tags.push(t.value);
    }
  }
}

function readLinks(ctx: ReadContext, meta: YAMLMap<unknown, unknown>, entity: CatalogEntity): void {
  const f = field(ctx, meta, 'links');
  if (!f || isEmptyValue(f.value)) return;
  const list = f.value;
  if (!isSeq(list)) {
    wrongType(ctx, fieldPos(ctx, f), `\`metadata.links\` must be a list, not ${describeNode(list)}`, 'write one `- url: https://...` item per link');
    return;
  }
  list.items.forEach((raw, i) => {
    const item = deref(ctx.doc, raw);
    const path = `metadata.links[${i}]`;
    const itemPos = at(ctx, item ?? list);
    if (!isMap(item)) {
      wrongType(ctx, itemPos, `\`${path}\` must be a map with url (and title, icon, type), not ${describeNode(item)}`, 'e.g. - { url: https://example.com, title: Dashboard }');
      return;
    }
    const url = readText(ctx, item, 'url', { path: `${path}.url`, required: true, missingAt: itemPos, hint: 'every link needs url: https://...' });
    const title = readText(ctx, item, 'title', { path: `${path}.title` });
    const icon = readText(ctx, item, 'icon', { path: `${path}.icon` });
    const type = readText(ctx, item, 'type', { path: `${path}.type` });
    if (!url) return;
    const problem = urlProblem(url.value);
    if (problem) {
      report(ctx, 'error', 'catalog/url-scheme', url.pos, `link "${url.value}" is not allowed: ${problem}`, 'links must be http(s), mailto: or tel: URLs; this link is left out');
      return;
    }
    const link: EntityLink = { url: url.value.trim() };
    if (title) link.title = title.value;
    if (icon) link.icon = icon.value;
    if (type) link.type = type.value;
    entity.links.push(link);
  });
}

function readSpec(
  ctx: ReadContext,
  specMap: YAMLMap<unknown, unknown>,
  spec: KindSpec,
  parsed: ParsedEntity,
  substituted: Map<Node, SubstitutionInfo>,
  options: ReadEntityOptions,
): void {
  const entity = parsed.entity;
  const required = new Set(spec.required);
  // Required fields in the order Backstage lists them, then the optional ones.
  for (const key of spec.strings) {
    const v = readText(ctx, specMap, key, { path: `spec.${key}`, required: required.has(key) });
    if (!v) continue;
    if (key === 'type') entity.type = v.value;
    else if (key === 'lifecycle') {
      entity.lifecycle = v.value;
      (entity.fieldLines ??= {}).lifecycle = v.pos.line;
      checkLifecycle(ctx, v, options.lifecycles);
    } else if (key === 'presence') {
      if (v.value !== 'required' && v.value !== 'optional') {
        wrongType(ctx, v.pos, `\`spec.presence\` must be required or optional, not "${v.value}"`);
      } else parsed.optional = v.value === 'optional';
    } else if (key === 'target') parsed.targets.push({ text: v.value, pos: v.pos });
  }
  for (const key of spec.stringLists) {
    const list = readTextList(ctx, specMap, key, { path: `spec.${key}`, required: required.has(key) });
    if (key === 'targets' && list) parsed.targets.push(...list.map((t): LocationTarget => ({ text: t.value, pos: t.pos })));
  }
  if (spec.kind === 'location') entity.targets = parsed.targets.map((t) => t.text);

  for (const rf of spec.refs) {
    const opts = { path: `spec.${rf.field}`, required: required.has(rf.field) };
    if (rf.many) {
      const list = readTextList(ctx, specMap, rf.field, opts);
      list?.forEach((item, i) => {
        parsed.refs.push({
          path: `spec.${rf.field}[${i}]`,
          text: item.value.trim(),
          pos: item.pos,
          defaultKind: rf.defaultKind,
          allowedKinds: rf.allowedKinds,
          relation: rf.relation,
        });
      });
    } else {
      const v = readText(ctx, specMap, rf.field, opts);
      if (!v) continue;
      const ref: DeclaredRef = {
        path: `spec.${rf.field}`,
        text: v.value.trim(),
        pos: v.pos,
        defaultKind: rf.defaultKind,
        allowedKinds: rf.allowedKinds,
        relation: rf.relation,
      };
      const single = rf.field;
      if (single === 'owner') (entity.fieldLines ??= {}).owner = v.pos.line;
      if (single === 'owner' || single === 'system' || single === 'domain' || single === 'subcomponentOf' || single === 'subdomainOf' || single === 'parent') {
        ref.assign = (key) => {
          entity[single] = key;
        };
      }
      parsed.refs.push(ref);
    }
  }
  if (spec.kind === 'api') readDefinition(ctx, specMap, entity, substituted);
  if (spec.kind === 'group' || spec.kind === 'user') readProfile(ctx, specMap, entity);
  const esc = readEscalation(ctx, specMap);
  entity.escalation = esc.levels;
  parsed.refs.push(...esc.refs);
}

function checkLifecycle(ctx: ReadContext, v: Located<string>, known: readonly string[]): void {
  if (known.includes(v.value)) return;
  const lower = known.find((k) => k.toLowerCase() === v.value.toLowerCase());
  const near = didYouMean(v.value, known);
  report(
    ctx,
    'warning',
    'catalog/unknown-lifecycle',
    v.pos,
    `lifecycle "${v.value}" is not one of the known values: ${known.join(', ')}`,
    lower
      ? `write ${lower}`
      : near
        ? `${near} (a stage's \`lifecycles\` in wayfinder.yaml can add values)`
        : "use a known value, or add this one to a stage's `lifecycles` in wayfinder.yaml",
  );
}

function readDefinition(
  ctx: ReadContext,
  specMap: YAMLMap<unknown, unknown>,
  entity: CatalogEntity,
  substituted: Map<Node, SubstitutionInfo>,
): void {
  const f = field(ctx, specMap, 'definition');
  if (!f) return; // reported with the required fields
  const info = f.value ? substituted.get(f.value) : undefined;
  if (info) {
    entity.definitionSource = info.source;
    if (info.remote) return;
  }
  // A substitution that failed was reported where it failed.
  if (isMap(f.value) && isPlaceholderMap(f.value)) return;
  const v = textValue(ctx, f, {
    path: 'spec.definition',
    required: true,
    hint: 'write definition: | followed by the text, or definition: { $text: ./openapi.yaml }',
  });
  if (v) {
    entity.definition = v.value;
    if (!info && isScalar(f.value)) entity.definitionAt = inlineTextStart(ctx.file, f.value);
  }
}

/**
 * Where an inline definition's text starts in the descriptor: the line after `definition: |`
 * and its indentation for a block scalar, the value itself otherwise (so problems found in
 * the definition point at the descriptor's lines).
 */
function inlineTextStart(file: YamlFile, node: Node): SourcePosition {
  const start = nodePosition(file, node);
  const scalar = node as { type?: string };
  if (scalar.type !== 'BLOCK_LITERAL' && scalar.type !== 'BLOCK_FOLDED') {
    const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
    return { ...start, column: start.column + (quoted ? 1 : 0) };
  }
  const lineStart = file.lineCounter.lineStarts[start.line]; // the next line (lineStarts is 0-based)
  if (lineStart === undefined) return start;
  let indent = 0;
  while (file.text.charCodeAt(lineStart + indent) === 32) indent++;
  return { file: start.file, line: start.line + 1, column: indent + 1 };
}

function readProfile(ctx: ReadContext, specMap: YAMLMap<unknown, unknown>, entity: CatalogEntity): void {
  const m = readMap(ctx, specMap, 'profile', 'spec.profile');
  if (!m) return;
  const profile: EntityProfile = {};
  const displayName = readText(ctx, m.map, 'displayName', { path: 'spec.profile.displayName' });
  if (displayName) profile.displayName = displayName.value;
  const email = readText(ctx, m.map, 'email', { path: 'spec.profile.email' });
  if (email) profile.email = email.value;
  const picture = readText(ctx, m.map, 'picture', { path: 'spec.profile.picture' });
  if (picture) {
    const problem = urlProblem(picture.value, IMAGE_SCHEMES);
    if (problem) {
      report(ctx, 'error', 'catalog/url-scheme', picture.pos, `\`spec.profile.picture\` "${picture.value}" is not allowed: ${problem}`, 'use an http(s) image URL; the picture is left out');
    } else profile.picture = picture.value.trim();
  }
  entity.profile = profile;
}
