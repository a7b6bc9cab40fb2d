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

/** Every change of one API, in definition order, capped. */
export interface ApiDiff {
  changes: ApiChange[];
  /** How many changes were past the cap and are counted, not listed. */
  omitted: number;
}

/** How many changes one API's diff lists (a rewritten definition would otherwise list thousands). */
export const MAX_API_CHANGES = 200;
