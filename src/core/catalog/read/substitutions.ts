/**
 * Backstage's descriptor substitutions: a map with the single key `$text`, `$json` or
 * `$yaml` is replaced by the content of the file it names, relative to the descriptor.
 * `$text` embeds the text; `$json` / `$yaml` embed the parsed structure, except in an
 * API's `definition`, which keeps the text (after checking that it parses). Remote URLs
 * are not fetched (the build has no network): they are reported as a warning.
 */
import path from 'node:path';
import { readContentText, resolveInside, type ReadScope } from '../../content-fs.ts';
import { isMap, isScalar, isSeq, Scalar, visit, type Node, type YAMLMap } from 'yaml';
import { parseYamlValue } from '../../yaml/value.ts';
import type { SourcePosition } from '../../model/entity.ts';
import { at, report, type ReadContext } from '../../yaml/fields.ts';
import { isRemoteUrl } from './url-check.ts';
import { keyText, type YamlFile } from '../../yaml/source.ts';

/** What a substituted node was read from. */
export interface SubstitutionInfo {
  placeholder: '$text' | '$json' | '$yaml';
  /** Display path of the file read, or the remote URL. */
  source: string;
  /** True when the target is a URL that was not fetched (the node is then null). */
  remote: boolean;
}

const PLACEHOLDERS = ['$text', '$json', '$yaml'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * Replaces every placeholder under `root` in place and returns what each substituted
 * node came from. `display` names files in messages.
 */
export function applySubstitutions(
  ctx: ReadContext,
  root: Node,
  display: (abs: string) => string,
  scope: ReadScope = workingDirScope(display),
): Map<Node, SubstitutionInfo> {
  const done = new Map<Node, SubstitutionInfo>();
  const visit = (node: unknown, parentKey: string | undefined, depth: number, replace: (n: Node) => void): void => {
    if (depth > 200) return;
    if (isMap(node)) {
      const ph = placeholderOf(node);
      if (ph) {
        const sub = substitute(ctx, node, ph, parentKey === 'definition', display, scope);
        if (sub) {
          replace(sub.node);
          done.set(sub.node, sub.info);
        }
        return;
      }
      for (const pair of node.items) {
        visit(pair.value, keyText(pair), depth + 1, (n) => {
          pair.value = n;
        });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        visit(item, undefined, depth + 1, (n) => {
          node.items[i] = n;
        });
      });
    }
  };
  visit(root, undefined, 0, () => undefined);
  return done;
}

/** True when `map` is a placeholder: one key, starting with `$`. */
export function isPlaceholderMap(map: YAMLMap<unknown, unknown>): boolean {
  return placeholderOf(map) !== undefined;
}

