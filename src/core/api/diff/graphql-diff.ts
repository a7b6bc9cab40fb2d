/**
 * GraphQL diffs with graphql-js's own findBreakingChanges and findDangerousChanges (the
 * reference implementation's rules, so Wayfinder never disagrees with the GraphQL tooling
 * a team already runs), plus what they leave out: additions and new deprecations. Each
 * change is placed at file:line through the reference model's positions.
 */
import { gql } from '../graphql.ts';
import type { ApiReference, SourceAt } from '../model.ts';
import { capChanges, type ApiChange, type ApiChangeLevel, type ApiDiff } from './types.ts';

/** Where each type (`Shipment`), field (`Shipment.status`, `Query.shipment`) and enum value (`Status.LOST`) is written. */
function places(ref: ApiReference): Map<string, SourceAt> {
  const out = new Map<string, SourceAt>();
  for (const g of ref.groups) for (const op of g.operations) if (op.at) out.set(`${g.name}.${op.path}`, op.at);
  for (const t of ref.types) {
    if (t.at) out.set(t.name, t.at);
    for (const f of t.fields ?? []) if (f.at) out.set(`${t.name}.${f.name}`, f.at);
    for (const v of t.values ?? []) if (v.at) out.set(`${t.name}.${v.name}`, v.at);
  }
  return out;
}

/** The field or type a graphql-js message names: `Query.shipment`, `Status.LOST`, `Shipment`. */
function targetOf(description: string): string {
  const enumValue = /^(\w+) was removed from enum type (\w+)/.exec(description) ?? /^(\w+) was added to enum type (\w+)/.exec(description);
  if (enumValue) return `${enumValue[2]}.${enumValue[1]}`;
  const arg = /\barg (\w+) on (\w+\.\w+)/.exec(description);
  if (arg) return arg[2]!;
  const dotted = /\b([A-Za-z_]\w*\.[A-Za-z_]\w*)\b/.exec(description);
  if (dotted) return dotted[1]!;
  const first = /^([A-Za-z_]\w*)/.exec(description);
  return first ? first[1]! : description;
}

/** Named fields (with their type) and deprecations, for what graphql-js does not report. */
function fields(ref: ApiReference): Map<string, { deprecated: boolean; reason?: string }> {
  const out = new Map<string, { deprecated: boolean; reason?: string }>();
  for (const g of ref.groups) for (const op of g.operations) out.set(`${g.name}.${op.path}`, { deprecated: op.deprecated, ...(op.deprecationReason ? { reason: op.deprecationReason } : {}) });
  for (const t of ref.types) {
    out.set(t.name, { deprecated: false });
    for (const f of t.fields ?? []) out.set(`${t.name}.${f.name}`, { deprecated: f.deprecated === true, ...(f.deprecationReason ? { reason: f.deprecationReason } : {}) });
    for (const v of t.values ?? []) out.set(`${t.name}.${v.name}`, { deprecated: v.deprecated === true, ...(v.deprecationReason ? { reason: v.deprecationReason } : {}) });
  }
  return out;
}

/** Compares two GraphQL schemas (SDL texts), placing each change through their references. Undefined when either does not build. */
export function diffGraphql(beforeSdl: string, afterSdl: string, before: ApiReference, after: ApiReference): ApiDiff | undefined {
  const { buildASTSchema, findBreakingChanges, findDangerousChanges, parse } = gql();
  let a;
  let b;
  try {
    a = buildASTSchema(parse(beforeSdl), { assumeValidSDL: true });
    b = buildASTSchema(parse(afterSdl), { assumeValidSDL: true });
  } catch {
    return undefined; // the check reports the schema's own problem
  }
  const newAt = places(after);
  const oldAt = places(before);
  const changes: ApiChange[] = [];
  const add = (level: ApiChangeLevel, code: string, target: string, message: string) => {
    const type = target.split('.')[0]!;
    // The field where it is now; else where it was (it is gone); else its type.
    const at = newAt.get(target) ?? (oldAt.has(target) ? undefined : newAt.get(type));
    const was = at ? undefined : (oldAt.get(target) ?? oldAt.get(type));
    const where = at ?? was;
    changes.push({ level, code, target, message, ...(where ? { file: where.file, line: where.line } : {}), ...(was ? { old: true } : {}) });
  };
  for (const ch of findBreakingChanges(a, b)) add('breaking', ch.type, targetOf(ch.description), ch.description);
  // graphql-js's "dangerous" changes (a value added to an enum, an optional argument added, …) break no query; clients that switch over every value should look.
  for (const ch of findDangerousChanges(a, b)) add('non-breaking', ch.type, targetOf(ch.description), ch.description);
  const fa = fields(before);
  const fb = fields(after);
  for (const [name, f] of fb) {
    const was = fa.get(name);
    if (!was) {
      // A field of a new type is part of that type's addition.
      if (name.includes('.') && !fa.has(name.split('.')[0]!) && !before.groups.some((g) => g.name === name.split('.')[0])) continue;
      if (!changes.some((c) => c.target === name)) add('non-breaking', name.includes('.') ? 'FIELD_ADDED' : 'TYPE_ADDED', name, `${name} was added.`);
    } else if (!was.deprecated && f.deprecated) add('deprecation', 'FIELD_DEPRECATED', name, `${name} is deprecated${f.reason ? `: ${f.reason}` : ''}.`);
  }
  return capChanges(changes);
}
