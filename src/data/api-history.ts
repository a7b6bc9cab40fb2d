/**
 * Each API's history as pages use it, built once per build from the one git log the
 * campaigns' history pass read (data/campaigns.ts): no second walk of the history.
 */
import { contentPaths, checkOptions, options } from 'virtual:wayfinder/config';
import { apiHistories, type ApiHistory } from '../core/api/history.ts';
import { apiHistoryView, type ApiHistoryView } from '../core/api/history-view.ts';
import type { ApiReference } from '../core/api/model.ts';
import { stageLifecycles } from '../core/lifecycle/stages.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { getSiteCampaigns } from './campaigns.ts';
import { getSiteCatalog } from './catalog.ts';
import { keptFor } from './kept.ts';

let cached: Promise<Map<string, ApiHistory>> | undefined;

/** Every API's history, by the API's refKey (once per build). */
export function getApiHistories(): Promise<Map<string, ApiHistory>> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Map<string, ApiHistory>> {
  const [catalog, campaigns] = await Promise.all([getSiteCatalog(), getSiteCampaigns()]);
  const checked = checkedContent(contentPaths, checkOptions);
  return keptFor('api-history', [checked, catalog, campaigns], () => {
    const apis = checked.apiReferences.flatMap((reference) => {
      const entity = catalog.byRef.get(reference.entityRef);
      return entity ? [{ entity, reference }] : [];
    });
    return apiHistories(contentPaths, apis, campaigns.log, { lifecycles: stageLifecycles(options.stages) });
  });
}

/** The "Changes" section of the API `ref` whose reference is `reference`. */
export async function getApiHistoryView(ref: string, reference: ApiReference | undefined): Promise<ApiHistoryView> {
  return apiHistoryView((await getApiHistories()).get(ref), reference);
}
