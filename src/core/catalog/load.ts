/**
 * The catalog's single entry point: reads every descriptor under <content>/catalog/ (YAML,
 * JSON exported from a running Backstage, and the files Location entities point at), checks them, resolves refs and relations, and
 * returns the catalog with every diagnostic. The Astro loader and the CLI both call it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostics.ts';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { listContentFiles, readContentText, readScope } from '../content-fs.ts';
import { plainMessages } from '../plain-messages.ts';
import { findLocationLoops, resolveLocationTarget, type LocationEdge } from './read/locations.ts';
import type { ParsedEntity } from './read/parsed-entity.ts';
import { readEntity, type ReadEntityOptions } from './read/read-entity.ts';
import { resolveCatalog } from './resolve/resolve.ts';
import { DEFAULT_LIFECYCLES } from '../model/schema.ts';
import type { CatalogResult, LoadCatalogOptions, NotPublished, SkippedEntity } from '../model/entity.ts';
import { leaveOutIfInvalid, notPublished as notPublishedRecord } from './read/invalid-entities.ts';
import { isDefinitionData } from './read/definition-data.ts';
import { substitutionTargets } from './read/substitutions.ts';
import { specIncludes } from './read/spec-includes.ts';
import { parseYamlFile, positionAt, type YamlFile } from '../yaml/source.ts';
import { withoutTechDocs } from './read/techdocs-folders.ts';
import { isJsonExport, parseJsonExport, type ExportedEntity } from './read/backstage-json.ts';

/** A file read and parsed (with its entities' nodes when it is a JSON export), or why it could not be read. */
type ParsedFile = { ok: true; file: YamlFile; diagnostics: Diagnostic[]; exported?: ExportedEntity[] } | { ok: false; diagnostic: Diagnostic };

