/**
 * The refs an author writes in a map component (`<SystemMap system="payments" />`,
 * `<EntityMap entities={["component:checkout", …]} />`), resolved the way the page will
 * resolve them: shared by the component (draw) and by the check (an unknown ref is an
 * error at file:line with did-you-mean).
 */
import { parseEntityRef, refKey } from '../model/refs.ts';

/** The components authors use in MDX, with the kind a bare name means. */
export const MAP_COMPONENTS: Readonly<Record<string, { attribute: string; defaultKind: string; list: boolean }>> = {
  SystemMap: { attribute: 'system', defaultKind: 'system', list: false },
  DomainMap: { attribute: 'domain', defaultKind: 'domain', list: false },
  EntityMap: { attribute: 'entities', defaultKind: 'component', list: true },
};

/** The refKey a map component's ref means, or the reason it is not a ref. */
export function mapRefKey(text: string, defaultKind: string): { ref: string } | { error: string } {
  const r = parseEntityRef(text, { defaultKind });
  return r.ref ? { ref: refKey(r.ref) } : { error: r.error ?? `"${text}" is not an entity reference` };
}
