/**
 * Backstage entity references: `[kind:][namespace/]name`, compared case-insensitively.
 * See https://backstage.io/docs/features/software-catalog/references
 */

/** Backstage's rule for metadata.name: 1-63 chars of [a-zA-Z0-9] separated by -, _ or . */
export const NAME_PATTERN = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;
/** Backstage's rule for metadata.namespace: a DNS label, 1-63 chars. */
export const NAMESPACE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Backstage's rule for kind. */
export const KIND_PATTERN = /^[a-zA-Z][a-zA-Z0-9]*$/;

export interface EntityRef {
  /** Lower-case kind, e.g. `component`. */
  kind: string;
  namespace: string;
  name: string;
}

export interface RefParseResult {
  ref?: EntityRef;
  /** Why the text is not a reference, when it is not. */
  error?: string;
}

/** True when `name` follows Backstage's metadata.name rules. */
export function isValidName(name: string): boolean {
  return name.length >= 1 && name.length <= 63 && NAME_PATTERN.test(name);
}

/** True when `ns` follows Backstage's metadata.namespace rules. */
export function isValidNamespace(ns: string): boolean {
  return ns.length >= 1 && ns.length <= 63 && NAMESPACE_PATTERN.test(ns);
}

/**
 * Parses `[kind:][namespace/]name`. `defaultKind` applies when the text has no kind
 * (e.g. `owner: payments-team` means a Group); without one, a kind is required.
 */
export function parseEntityRef(
  text: string,
  defaults: { defaultKind?: string; defaultNamespace?: string } = {},
): RefParseResult {
  const raw = text.trim();
  if (!raw) return { error: 'an entity reference cannot be empty' };
  let rest = raw;
  let kind = defaults.defaultKind;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    kind = rest.slice(0, colon);
    rest = rest.slice(colon + 1);
    if (!KIND_PATTERN.test(kind)) return { error: `"${kind}" is not a valid kind` };
  }
  let namespace = defaults.defaultNamespace ?? 'default';
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    namespace = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
    if (!isValidNamespace(namespace.toLowerCase())) {
      return { error: `"${namespace}" is not a valid namespace` };
    }
  }
  if (!kind) return { error: `"${raw}" needs a kind, e.g. component:${rest}` };
  if (!isValidName(rest)) {
    return {
      error: `"${rest}" is not a valid entity name (1-63 letters or digits, separated by -, _ or .)`,
    };
  }
  return { ref: { kind: kind.toLowerCase(), namespace: namespace.toLowerCase(), name: rest } };
}

/** The canonical, lower-case string form `kind:namespace/name`, used as a map key. */
export function refKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`.toLowerCase();
}

/** The short form people write: `kind:name`, with the namespace only when not default. */
export function formatRef(ref: EntityRef): string {
  const ns = ref.namespace === 'default' ? '' : `${ref.namespace}/`;
  return `${ref.kind}:${ns}${ref.name}`;
}
