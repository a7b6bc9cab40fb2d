import { z } from 'astro/zod';
import { isCalendarDate, toCalendarDate } from '../core/dates.ts';
import { ownerRefProblem, serviceRefProblem, ROLE_PATTERN } from '../core/docs/frontmatter.ts';

/** A YYYY-MM-DD calendar date; js-yaml's Date objects are turned back into their day. */
const calendarDate = z.preprocess(
  (v) => toCalendarDate(v),
  z.string().refine(isCalendarDate, { message: 'must be a calendar date written YYYY-MM-DD, e.g. 2026-01-31' }),
);

const ref = (problem: (s: string) => string | undefined) =>
  z.string().superRefine((s, ctx) => {
    const p = problem(s);
    if (p) ctx.addIssue({ code: 'custom', message: p });
  });

/**
 * Wayfinder's doc frontmatter fields, added to Starlight's schema. The same rules run
 * with real positions in src/core/docs/frontmatter.ts before the build starts.
 */
export const docFieldsSchema = z.object({
  owner: ref(ownerRefProblem).optional(),
  lastReviewed: calendarDate.optional(),
  reviewEvery: z.number().int().positive().optional(),
  audience: z.array(z.string().regex(ROLE_PATTERN, 'a role is lower-case words joined by hyphens')).default([]),
  services: z.array(ref(serviceRefProblem)).default([]),
});
