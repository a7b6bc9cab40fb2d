/**
 * YAML read as plain values or bare documents, for the inputs that need no positions
 * (a `$yaml` substitution, a TechDocs page's meta block, a `///` block's options, a
 * doc's description for `new`) or keep their own (mkdocs.yml). They come here rather
 * than to the `yaml` package so every YAML input is read with the same alias limit as
 * parseYamlFile's (source.ts); the one-home test holds every other module to that.
 */
import { parse, parseDocument, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from 'yaml';
import { MAX_ALIAS_COUNT } from './source.ts';

/** The plain value of `text`. Throws, as `yaml`'s parse does, when it is not valid YAML or its aliases expand past the limit. */
export function parseYamlValue(text: string): unknown {
  return parse(text, { prettyErrors: false, logLevel: 'error', maxAliasCount: MAX_ALIAS_COUNT });
}

/** One YAML document with its errors (never throws), for a reader that walks the nodes itself. */
export function parseYamlDocument(text: string, options: ParseOptions & DocumentOptions & SchemaOptions & { lineCounter: LineCounter }) {
  return parseDocument(text, { prettyErrors: false, ...options });
}
