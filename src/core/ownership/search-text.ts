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
