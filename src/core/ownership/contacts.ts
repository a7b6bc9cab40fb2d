/**
 * "Who owns this and how do I reach them": the owner of an entity, its chat channel,
 * email and on-call link, and the escalation ladder to follow. An entity's own
 * wayfinder.dev/* annotations and spec.escalation win; what it does not say comes from
 * its owner, and the page says where each answer came from.
 */
import type { CatalogEntity, EscalationLevel } from '../model/entity.ts';
import { displayName } from '../names.ts';

/** A contact value and the entity it was read from (the entity itself or its owner). */
export interface Sourced<T> {
  value: T;
  /** refKey of the entity that declared it. */
  from: string;
}

/** How to reach whoever answers for an entity. */
export interface Reach {
  /** The owning group or user, when the entity has one and it is in the catalog. */
  owner?: CatalogEntity;
  /** Chat channel name, e.g. `#payments`. */
  chat?: Sourced<string>;
  /** Link to the chat channel. */
  chatUrl?: Sourced<string>;
  email?: Sourced<string>;
  /** Link to the on-call rota or pager. */
  oncall?: Sourced<string>;
  /** The ladder to follow: the entity's own, else its owner's. */
  escalation?: Sourced<EscalationLevel[]>;
}

type Lookup = (ref: string) => CatalogEntity | undefined;

const EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;

/** The entity's own contacts: annotations, profile email, escalation. */
function ownContacts(e: CatalogEntity): Reach {
  const r: Reach = {};
  if (e.chat?.trim()) r.chat = { value: e.chat.trim(), from: e.ref };
  if (e.chatUrl) r.chatUrl = { value: e.chatUrl, from: e.ref };
  const email = e.profile?.email?.trim();
  if (email && EMAIL.test(email)) r.email = { value: email, from: e.ref };
  if (e.oncall) r.oncall = { value: e.oncall, from: e.ref };
  if (e.escalation.length > 0) r.escalation = { value: e.escalation, from: e.ref };
  return r;
}

/** How to reach the people behind `entity`: its own contacts first, then its owner's. */
export function howToReach(entity: CatalogEntity, lookup: Lookup): Reach {
  const own = ownContacts(entity);
  const owner = entity.owner ? lookup(entity.owner) : undefined;
  if (!owner) return own;
  const fromOwner = ownContacts(owner);
  const reach: Reach = { owner };
  const chat = own.chat ?? fromOwner.chat;
  if (chat) reach.chat = chat;
  // A chat link belongs with its channel: take the URL from whoever named the channel.
  const chatUrl = own.chat ? own.chatUrl : (own.chatUrl ?? fromOwner.chatUrl);
  if (chatUrl) reach.chatUrl = chatUrl;
  const email = own.email ?? fromOwner.email;
  if (email) reach.email = email;
  const oncall = own.oncall ?? fromOwner.oncall;
  if (oncall) reach.oncall = oncall;
  const escalation = own.escalation ?? fromOwner.escalation;
  if (escalation) reach.escalation = escalation;
  return reach;
}

/** How to reach a team (or user) itself: only what it declares. */
export function teamContacts(team: CatalogEntity): Reach {
  return ownContacts(team);
}

/** True when there is at least one way to reach someone. */
export function hasContact(reach: Reach): boolean {
  return Boolean(reach.chat || reach.chatUrl || reach.email || reach.oncall || reach.escalation);
}

/** One rung of the ladder as a page shows it. */
export interface EscalationRow {
  /** 1-based position on the ladder. */
  level: number;
  /** Who, as people read it: the entity's display name for a ref, else the text. */
  who: string;
  /** refKey when `who` names a user or group in the catalog. */
  whoRef?: string;
  how: string;
  url?: string;
  /** Link text for `url`: the phone number, the address or the host and path. */
  urlLabel?: string;
  /** `at once`, `after 15 min`, `after 1 h 30 min`, `after 1 day`. */
  after: string;
  afterMinutes: number;
}

/** Says when a rung starts: `at once` for 0, else `after 15 min`, `after 1 h`, `after 2 days`. */
export function formatAfter(minutes: number): string {
  if (minutes <= 0) return 'at once';
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (d) parts.push(`${d} ${d === 1 ? 'day' : 'days'}`);
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  return `after ${parts.join(' ')}`;
}

/** Readable link text for a contact URL: `+1 206…` for tel:, the address for mailto:, host/path for web. */
export function urlLabel(url: string): string {
  const lower = url.toLowerCase();
  if (lower.startsWith('tel:')) return decodeSafe(url.slice(4));
  if (lower.startsWith('mailto:')) return decodeSafe(url.slice(7).split('?')[0] ?? '');
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
    return `${u.host}${path}`;
  } catch {
    return url;
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The escalation ladder as rows: refs resolved to names, durations in words. */
export function escalationRows(levels: readonly EscalationLevel[], lookup: Lookup): EscalationRow[] {
  return levels.map((l, i) => {
    const target = l.whoRef ? lookup(l.whoRef) : undefined;
    const row: EscalationRow = {
      level: i + 1,
      who: target ? displayName(target) : l.who,
      how: l.how,
      after: formatAfter(l.afterMinutes),
      afterMinutes: l.afterMinutes,
    };
    if (target) row.whoRef = target.ref;
    if (l.url) {
      row.url = l.url;
      row.urlLabel = urlLabel(l.url);
    }
    return row;
  });
}

/** `mailto:` link for an address (the address percent-encoded where it must be). */
export function mailtoHref(email: string): string {
  return `mailto:${encodeURI(email)}`;
}

/** The chat channel as a short label, `#payments`, from the name or, failing that, the URL. */
export function chatLabel(reach: Pick<Reach, 'chat' | 'chatUrl'>): string | undefined {
  if (reach.chat) return reach.chat.value;
  if (reach.chatUrl) return urlLabel(reach.chatUrl.value);
  return undefined;
}
