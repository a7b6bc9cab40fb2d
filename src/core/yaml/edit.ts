/**
 * Changing a few values in a YAML file people edit by hand (`npm run new -- site` and
 * wayfinder.yaml): the file is parsed as a document, so its comments, order and layout
 * survive, and only the values set change.
 */
import { parseDocument } from 'yaml';

/** `text` (empty, or a map) with each `[path, value]` set (maps made where missing); undefined values are left alone. */
export function setInYamlText(text: string, values: readonly (readonly [readonly string[], string | undefined])[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`cannot edit YAML with errors: ${doc.errors[0]?.message ?? ''}`);
  for (const [keys, value] of values) if (value !== undefined) doc.setIn(keys, value);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
