/**
 * The sentence the site search indexes for "who owns X and how do I reach them" on entity
 * and team pages. Newcomers type "payments on-call", "who owns payments", "payments
 * escalation", "payments contact", "payments team": the sentence holds those words next to
 * the names, so these pages rank first and the result's excerpt shows the owner and the
 * on-call rota. It repeats what the page's contact card shows, so it is kept out of sight
 * (a `hidden` element) and only search reads it.
 */
import type { CatalogEntity } from '../catalog/types.ts';
import { displayName } from '../names.ts';
import { chatLabel, urlLabel, type Reach } from './contacts.ts';

function contactClauses(reach: Reach): string[] {
  const out: string[] = [];
  if (reach.oncall) out.push(`on-call ${urlLabel(reach.oncall.value)}`);
  const chat = chatLabel(reach);
  if (chat) out.push(`chat ${chat}`);
  if (reach.email) out.push(`email ${reach.email.value}`);
  return out;
}

/** What search indexes about who answers for `entity` (a team or anything else) and how to reach them. */
export function reachSearchText(entity: CatalogEntity, reach: Reach): string {
  const name = displayName(entity);
  const contacts = contactClauses(reach);
  const escalation = reach.escalation ? ' Escalation ladder on this page.' : '';
  if (entity.kind === 'group') {
    const how = contacts.length ? `: ${contacts.join(', ')}.` : ': no contacts in the catalog.';
    return `${name} team, who to contact${how}${escalation}`;
  }
  const owner = reach.owner;
  const who = owner ? `${displayName(owner)} ${owner.kind === 'user' ? 'person' : 'team'}, the owner` : 'no owner in the catalog';
  const how = contacts.length ? ` Contact: ${contacts.join(', ')}.` : '';
  return `Who owns ${name}: ${who}.${how}${escalation}`;
}

/**
 * What search indexes about an entity's stage and who depends on it, for "is X beta or GA",
 * "what does X promise" and "what depends on X": `Launchpad previews is Beta, which promises: SLO …;
 * support …. What depends on Launchpad previews: nothing in the catalog.`
 */
export function answersSearchText(
  entity: CatalogEntity,
  stage: { label: string; slo: string; support: string } | undefined,
  dependents: readonly CatalogEntity[] | undefined,
): string {
  const name = displayName(entity);
  const out: string[] = [];
  if (stage) out.push(`${name} is ${stage.label}, which promises: SLO ${entity.slo ?? stage.slo}; support ${stage.support}.`);
  else if (entity.slo) out.push(`${name} SLO: ${entity.slo}.`);
  if (dependents) {
    const few = dependents.slice(0, 5).map(displayName);
    const more = dependents.length - few.length;
    const list = dependents.length === 0 ? 'nothing in the catalog' : `${dependents.length} (${few.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
    out.push(`What depends on ${name}: ${list}.`);
  }
  return out.join(' ');
}
