/**
 * Wayfinder's own catalog fields, kept where Backstage tolerates extras: the
 * `wayfinder.dev/*` annotations (chat, chat-url, oncall, tier, slo, previous-names, exempt-<rule>) and the
 * `spec.escalation` ladder of {who, how, url?, after}.
 */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { parseDuration } from '../../duration.ts';
import type { DeclaredRef } from './parsed-entity.ts';
import { at, field, fieldPos, isEmptyValue, readText, report, wrongType, type Located, type ReadContext } from '../../yaml/fields.ts';
import type { CatalogEntity, EscalationLevel } from '../../model/entity.ts';
import { urlProblem } from './url-check.ts';
import { deref, describeNode } from '../../yaml/source.ts';
import { didYouMean } from '../../suggest.ts';
import { isCalendarDate } from '../../dates.ts';
import { RULE_IDS } from '../../model/rule-ids.ts';
import { parseEntityRef, refKey } from '../../model/refs.ts';
import { announcementIdOfKey, MIGRATION_PREFIX, parsePlanValue, PLAN_HINT } from './migration-plans.ts';

/** The annotation prefix Wayfinder owns. */
export const WAYFINDER_PREFIX = 'wayfinder.dev/';
/** The Wayfinder annotations, without the prefix. */
export const WAYFINDER_ANNOTATIONS: readonly string[] = ['chat', 'chat-url', 'oncall', 'tier', 'slo', 'previous-names'];

/**
 * Reads `wayfinder.dev/previous-names`: the names an entity had before a rename, separated
 * by commas or spaces, each `name` or `namespace/name` (the kind is the entity's own).
 * Returns their refKeys, without repeats and without the entity's own ref, and a problem
 * for each one that is not a valid name.
 */
export function parsePreviousNames(value: string, entity: Pick<CatalogEntity, 'ref' | 'kind' | 'namespace'>): { refs: string[]; problems: string[] } {
  const refs: string[] = [];
  const problems: string[] = [];
  for (const word of value.split(/[\s,]+/).filter(Boolean)) {
    if (word.includes(':')) {
      problems.push(`"${word}" names a kind; a previous name keeps the entity's kind, so write only [namespace/]name`);
      continue;
    }
    const parsed = parseEntityRef(word, { defaultKind: entity.kind, defaultNamespace: entity.namespace });
    if (!parsed.ref) {
      problems.push(parsed.error ?? `"${word}" is not a valid name`);
      continue;
    }
    const key = refKey(parsed.ref);
    if (key !== entity.ref && !refs.includes(key)) refs.push(key);
  }
  return { refs, problems };
}

/** Exemption annotations: `wayfinder.dev/exempt-<rule>`. */
export const EXEMPT_PREFIX = 'exempt-';
const EXEMPTION_VALUE = /^\s*until\s+(\d{4}-\d{2}-\d{2})\s*:\s*(\S[\s\S]*)$/;

/** Reads one `wayfinder.dev/exempt-<rule>: "until YYYY-MM-DD: reason"` annotation. */
function readExemption(ctx: ReadContext, key: string, rule: string, value: string, pos: Located<string>['pos'], entity: CatalogEntity): void {
  if (!(RULE_IDS as readonly string[]).includes(rule)) {
    report(
      ctx,
      'error',
      'catalog/unknown-exemption',
      pos,
      `annotation ${key} exempts from "${rule}", which is not a health rule`,
      didYouMean(rule, RULE_IDS, (r) => `${WAYFINDER_PREFIX}${EXEMPT_PREFIX}${r}`) ?? `the rules are ${RULE_IDS.join(', ')}`,
    );
    return;
  }
  const m = EXEMPTION_VALUE.exec(value);
  if (!m || !isCalendarDate(m[1] as string)) {
    report(
      ctx,
      'error',
      'catalog/invalid-exemption',
      pos,
      `annotation ${key} "${value}" does not say until when and why`,
      `write "until YYYY-MM-DD: why this rule does not apply", e.g. "until 2027-03-31: batch job, nobody is paged for it"`,
    );
    return;
  }
  (entity.exemptions ??= []).push({ rule, until: m[1] as string, reason: (m[2] as string).trim() });
}

/** Reads the wayfinder.dev/* annotations into the entity's typed fields. */
export function readWayfinderAnnotations(
  ctx: ReadContext,
  annotations: ReadonlyMap<string, Located<string>>,
  entity: CatalogEntity,
): void {
  for (const [key, { value, pos }] of annotations) {
    if (!key.startsWith(WAYFINDER_PREFIX)) continue;
    const name = key.slice(WAYFINDER_PREFIX.length);
    switch (name) {
      case 'chat':
        entity.chat = value;
        break;
      case 'chat-url':
      case 'oncall': {
        const problem = urlProblem(value);
        if (problem) {
          report(ctx, 'error', 'catalog/url-scheme', pos, `annotation ${key} "${value}" is not a usable link: ${problem}`, 'write an http(s), mailto: or tel: URL');
        } else if (name === 'chat-url') entity.chatUrl = value.trim();
        else entity.oncall = value.trim();
        break;
      }
      case 'tier': {
        const t = value.trim();
        if (!/^[1-9][0-9]?$/.test(t)) {
          report(ctx, 'error', 'catalog/invalid-tier', pos, `annotation ${key} "${value}" is not a tier number`, 'write "1" (critical), "2" or "3"');
        } else entity.tier = Number(t);
        break;
      }
      case 'slo':
        entity.slo = value;
        break;
      case 'previous-names': {
        const { refs, problems } = parsePreviousNames(value, entity);
        for (const problem of problems) {
          report(ctx, 'error', 'catalog/invalid-previous-name', pos, `annotation ${key}: ${problem}`, 'list the names the entity had before, separated by commas, e.g. "payments-svc, payments"');
        }
        if (refs.length) entity.previousRefs = refs;
        break;
      }
      default: {
        if (name.startsWith(EXEMPT_PREFIX)) {
          readExemption(ctx, key, name.slice(EXEMPT_PREFIX.length), value, pos, entity);
          break;
        }
        if (name.startsWith(MIGRATION_PREFIX)) {
          // The announcement id is checked once the announcements are read (core/migrations/check.ts).
          const read = parsePlanValue(value);
          if ('problem' in read) report(ctx, 'error', 'catalog/invalid-migration-plan', pos, `annotation ${key}: ${read.problem}`, PLAN_HINT);
          else (entity.migrationPlans ??= []).push({ announcement: announcementIdOfKey(name), ...read.plan, pos });
          break;
        }
        report(
          ctx,
          'warning',
          'catalog/unknown-annotation',
          pos,
          `unknown Wayfinder annotation ${key}`,
          didYouMean(name, WAYFINDER_ANNOTATIONS, (a) => WAYFINDER_PREFIX + a) ??
            `Wayfinder reads ${WAYFINDER_ANNOTATIONS.map((a) => WAYFINDER_PREFIX + a).join(', ')}`,
        );
      }
    }
  }
}

