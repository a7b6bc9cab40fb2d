/**
 * The ids of the completeness rules, part of the model: an entity's descriptor may exempt
 * it from one (`wayfinder.dev/exempt-<rule>`), the policy file names them, and health/
 * defines what each checks (health/rules.ts).
 */

/** The ids of the completeness rules Wayfinder knows. */
export const RULE_IDS = ['owner', 'description', 'lifecycle', 'system', 'oncall', 'runbook', 'docs', 'chat', 'escalation', 'definition', 'reviewed', 'contacts'] as const;

/** One completeness rule id. */
export type RuleId = (typeof RULE_IDS)[number];
