/**
 * Every API's rendered reference as pages use them, once per build. The build's content
 * check (src/plugin) has already read them and reported their problems, and keeps them
 * with the rest of the checked content; pages take that result. In `astro dev` they are
 * read again on each request, so an edited definition shows on reload.
 */
import { contentPaths } from 'virtual:wayfinder/config';
import { loadApiReferences, type ApiReference } from '../core/api/index.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { getSiteCatalog } from './catalog.ts';

let cached: Promise<Map<string, ApiReference>> | undefined;

/** Every API's reference, by the API's refKey. */
export function getApiReferences(): Promise<Map<string, ApiReference>> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const list = import.meta.env.DEV ? loadApiReferences(contentPaths, (await getSiteCatalog()).entities).references : checkedContent(contentPaths).apiReferences;
    return new Map(list.map((r) => [r.entityRef, r]));
  })();
  return cached;
}