/** Reads, checks and resolves the catalog of the content folder `paths`. */
export function loadCatalog(paths: ContentPaths, options: LoadCatalogOptions = {}): CatalogResult {
  const lifecycles = options.lifecycles ?? DEFAULT_LIFECYCLES;
  const display = (abs: string): string => displayPath(paths, abs);
  const scope = readScope(paths);
  const diagnostics: Diagnostic[] = [];
  const parsed: ParsedEntity[] = [];
  const skipped: SkippedEntity[] = [];
  const notPublished: NotPublished[] = [];
  const skipInvalid = options.onInvalidEntities === 'skip';
  const edges: LocationEdge[] = [];

  if (!fs.existsSync(paths.catalog)) {
    diagnostics.push({
      file: display(paths.catalog),
      line: 0,
      column: 0,
      severity: 'warning',
      code: 'catalog/no-catalog-folder',
      message: 'there is no catalog folder, so the catalog is empty',
      hint: `create the folder and put Backstage descriptor YAML files in it`,
    });
  }

  // Parse every file under catalog/ first: files that substitutions name ($text: ./openapi.yaml)
  // are API definitions and the like, not descriptors, so they are not read as entities.
  // Only files that mention a substitution are parsed up front; the others are parsed one
  // at a time below, so no more than one file's syntax tree is alive at once.
  const parsedFiles = new Map<string, ParsedFile>();
  const parseFile = (abs: string, text?: string): ParsedFile => {
    const cached = parsedFiles.get(abs);
    if (cached) return cached;
    let raw = text;
    if (raw === undefined) {
      const read = readContentText(abs, display(abs));
      if (!read.ok) return { ok: false, diagnostic: read.diagnostic };
      raw = read.text;
    }
    try {
      if (isJsonExport(abs)) {
        const { file, entities, diagnostics } = parseJsonExport(abs, display(abs), raw);
        return { ok: true, file, diagnostics, exported: entities };
      }
      const r = parseYamlFile(abs, display(abs), raw);
      return { ok: true, file: r.file, diagnostics: r.diagnostics };
    } catch (e) {
      return {
        ok: false,
        diagnostic: {
          file: display(abs),
          line: 0,
          column: 0,
          severity: 'error',
          code: e instanceof RangeError ? 'catalog/too-deep' : 'catalog/unreadable',
          message: e instanceof RangeError ? 'this file is nested too deeply to read' : `cannot read this file: ${e instanceof Error ? e.message : String(e)}`,
          hint: e instanceof RangeError ? 'flatten the structure; descriptors are a few levels deep' : undefined,
        },
      };
    }
  };
  const listing = listContentFiles(scope, paths.catalog, (name) => /\.ya?ml$/i.test(name) || isJsonExport(name));
  diagnostics.push(...listing.diagnostics);
  // A TechDocs folder's mkdocs.yml and docs folder are not descriptors (src/core/techdocs).
  const scanned = withoutTechDocs(listing.files, (abs) => {
    const r = readContentText(abs, display(abs));
    return r.ok ? r.text : undefined;
  });
  const dataFiles = new Set<string>();
  const texts = new Map<string, string>();
  for (const abs of scanned) {
    const read = readContentText(abs, display(abs));
    if (!read.ok) {
      parsedFiles.set(abs, { ok: false, diagnostic: read.diagnostic });
      continue;
    }
    const text = read.text;
    if (!/\$(?:text|json|yaml)\b/.test(text)) {
      texts.set(abs, text);
      continue;
    }
    const r = parseFile(abs, text);
    parsedFiles.set(abs, r);
    if (r.ok) for (const t of substitutionTargets(r.file)) dataFiles.add(t);
  }
  // What the definitions $ref is data too; only files of the catalog folder are looked at.
  // An inline definition (definition: | in a descriptor) may $ref files too.
  const inlineRefs = [...texts].filter(([, t]) => t.includes('$ref') && /^\s*definition\s*:/m.test(t)).map(([abs]) => abs);
  for (const f of specIncludes([...dataFiles, ...inlineRefs], (abs) => texts.get(abs))) dataFiles.add(f);
  // YAML beside an API definition's files that no $ref reaches (the rest of a split
  // definition) is data too, unless it looks like a descriptor (see definition-data.ts).
  const dataFolders = [...new Set([...dataFiles].map((f) => path.dirname(f)))];
  const descriptors = scanned.filter((f) => !dataFiles.has(f) && !(texts.has(f) && isDefinitionData(f, texts.get(f) as string, dataFolders)));
  const inCatalog = new Set(scanned);
  const queue = [...descriptors];
  const queued = new Set(descriptors);
  const files: string[] = [];

  for (let qi = 0; qi < queue.length; qi++) {
    const abs = queue[qi] as string;
    const shown = display(abs);
    files.push(shown);
    const r = parseFile(abs, texts.get(abs));
    parsedFiles.delete(abs); // each file is read once; let it go
    texts.delete(abs);
    if (!r.ok) {
      const from = diagnostics.push(r.diagnostic) - 1;
      const out = leaveOutIfInvalid(skipInvalid, diagnostics, from, { source: { file: r.diagnostic.file, line: r.diagnostic.line, column: r.diagnostic.column } });
      if (out) notPublished.push(out);
      continue;
    }
    const file = r.file;
    // Under onInvalidEntities: skip, a syntax error leaves out the documents it is in.
    const syntax = r.diagnostics.find((d) => d.severity === 'error');
    const fileProblems = diagnostics.length;
    diagnostics.push(...r.diagnostics);
    if (skipInvalid) leaveOutIfInvalid(true, diagnostics, fileProblems, { source: { file: shown, line: 0, column: 0 } });
    const fromFile = readDescriptorFile(file, { lifecycles, display, scope }, r.exported, skipInvalid ? (syntax?.message ?? 'YAML syntax error') : undefined);
    diagnostics.push(...fromFile.diagnostics);
    skipped.push(...fromFile.skipped);
    notPublished.push(...fromFile.notPublished);
    for (const p of fromFile.parsed) {
      parsed.push(p);
      // A Location in an export is the server's bookkeeping: what it points at is in the export already.
      if (p.entity.kind !== 'location' || r.exported) continue;
      for (const target of p.targets) {
        const r = resolveLocationTarget(abs, target, p.optional, display, scope);
        diagnostics.push(...r.diagnostics);
        for (const to of r.files) {
          if (to === abs && r.glob) continue; // a glob such as ./*.yaml matching its own file
          edges.push({ from: abs, to, pos: target.pos });
          if (inCatalog.has(to) || queued.has(to)) continue; // read once
          queued.add(to);
          queue.push(to);
        }
      }
    }
  }
  diagnostics.push(...findLocationLoops(edges, display));

  return finish(parsed, skipped, diagnostics, files, options, notPublished);
}

/**
 * Checks the text of one descriptor file on its own, without reading the catalog folder
 * (for editors, scaffolding and tests). `display` names the file in diagnostics; relative
 * $text and Location targets are looked up from the working directory.
 */