/** Reads `spec.escalation`; refs in `who` are returned to be resolved with the catalog. */
export function readEscalation(
  ctx: ReadContext,
  spec: YAMLMap<unknown, unknown>,
): { levels: EscalationLevel[]; refs: DeclaredRef[] } {
  const levels: EscalationLevel[] = [];
  const refs: DeclaredRef[] = [];
  const f = field(ctx, spec, 'escalation');
  if (!f) return { levels, refs };
  if (isEmptyValue(f.value)) {
    wrongType(ctx, fieldPos(ctx, f), '`spec.escalation` has no value', 'list the levels, or remove the `escalation:` line');
    return { levels, refs };
  }
  if (!isSeq(f.value)) {
    wrongType(
      ctx,
      fieldPos(ctx, f),
      `\`spec.escalation\` must be a list of levels, not ${describeNode(f.value)}`,
      'write one `- who: ... how: ... after: 15m` item per level',
    );
    return { levels, refs };
  }
  let previous = -1;
  f.value.items.forEach((raw, i) => {
    const item = deref(ctx.doc, raw);
    const path = `spec.escalation[${i}]`;
    const itemPos = at(ctx, item ?? f.value);
    if (!isMap(item)) {
      wrongType(ctx, itemPos, `\`${path}\` must be a map with who, how and after, not ${describeNode(item)}`);
      return;
    }
    const who = readText(ctx, item, 'who', { path: `${path}.who`, required: true, missingAt: itemPos, hint: 'e.g. who: "Payments on-call" or who: user:ana.lima' });
    const how = readText(ctx, item, 'how', { path: `${path}.how`, required: true, missingAt: itemPos, hint: 'e.g. how: "Page through the on-call rota"' });
    const url = readText(ctx, item, 'url', { path: `${path}.url` });
    const after = readAfter(ctx, item, path, itemPos);
    let urlOk: string | undefined;
    if (url) {
      const problem = urlProblem(url.value);
      if (problem) {
        report(ctx, 'error', 'catalog/url-scheme', url.pos, `\`${path}.url\` "${url.value}" is not a usable link: ${problem}`, 'write an http(s), mailto: or tel: URL');
      } else urlOk = url.value.trim();
    }
    if (!who || !how || !after) return;
    const level: EscalationLevel = { who: who.value, how: how.value, after: after.text, afterMinutes: after.minutes };
    if (urlOk) level.url = urlOk;
    if (/^(user|group):/i.test(who.value.trim())) {
      refs.push({
        path: `${path}.who`,
        text: who.value.trim(),
        pos: who.pos,
        allowedKinds: ['user', 'group'],
        assign: (key) => {
          level.whoRef = key;
        },
      });
    }
    if (after.minutes < previous) {
      report(
        ctx,
        'warning',
        'catalog/escalation-order',
        after.pos,
        `\`${path}.after\` (${after.text}) comes before the level above it`,
        'order the ladder from the first contact to the last, by `after`',
      );
    }
    previous = Math.max(previous, after.minutes);
    levels.push(level);
  });
  return { levels, refs };
}

function readAfter(
  ctx: ReadContext,
  item: YAMLMap<unknown, unknown>,
  path: string,
  itemPos: Located<string>['pos'],
): { text: string; minutes: number; pos: Located<string>['pos'] } | undefined {
  const f = field(ctx, item, 'after');
  const hint = 'write a number and a unit: 0m, 15m, 1h, 1d or 1h30m';
  if (!f) {
    report(ctx, 'error', 'catalog/missing-field', itemPos, `required field \`${path}.after\` is missing`, hint);
    return undefined;
  }
  const pos = fieldPos(ctx, f);
  const v = f.value;
  if (isScalar(v) && v.value === 0) return { text: '0m', minutes: 0, pos };
  const text = isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value) : undefined;
  const minutes = text === undefined ? undefined : parseDuration(text);
  if (text === undefined || minutes === undefined) {
    report(
      ctx,
      'error',
      'catalog/invalid-duration',
      pos,
      `\`${path}.after\` ${text === undefined ? `must be a duration, not ${describeNode(v)}` : `"${text}" is not a duration`}`,
      hint,
    );
    return undefined;
  }
  return { text: text.trim(), minutes, pos };
}
