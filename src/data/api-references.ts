/**
 * Every API's rendered reference as pages use them, once per build. The build's content
 * check (src/plugin) has already read them and reported their problems, and keeps them
 * with the rest of the checked content; pages take that result. In `astro dev` the one
 * API a page shows is read again on each request, so an edited definition shows on reload.
 */
import { checkOptions, contentPaths } from 'virtual:wayfinder/config';
import { loadApiReference, planReferencePages, type ApiReference, type ReferencePlan } from '../core/api/index.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { getSiteCatalog } from './catalog.ts';

let cached: Map<string, ApiReference> | undefined;
const plans = new WeakMap<ApiReference, ReferencePlan>();

/** The reference of the API `ref` (a refKey), or undefined when it has none. */
export async function getApiReference(ref: string): Promise<ApiReference | undefined> {
  if (import.meta.env.DEV) {
    const entity = (await getSiteCatalog()).byRef.get(ref);
    return entity ? loadApiReference(contentPaths, entity).reference : undefined;
  }
  cached ??= new Map(checkedContent(contentPaths, checkOptions).apiReferences.map((r) => [r.entityRef, r]));
  return cached.get(ref);
}

/** How the reference of API `ref` is published: whole on its page, or split into section pages. */
export async function getApiReferencePlan(ref: string): Promise<{ reference: ApiReference; plan: ReferencePlan } | undefined> {
  const reference = await getApiReference(ref);
  if (!reference) return undefined;
  let plan = plans.get(reference);
  if (!plan) {
    plan = planReferencePages(reference);
    plans.set(reference, plan);
  }
  return { reference, plan };
}
