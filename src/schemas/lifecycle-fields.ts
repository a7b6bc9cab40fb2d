import { z } from 'astro/zod';
import { isCalendarDate, toCalendarDate } from '../core/dates.ts';
import { ANNOUNCEMENT_TYPES } from '../core/lifecycle/announcements.ts';

/** A YYYY-MM-DD calendar date; js-yaml's UTC Date objects are turned back into their day. */
const calendarDate = z.preprocess(
  (v) => toCalendarDate(v),
  z.string().refine(isCalendarDate, { message: 'must be a calendar date written YYYY-MM-DD, e.g. 2026-12-01' }),
);

/**
 * The frontmatter of a lifecycle announcement as the `lifecycle` collection stores it.
 * The full rules (dates in order, refs that resolve, stage warnings) run with real
 * positions in src/core/lifecycle/announcements.ts; pages read that checked data.
 */
export const lifecycleSchema = z.object({
  title: z.string(),
  description: z.string().optional(),
  summary: z.string().optional(),
  type: z.enum(ANNOUNCEMENT_TYPES),
  subjects: z.array(z.string()).min(1),
  announced: calendarDate,
  effective: calendarDate,
  sunset: calendarDate.optional(),
  replacement: z.string().optional(),
  contact: z.string(),
});
