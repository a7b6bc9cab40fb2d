/**
 * Turning what `npm run new` was given into checked answers: defaults filled in, every
 * value checked, every problem reported at once. The terminal prompts (scripts/new/ask.ts)
 * use the same fields and checks one question at a time.
 */
import type { ScaffoldContext } from './context.ts';
import type { FieldSpec, KindSpec } from './kinds.ts';
import type { Answers } from './target.ts';
import type { ValueProblem } from './validate.ts';

/** A problem with one field's value. */
export interface FieldProblem extends ValueProblem {
  field: string;
  /** The field had no value at all (as opposed to a wrong one). */
  missing?: boolean;
}

/** Splits list values: repeated flags and comma-separated values both work. */
export function splitList(values: string | readonly string[] | undefined): string[] {
  if (values === undefined) return [];
  const all = typeof values === 'string' ? [values] : values;
  return all.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** True when `field` applies given the answers before it. */
export function applies(field: FieldSpec, a: Answers): boolean {
  return field.when ? field.when(a) : true;
}

/**
 * Checks one field's raw value (text, or list items) and returns the normalised value
 * or the problems; an empty value of a required field is a problem.
 */
export function checkField(
  field: FieldSpec,
  raw: string | readonly string[] | undefined,
  ctx: ScaffoldContext,
  a: Answers,
): { value?: string | string[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  let items: string[];
  if (field.list) items = splitList(raw);
  else {
    const text = (typeof raw === 'string' ? raw : raw?.[0])?.trim();
    items = text ? [text] : [];
  }
  if (items.length === 0) {
    if (field.required) problems.push({ field: field.key, missing: true, message: `${field.key} is needed: ${field.help}`, hint: `give --${field.key} <value>` });
    return { problems };
  }
  const values: string[] = [];
  for (const item of items) {
    const r = field.check ? field.check(item, ctx, a) : { value: item };
    if ('problem' in r) problems.push({ field: field.key, ...r.problem });
    else if (!values.includes(r.value)) values.push(r.value);
  }
  if (problems.length) return { problems };
  return { value: field.list ? values : values[0], problems };
}

/**
 * Fills in every field of `kind` from `given` and the defaults, without asking anything;
 * returns the answers and every problem found.
 */
export function resolveAnswers(kind: KindSpec, given: Answers, ctx: ScaffoldContext): { answers: Answers; problems: FieldProblem[] } {
  const answers: Answers = {};
  const problems: FieldProblem[] = [];
  for (const field of kind.fields) {
    if (!applies(field, answers)) continue;
    const raw = given[field.key] ?? field.default?.(ctx, { ...given, ...answers });
    const r = checkField(field, raw, ctx, answers);
    problems.push(...r.problems);
    if (r.value !== undefined) answers[field.key] = r.value;
  }
  return { answers, problems };
}

/** Formats a problem for the terminal: `--field: message (hint)`. */
export function formatProblem(p: FieldProblem): string {
  return `--${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}