/** The placeholder a map is, when it is a one-key map whose key starts with `$`. */
function placeholderOf(map: YAMLMap<unknown, unknown>): string | undefined {
  if (map.items.length !== 1) return undefined;
  const pair = map.items[0];
  if (!pair || !isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
  return pair.key.value.startsWith('$') ? pair.key.value : undefined;
}

function substitute(
  ctx: ReadContext,
  map: YAMLMap<unknown, unknown>,
  ph: string,
  keepText: boolean,
  display: (abs: string) => string,
  scope: ReadScope,
): { node: Node; info: SubstitutionInfo } | undefined {
  const pair = map.items[0];
  const keyPos = at(ctx, pair?.key as Node);
  if (!(PLACEHOLDERS as readonly string[]).includes(ph)) {
    report(ctx, 'error', 'catalog/unknown-substitution', keyPos, `unknown substitution \`${ph}\``, 'use $text, $json or $yaml');
    return undefined;
  }
  const placeholder = ph as Placeholder;
  const target = pair?.value;
  const targetPos: SourcePosition = isScalar(target) ? at(ctx, target) : keyPos;
  if (!isScalar(target) || typeof target.value !== 'string' || target.value.trim() === '') {
    report(ctx, 'error', 'catalog/wrong-type', targetPos, `\`${placeholder}\` must name a file, e.g. ${placeholder}: ./openapi.yaml`);
    return undefined;
  }
  const ref = target.value.trim();
  const withRange = (n: Node): Node => {
    setRange(n, map.range);
    return n;
  };
  if (isRemoteUrl(ref)) {
    report(
      ctx,
      'warning',
      'catalog/substitution-remote',
      targetPos,
      `\`${placeholder}: ${ref}\` is a remote URL; Wayfinder builds offline and does not fetch it`,
      'copy the file next to the descriptor and write a relative path, e.g. $text: ./openapi.yaml',
    );
    return { node: withRange(new Scalar(null)), info: { placeholder, source: ref, remote: true } };
  }
  const resolved = resolveInside(scope, ctx.file.abs, ref.replace(/^file:/, ''));
  const abs = resolved.abs;
  const shown = display(abs);
  if (!resolved.ok) {
    report(ctx, 'error', resolved.code, targetPos, `\`${placeholder}\` target ${resolved.problem}`, resolved.hint);
    return undefined;
  }
  if (abs === ctx.file.abs) {
    report(
      ctx,
      'error',
      'catalog/substitution-self',
      targetPos,
      `\`${placeholder}: ${ref}\` names this very file, so the entity would be replaced by its own text`,
      'name the file that holds the text (e.g. ./openapi.yaml), not the descriptor itself',
    );
    return undefined;
  }
  if (!resolved.exists) {
    report(
      ctx,
      'error',
      'catalog/substitution-missing',
      targetPos,
      `\`${placeholder}\` target "${ref}" does not exist (looked for ${shown})`,
      'the path is relative to the folder of this YAML file',
    );
    return undefined;
  }
  const read = readContentText(abs, shown);
  if (!read.ok) {
    const d = read.diagnostic;
    const isFolder = d.message === 'this is a folder, not a file';
    report(
      ctx,
      'error',
      isFolder ? 'catalog/substitution-missing' : d.code,
      targetPos,
      isFolder ? `\`${placeholder}\` target "${ref}" is a folder, not a file (${shown})` : `\`${placeholder}\` target ${shown}: ${d.message}`,
      d.hint,
    );
    return undefined;
  }
  const text = read.text;
  const info: SubstitutionInfo = { placeholder, source: shown, remote: false };
  if (placeholder === '$text') return { node: withRange(new Scalar(text)), info };
  let value: unknown;
  try {
    value = placeholder === '$json' ? JSON.parse(text) : parseYamlValue(text);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    report(
      ctx,
      'error',
      'catalog/substitution-invalid',
      targetPos,
      `\`${placeholder}\` target ${shown} is not valid ${placeholder === '$json' ? 'JSON' : 'YAML'}: ${why}`,
      placeholder === '$json' ? 'use $text to embed it as plain text' : undefined,
    );
    return undefined;
  }
  if (keepText) return { node: withRange(new Scalar(text)), info };
  return { node: withRange(ctx.doc.createNode(value) as Node), info };
}

/** A scope for reading without a content folder (checkCatalogText): the working directory. */
function workingDirScope(display: (abs: string) => string): ReadScope {
  return { roots: [process.cwd()], allowed: [], display };
}

/** Gives a created node (and everything under it) the placeholder's position. */
function setRange(node: unknown, range: [number, number, number] | null | undefined): void {
  if (!range) return;
  const walk = (n: unknown, depth: number): void => {
    if (depth > 200 || n === null || typeof n !== 'object') return;
    if (isScalar(n) || isMap(n) || isSeq(n)) (n as { range?: [number, number, number] | null }).range = range;
    if (isMap(n)) for (const p of n.items) {
      walk(p.key, depth + 1);
      walk(p.value, depth + 1);
    }
    else if (isSeq(n)) for (const it of n.items) walk(it, depth + 1);
  };
  walk(node, 0);
}

/**
 * The local files `file`'s substitutions name (absolute). They are data such as OpenAPI
 * definitions, not descriptors, so the catalog scan does not read them as entities.
 */
export function substitutionTargets(file: YamlFile): string[] {
  const out: string[] = [];
  for (const doc of file.documents) {
    visit(doc, {
      Map(_, map) {
        const ph = placeholderOf(map);
        if (!ph || !(PLACEHOLDERS as readonly string[]).includes(ph)) return undefined;
        const target = map.items[0]?.value;
        if (isScalar(target) && typeof target.value === 'string' && !isRemoteUrl(target.value)) {
          const abs = path.resolve(path.dirname(file.abs), target.value.trim().replace(/^file:/, ''));
          // A descriptor that names itself stays a descriptor: the error is at the substitution.
          if (abs !== file.abs) out.push(abs);
        }
        return visit.SKIP;
      },
    });
  }
  return out;
}
