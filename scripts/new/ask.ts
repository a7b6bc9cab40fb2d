/**
 * The questions `npm run new` asks in a terminal, with Inquirer's prompts: a searchable
 * list where the content folder offers choices (owners, systems, stages, docs), a text
 * prompt with the default otherwise. Every answer goes through the same check as a flag.
 */
import { input, search } from '@inquirer/prompts';
import {
  applies,
  checkField,
  resolveAnswers,
  type Answers,
  type Choice,
  type FieldProblem,
  type FieldSpec,
  type KindSpec,
  type ScaffoldContext,
} from '../../src/core/scaffold/index.ts';

/** At most this many matches are listed while typing; typing more narrows them. */
const MAX_MATCHES = 200;

/** The check of one answer as Inquirer's validate wants it: true, or the message. */
function validator(field: FieldSpec, ctx: ScaffoldContext, a: Answers): (value: string) => true | string {
  return (value) => {
    const r = checkField(field, value, ctx, a);
    const p = r.problems[0];
    return p ? `${p.message}${p.hint ? ` (${p.hint})` : ''}` : true;
  };
}

/** Choices that match what was typed (in the value or the label), best first. */
function matches(choices: readonly Choice[], term: string | undefined): Choice[] {
  const t = (term ?? '').trim().toLowerCase();
  if (!t) return choices.slice(0, MAX_MATCHES);
  const hits = choices.filter((c) => c.name.toLowerCase().includes(t) || c.value.toLowerCase().includes(t));
  hits.sort((x, y) => Number(!x.value.toLowerCase().startsWith(t)) - Number(!y.value.toLowerCase().startsWith(t)));
  return hits.slice(0, MAX_MATCHES);
}

/** Asks for one value from `choices` (typing filters them); `open` also takes what was typed. */
async function choose(field: FieldSpec, message: string, choices: Choice[], ctx: ScaffoldContext, a: Answers, options: { none?: string; fallback?: string }): Promise<string> {
  const first = options.fallback ? choices.find((c) => c.value === options.fallback) : undefined;
  const ordered = first ? [first, ...choices.filter((c) => c !== first)] : choices;
  const validate = validator(field, ctx, a);
  return search<string>({
    message,
    pageSize: 10,
    source: (term) => {
      const found: Choice[] = matches(ordered, term);
      const typed = term?.trim();
      if (field.open && typed && !found.some((c) => c.value === typed)) found.unshift({ value: typed, name: typed });
      if (options.none !== undefined && !typed) found.unshift({ value: '', name: options.none });
      return found;
    },
    validate: (value) => (value === '' && options.none !== undefined ? true : validate(value)),
  });
}

/** Asks one field; returns its raw answer (a list for list fields, '' for none). */
async function askField(field: FieldSpec, ctx: ScaffoldContext, a: Answers, given: Answers): Promise<string | string[]> {
  const fallback = field.default?.(ctx, { ...given, ...a });
  const fallbackText = Array.isArray(fallback) ? fallback.join(', ') : fallback;
  const choices = field.choices?.(ctx, a) ?? [];
  if (choices.length === 0 || (field.list && !field.choices)) {
    const validate = validator(field, ctx, a);
    return input({
      message: field.question,
      ...(fallbackText ? { default: fallbackText } : {}),
      validate: (value) => (!value.trim() && !field.required ? true : validate(value)),
    });
  }
  if (!field.list) {
    return choose(field, field.question, choices, ctx, a, {
      ...(field.required ? {} : { none: '(none)' }),
      ...(fallbackText ? { fallback: fallbackText } : {}),
    });
  }
  // A list with choices: one search per item, in order, until "done".
  const picked: string[] = [];
  for (;;) {
    const left = choices.filter((c) => !picked.includes(c.value));
    const needMore = field.required && picked.length === 0;
    const message = picked.length ? `${field.question} (${picked.join(', ')}; pick another or finish)` : field.question;
    const value = await choose(field, message, left, ctx, a, needMore ? {} : { none: picked.length ? '(done)' : '(none)' });
    if (!value) return picked;
    picked.push(value);
  }
}

/**
 * Asks for every field `given` lacks that is required or worth asking, in order, and
 * checks what was given: a wrong given value stops it before the first question.
 */
export async function askAnswers(kind: KindSpec, given: Answers, ctx: ScaffoldContext): Promise<{ answers: Answers; problems: FieldProblem[] }> {
  // What the command line gave is checked before the first question.
  const wrong = resolveAnswers(kind, given, ctx).problems.filter((p) => !p.missing);
  if (wrong.length) return { answers: {}, problems: wrong };
  const answers: Answers = {};
  for (const field of kind.fields) {
    if (!applies(field, answers)) continue;
    let raw = given[field.key];
    if (raw === undefined && (field.required || field.ask)) raw = await askField(field, ctx, answers, given);
    if (raw === undefined) raw = field.default?.(ctx, { ...given, ...answers });
    const r = checkField(field, raw, ctx, answers);
    if (r.problems.length) return { answers, problems: r.problems };
    if (r.value !== undefined) answers[field.key] = r.value;
  }
  return { answers, problems: [] };
}