export function checkCatalogText(text: string, display = 'catalog-info.yaml', options: LoadCatalogOptions = {}): CatalogResult {
  const abs = path.resolve(display);
  const { file, diagnostics } = parseYamlFile(abs, display, text);
  const skip = options.onInvalidEntities === 'skip';
  const syntax = skip ? (diagnostics.find((d) => d.severity === 'error')?.message ?? 'YAML syntax error') : undefined;
  if (skip) leaveOutIfInvalid(true, diagnostics, 0, { source: { file: display, line: 0, column: 0 } });
  const r = readDescriptorFile(file, { lifecycles: options.lifecycles ?? DEFAULT_LIFECYCLES, display: (f) => path.relative(process.cwd(), f) || f }, undefined, syntax);
  return finish(r.parsed, r.skipped, [...diagnostics, ...r.diagnostics], [display], options, r.notPublished);
}

/**
 * Reads every document of a parsed file as an entity; a crash in one document does not stop
 * the others. With `skipInvalid` (the reason of the file's first syntax error, under
 * onInvalidEntities: skip) a document with a problem is left out and its problems are warnings.
 */
function readDescriptorFile(
  file: YamlFile,
  options: ReadEntityOptions,
  exported?: readonly ExportedEntity[],
  skipInvalid?: string,
): { parsed: ParsedEntity[]; skipped: SkippedEntity[]; notPublished: NotPublished[]; diagnostics: Diagnostic[] } {
  const parsed: ParsedEntity[] = [];
  const skipped: SkippedEntity[] = [];
  const notPublished: NotPublished[] = [];
  const diagnostics: Diagnostic[] = [];
  // A YAML file holds one entity per document; a JSON export many per document.
  const roots = exported ?? file.documents.map((doc) => ({ doc, node: undefined }));
  for (const { doc, node } of roots) {
    let result: ReturnType<typeof readEntity>;
    const from = diagnostics.length;
    const source = positionAt(file, (node ?? doc).range?.[0] ?? 0);
    const leaveOut = (found: ReturnType<typeof readEntity> | undefined): boolean => {
      if (skipInvalid === undefined) return false;
      const e = found?.parsed?.entity;
      const what = { source: { file: file.display, ...source }, kind: e?.kindLabel ?? found?.skipped?.kind, name: e?.name ?? found?.skipped?.name, ref: e?.ref };
      let out = leaveOutIfInvalid(true, diagnostics, from, what);
      // A document with a syntax error was reported with its file; it is left out too.
      if (!out && doc.errors.length > 0 && !exported) out = notPublishedRecord(what, skipInvalid);
      if (!out) return false;
      notPublished.push(out);
      return true;
    };
    try {
      result = readEntity(file, doc, diagnostics, options, node);
    } catch (e) {
      const p = positionAt(file, (node ?? doc).range?.[0] ?? 0);
      if (e instanceof RangeError) {
        // Too deep to walk (a stack overflow): the input's problem, said plainly.
        diagnostics.push({ file: file.display, ...p, severity: 'error', code: 'catalog/too-deep', message: 'this document is nested too deeply to read', hint: 'flatten the structure; descriptors are a few levels deep' });
        leaveOut(undefined);
        continue;
      }
      // A bug in Wayfinder, not in the input: report it where it happened, keep going.
      diagnostics.push({
        file: file.display,
        ...p,
        severity: 'error',
        code: 'catalog/internal-error',
        message: `Wayfinder could not read this entity: ${e instanceof Error ? e.message : String(e)}`,
        hint: 'this is a bug in Wayfinder; please report it with this file',
      });
      leaveOut(undefined);
      continue;
    }
    if (leaveOut(result)) continue;
    if (result.skipped) skipped.push(result.skipped);
    if (result.parsed) parsed.push(result.parsed);
  }
  return { parsed, skipped, notPublished, diagnostics };
}

/** Resolves the read entities and assembles the result. */
function finish(parsed: ParsedEntity[], skipped: SkippedEntity[], diagnostics: Diagnostic[], files: string[], options: LoadCatalogOptions, notPublished: NotPublished[] = []): CatalogResult {
  const resolved = resolveCatalog(parsed, { onBrokenRefs: options.onBrokenRefs, onInvalidEntities: options.onInvalidEntities, notPublished });
  const counts: Record<string, number> = {};
  for (const e of resolved.entities) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return {
    entities: resolved.entities,
    byRef: resolved.byRef,
    relations: resolved.relations,
    skipped: [...skipped, ...resolved.skipped],
    notPublished: [...notPublished, ...resolved.notPublished].sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line)),
    diagnostics: plainMessages(sortDiagnostics([...diagnostics, ...resolved.diagnostics])),
    counts,
    files,
  };
}
