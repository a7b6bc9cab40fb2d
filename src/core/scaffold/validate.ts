/**
 * Checks of the values `npm run new` is given, before anything is written: names by
 * Backstage's rules, file ids, calendar dates, durations and references that must name
 * something in the content folder. Each check returns a message for people, or undefined.
 */
import { isValidName, parseEntityRef, refKey, formatRef } from '../model/refs.ts';
import { createRefIndex, danglingHint, type RefIndex } from '../catalog/resolve/suggest.ts';
import type { EntityKind } from '../model/entity.ts';
import { isCalendarDate } from '../dates.ts';
import { ROLE_PATTERN } from '../docs/frontmatter.ts';
import { parseStepDuration } from '../duration.ts';
import { ID_PATTERN } from '../onboarding/read-path.ts';

/** A problem with one value: what is wrong and, when we know, how to fix it. */
export interface ValueProblem {
  message: string;
  hint?: string;
}

/** Lower-case words joined by hyphens, the closest we can make from `text` ("" when nothing is left). */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "payments-service" as a title: "Payments service". */
export function humanise(name: string): string {
  const words = name.replace(/[-_.]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : name;
}

/** A Backstage metadata.name problem, with a suggestion when one can be made. */
export function entityNameProblem(name: string): ValueProblem | undefined {
  if (isValidName(name)) return undefined;
  const slug = toSlug(name).slice(0, 63).replace(/-+$/, '');
  const rule = 'Backstage names are 1-63 letters or digits, separated by -, _ or .';
  if (name.length > 63) return { message: `"${name}" is ${name.length} characters long; ${rule}`, hint: slug ? `try ${slug}` : undefined };
  return { message: `"${name}" is not a valid entity name: ${rule}`, ...(slug && isValidName(slug) ? { hint: `try ${slug}` } : {}) };
}

/** A problem with a file id (doc, path or announcement): lower-case words joined by hyphens. */
export function fileIdProblem(id: string, what: string): ValueProblem | undefined {
  if (ID_PATTERN.test(id) && id.length <= 100) return undefined;
  const slug = toSlug(id).slice(0, 100);
  return {
    message: `"${id}" cannot name a ${what}: use lower-case words joined by hyphens`,
    ...(slug ? { hint: `try ${slug}` } : {}),
  };
}

/** A problem with a role name (a path's audience, a doc's audience). */
export function roleProblem(role: string): ValueProblem | undefined {
  if (ROLE_PATTERN.test(role)) return undefined;
  const slug = toSlug(role);
  return { message: `"${role}" is not a role name: lower-case words joined by hyphens`, ...(slug ? { hint: `try ${slug}` } : {}) };
}

/** A problem with a YYYY-MM-DD date, impossible dates (2026-02-30) included. */
export function dateProblem(value: string, field: string): ValueProblem | undefined {
  if (isCalendarDate(value)) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? { message: `${field} ${value} is not a day of the calendar`, hint: 'check the month and the day, e.g. 2026-02-28' }
    : { message: `${field} "${value}" is not a date`, hint: 'write it as YYYY-MM-DD, e.g. 2026-12-01' };
}

/** A problem with a step duration such as 30m, 2h or 1h30m. */
export function durationProblem(value: string): ValueProblem | undefined {
  return parseStepDuration(value) === undefined
    ? { message: `duration "${value}" is not a duration`, hint: 'write hours and minutes such as 30m, 2h or 1h30m, more than zero' }
    : undefined;
}

/** What reference checks need to know about the catalog. */
export interface RefCatalog {
  /** refKeys of every entity. */
  has(key: string): boolean;
  index: RefIndex;
}

/** A RefCatalog over entities (kind, namespace, name). */
export function refCatalog(entities: Iterable<{ kind: string; namespace: string; name: string }>): RefCatalog {
  const list = [...entities];
  const keys = new Set(list.map((e) => refKey({ kind: e.kind, namespace: e.namespace, name: e.name })));
  return { has: (k) => keys.has(k), index: createRefIndex(list) };
}

/**
 * Parses `text` as a reference to an existing entity of one of `allowed` kinds; returns the
 * short form (`group:payments-team`) or the problem.
 */
export function resolveExistingRef(
  text: string,
  field: string,
  allowed: readonly EntityKind[],
  catalog: RefCatalog,
): { ref: string } | { problem: ValueProblem } {
  const defaultKind = allowed[0];
  const { ref, error } = parseEntityRef(text, defaultKind ? { defaultKind } : {});
  if (!ref) return { problem: { message: `${field} "${text}": ${error ?? 'not an entity reference'}`, hint: `e.g. ${defaultKind ?? 'component'}:<name>` } };
  if (!(allowed as readonly string[]).includes(ref.kind)) {
    return { problem: { message: `${field} "${text}" is a ${ref.kind}; it must be a ${allowed.join(' or ')}` } };
  }
  if (!catalog.has(refKey(ref))) {
    return { problem: { message: `${field} "${text}" is not in the catalog`, hint: danglingHint(catalog.index, ref, allowed) } };
  }
  return { ref: formatRef(ref) };
}
