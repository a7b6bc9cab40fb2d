/** Plain words for the messages third-party parsers give when input is too much for them. */
import type { Diagnostic } from './model/diagnostics.ts';

/**
 * Says in words what a parser's stack overflow means: text such as "Maximum call stack
 * size exceeded" (a RangeError) becomes "nested too deeply to read".
 */
export function plainMessages(list: readonly Diagnostic[]): Diagnostic[] {
  return list.map((d) =>
    /Maximum call stack size exceeded/i.test(d.message)
      ? { ...d, code: d.code.replace(/\/.*$/, '/too-deep'), message: `${d.message.replace(/:?\s*Maximum call stack size exceeded\.?/i, '')}: it is nested too deeply to read`, hint: 'flatten the structure (fewer levels of lists and maps)' }
      : d,
  );
}
