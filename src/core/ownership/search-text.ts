/**
 * The sentence the site search indexes for "who owns X and how do I reach them" on entity
 * and team pages. Newcomers type "payments on-call", "who owns payments", "payments
 * escalation", "payments contact", "payments team": the sentence holds those words next to
 * the names, so these pages rank first and the result's excerpt shows the owner and the
 * on-call rota. It repeats what the page's contact card shows, so it is kept out of sight
 * (a `hidden` element) and only search reads it.
 */
import type { CatalogEntity } from '../model/entity.ts';
import { displayName } from '../names.ts';
import { chatLabel, urlLabel, type Reach } from './contacts.ts';

/**
 * A piece of a search sentence. `quiet` pieces (an entity page's owner name and contact
 * values) weigh like body text: "payments on-call" should rank the Payments team's page,
 * whose own name they are, above every service it owns.
 */
export interface SearchPiece {
  text: string;
  quiet?: boolean;
}

function contactPieces(reach: Reach, quiet: boolean): SearchPiece[] {
  const out: SearchPiece[][] = [];
  if (reach.oncall) out.push([{ text: 'on-call ' }, { text: urlLabel(reach.oncall.value), quiet }]);
  const chat = chatLabel(reach);
  if (chat) out.push([{ text: 'chat ' }, { text: chat, quiet }]);
  if (reach.email) out.push([{ text: 'email ' }, { text: reach.email.value, quiet }]);
  return out.flatMap((c, i) => (i === 0 ? c : [{ text: ', ' }, ...c]));
}

/** What search indexes about who answers for `entity` (a team or anything else) and how to reach them, in pieces. */
export function reachSearchPieces(entity: CatalogEntity, reach: Reach): SearchPiece[] {
  const name = displayName(entity);
  const escalation: SearchPiece[] = reach.escalation ? [{ text: ' Escalation ladder on this page.' }] : [];
  if (entity.kind === 'group') {
    const contacts = contactPieces(reach, false);
    const how: SearchPiece[] = contacts.length ? [{ text: ': ' }, ...contacts, { text: '.' }] : [{ text: ': no contacts in the catalog.' }];
    return [{ text: `${name} team, who to contact` }, ...how, ...escalation];
  }
  const owner = reach.owner;
  const who: SearchPiece[] = owner
    ? [{ text: displayName(owner), quiet: true }, { text: ` ${owner.kind === 'user' ? 'person' : 'team'}, the owner` }]
    : [{ text: 'no owner in the catalog' }];
  const contacts = contactPieces(reach, true);
  const how: SearchPiece[] = contacts.length ? [{ text: ' Contact: ' }, ...contacts, { text: '.' }] : [];
  return [{ text: `Who owns ${name}: ` }, ...who, { text: '.' }, ...how, ...escalation];
}

/** The same as one string. */
export function reachSearchText(entity: CatalogEntity, reach: Reach): string {
  return reachSearchPieces(entity, reach)
    .map((p) => p.text)
    .join('');
}

/**
 * What search indexes about an entity's stage and who depends on it, for "is X beta or GA",
 * "what does X promise" and "what depends on X", said after the owner sentence:
 * `It is Beta, which promises: SLO …; support …. What depends on it: nothing in the catalog.`
 */
export function answersSearchText(
  entity: CatalogEntity,
  stage: { label: string; slo: string; support: string } | undefined,
  dependents: readonly CatalogEntity[] | undefined,
): string {
  const out: string[] = [];
  // "It", not the name again: the excerpt of a search for the name should be the owner sentence.
  if (stage) out.push(`It is ${stage.label}, which promises: SLO ${entity.slo ?? stage.slo}; support ${stage.support}.`);
  else if (entity.slo) out.push(`Its SLO: ${entity.slo}.`);
  if (dependents) {
    const few = dependents.slice(0, 5).map(displayName);
    const more = dependents.length - few.length;
    const list = dependents.length === 0 ? 'nothing in the catalog' : `${dependents.length} (${few.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
    out.push(`What depends on it: ${list}.`);
  }
  return out.join(' ');
}
