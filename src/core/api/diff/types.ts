/**
 * What changed between two versions of one API definition, as the change review reports
 * it: each change breaking or not (or a deprecation), with a stable code, the operation or
 * field it is about, and where it is written (the new definition, or the old for a removal).
 */

/** How a change lands on the API's consumers. */
export type ApiChangeLevel = 'breaking' | 'non-breaking' | 'deprecation';

/** One change between two versions of an API definition. */
export interface ApiChange {
  level: ApiChangeLevel;
  /** Stable code, e.g. `operation-removed`, `parameter-required`, `enum-value-removed`, `FIELD_REMOVED` (graphql-js's). */
  code: string;
  /** The operation or field it is about: `DELETE /payments/{paymentId}`, `RECEIVE onShipmentBooked`, `Shipment.status`. */
  target: string;
  /** What changed, in words. */
  message: string;
  /** Where: in the new definition, or in the old one for something removed. */
  file?: string;
  line?: number;
  /** True when `file:line` is in the old definition (the thing is gone from the new one). */
  old?: boolean;
}

/** Every change of one API, breaking first, capped. */
export interface ApiDiff {
  changes: ApiChange[];
  /** How many changes were past the cap and are counted, not listed. */
  omitted: number;
}

/** How many changes one API's diff lists (a rewritten definition would otherwise list thousands). */
export const MAX_API_CHANGES = 200;

const LEVEL_ORDER: Record<ApiChangeLevel, number> = { breaking: 0, deprecation: 1, 'non-breaking': 2 };

/** Keeps the first MAX_API_CHANGES changes, breaking ones first (in definition order within a level), and counts the rest. */
export function capChanges(all: readonly ApiChange[]): ApiDiff {
  const sorted = all.map((c, i) => ({ c, i })).sort((x, y) => LEVEL_ORDER[x.c.level] - LEVEL_ORDER[y.c.level] || x.i - y.i).map((x) => x.c);
  return { changes: sorted.slice(0, MAX_API_CHANGES), omitted: Math.max(0, sorted.length - MAX_API_CHANGES) };
}
