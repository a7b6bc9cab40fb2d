import type { APIRoute, GetStaticPaths } from 'astro';
import { entityParam } from '../../../core/urls.ts';
import { affectedEntities } from '../../../core/lifecycle/impact.ts';
import { announcementGroup, sortItems } from '../../../core/lifecycle/items.ts';
import { getSiteLifecycle } from '../../../data/lifecycle.ts';
import { icsResponse, lifecycleIcs } from '../../../data/lifecycle-feeds.ts';

/**
 * /teams/<name>/lifecycle.ics: only the announcements that touch the team: about what it
 * owns, with it as the contact, or about something its entities use directly.
 */
export const getStaticPaths = (async () => {
  const lc = await getSiteLifecycle();
  const lookup = (ref: string) => lc.catalog.byRef.get(ref);
  const touching = new Map<string, Set<string>>();
  const add = (team: string | undefined, id: string) => {
    if (!team) return;
    let set = touching.get(team);
    if (!set) touching.set(team, (set = new Set()));
    set.add(announcementGroup(id));
  };
  for (const a of lc.announcements) {
    add(a.contact, a.id);
    for (const s of a.subjects) add(lookup(s)?.owner, a.id);
    for (const e of affectedEntities(a.subjects, lookup)) if (!e.indirect) add(e.entity.owner, a.id);
  }
  return lc.catalog.entities
    .filter((e) => e.kind === 'group')
    .map((team) => ({
      params: { team: entityParam(team) },
      props: { ref: team.ref, ids: [...(touching.get(team.ref) ?? [])] },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const lc = await getSiteLifecycle();
  const ids = new Set(props.ids as string[]);
  const name = lc.nameOf(props.ref as string);
  // And the items that belong to the team: campaign deadlines where it still has work.
  // And the team's own planned migration dates.
  const items = sortItems([...lc.items, ...lc.planItems]).filter((i) => ids.has(i.group) || i.owners.includes(props.ref as string));
  return icsResponse(
    lifecycleIcs(items, site, `Platform lifecycle: ${name}`, `Lifecycle changes that touch what ${name} owns or uses directly, and deadlines of campaigns where ${name} has work left.`),
  );
};
