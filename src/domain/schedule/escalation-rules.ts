// When HR hears about a case: rules written as adaptive-expressions over the facts in
// escalation-facts.ts. Every tenant starts with the defaults below; a tenant rule with a default's
// id replaces it (to change a number or switch it off), other ids add rules. A rule that does not
// parse, names an unknown fact or does not answer yes or no is refused with its id, so a bad rule
// stops start-up instead of silently never firing.
import { Expression, ReturnType } from 'adaptive-expressions';
import { FACT_NAMES, SAMPLE_FACTS, type RuleFacts } from './escalation-facts';
import { InvalidSettingError } from './setting-error';

export interface EscalationRule {
  id: string;
  expression: string;
  enabled: boolean;
}

/**
 * The defaults. Numbers are ours, chosen to be early rather than late; each tenant can change them.
 * - A legal duty 3 days past its due date: late enough to allow for a weekend, early enough to
 *   repair it (a missed Poortwachter step can cost a wage sanction of up to 52 weeks, domain.md §3).
 * - Three reminders in a row without any reaction from the manager.
 * - Herstart can no longer reach the manager at all.
 * - The manager flagged a concern to HR after a conversation.
 * - Check-in signals (issue 7): two low answers in a row, a drop of two points or more, or the
 *   employee asking for a talk with HR and agreeing that HR is told.
 */
export const DEFAULT_ESCALATION_RULES: readonly EscalationRule[] = [
  { id: 'milestone_overdue', expression: "milestone.kind == 'duty' && milestone.overdueDays >= 3", enabled: true },
  { id: 'nudges_unanswered', expression: 'case.unansweredNudges >= 3', enabled: true },
  { id: 'dead_reference', expression: 'case.deadReference', enabled: true },
  { id: 'concern_flagged', expression: 'case.concernFlagged', enabled: true },
  { id: 'checkin_low_streak', expression: 'checkin.lowStreak >= 2', enabled: true },
  { id: 'checkin_steep_drop', expression: 'checkin.drop >= 2', enabled: true },
  { id: 'checkin_asked_hr', expression: 'checkin.askedHr', enabled: true },
];

/**
 * What a rule's truth depends on. An escalation is sent once per rule and episode: the episode
 * is named by the subjects of the families the rule reads (this milestone's due date, the first
 * unanswered nudge, the flagged conversation...), so a new overdue step or a new concern
 * escalates again while the same one does not.
 */
export type FactFamily = 'milestone' | 'nudges' | 'dead' | 'concern' | 'contact' | 'overdue' | 'checkin';

export interface CompiledRule {
  id: string;
  expression: string;
  /** `milestone`: evaluated once per open legal step; `case`: once per case. */
  scope: 'milestone' | 'case';
  families: FactFamily[];
  /** The fact names the expression reads. */
  refs: readonly string[];
  /** Reads a fact that changes as days pass (overdue days, unanswered nudges...). */
  timeDependent: boolean;
  /** Those facts, as property paths: only they can change the answer from one day to the next. */
  timePaths: ReadonlyArray<readonly string[]>;
  holds(facts: RuleFacts): boolean;
}

/** Facts whose value changes from one day to the next while nothing else happens. */
const TIME_DEPENDENT = new Set([
  'case',
  'milestone',
  'checkin',
  'case.sickDays',
  'case.daysSinceStart',
  'case.daysSinceContact',
  'case.contactOverdueDays',
  'case.unansweredNudges',
  'case.overdueCount',
  'milestone.daysLeft',
  'milestone.overdueDays',
  'checkin.daysSinceLast',
]);

const RULE_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const GROUPS = new Set(['case', 'milestone', 'checkin']);

const FAMILY_OF: Readonly<Record<string, FactFamily>> = {
  'case.unansweredNudges': 'nudges',
  'case.deadReference': 'dead',
  'case.deadRole': 'dead',
  'case.concernFlagged': 'concern',
  'case.concern': 'concern',
  'case.contactOverdueDays': 'contact',
  'case.daysSinceContact': 'contact',
  'case.overdueCount': 'overdue',
};

function familyOf(ref: string): FactFamily | null {
  if (ref === 'milestone' || ref.startsWith('milestone.')) return 'milestone';
  if (ref === 'checkin' || ref.startsWith('checkin.')) return 'checkin';
  return FAMILY_OF[ref] ?? null;
}

/** Parses and checks one rule; throws InvalidSettingError naming the rule. */
export function compileRule(rule: EscalationRule): CompiledRule {
  const fail = (detail: string): never => {
    throw new InvalidSettingError('escalationRules', `rule ${JSON.stringify(rule.id)}: ${detail}`, String(rule.id));
  };
  if (typeof rule.id !== 'string' || !RULE_ID.test(rule.id)) {
    fail('the id must be 1 to 64 letters, digits, dots, dashes or underscores');
  }
  if (typeof rule.expression !== 'string' || rule.expression.trim() === '') fail('the expression is empty');
  let parsed: Expression;
  try {
    parsed = Expression.parse(rule.expression);
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}`);
  }
  const refs = parsed.references();
  for (const ref of refs) {
    if (!GROUPS.has(ref) && !FACT_NAMES.includes(ref)) fail(`unknown fact ${JSON.stringify(ref)}`);
  }
  if ((parsed.returnType & (ReturnType.Boolean | ReturnType.Object)) === 0) fail('the expression must answer true or false');
  const scope = refs.some((r) => familyOf(r) === 'milestone') ? 'milestone' : 'case';
  const trial = parsed.tryEvaluate(scope === 'milestone' ? SAMPLE_FACTS : { ...SAMPLE_FACTS, milestone: undefined });
  if (trial.error) fail(trial.error);
  if (typeof trial.value !== 'boolean') fail(`the expression must answer true or false, not ${JSON.stringify(trial.value)}`);
  const families = [...new Set(refs.map(familyOf).filter((f): f is FactFamily => f !== null))].sort();
  return {
    id: rule.id,
    expression: rule.expression,
    scope,
    families,
    refs,
    timeDependent: refs.some((r) => TIME_DEPENDENT.has(r)),
    timePaths: refs.filter((r) => TIME_DEPENDENT.has(r)).map((r) => r.split('.')),
    holds: (facts) => {
      const r = parsed.tryEvaluate(facts);
      return !r.error && r.value === true;
    },
  };
}

/**
 * The rules a tenant runs: the defaults, replaced or extended by the tenant's own. Disabled rules
 * are checked too (a rule switched on later must already be valid) but not returned.
 */
export function tenantRules(own?: readonly EscalationRule[] | null): CompiledRule[] {
  const merged = new Map<string, EscalationRule>(DEFAULT_ESCALATION_RULES.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const r of own ?? []) {
    if (seen.has(r.id)) throw new InvalidSettingError('escalationRules', `rule ${JSON.stringify(r.id)} is listed twice`, r.id);
    seen.add(r.id);
    merged.set(r.id, r);
  }
  const compiled: CompiledRule[] = [];
  for (const r of merged.values()) {
    const c = compileRule(r);
    if (r.enabled !== false) compiled.push(c);
  }
  return compiled;
}

/**
 * The start-up check: every tenant's rules must compile. Returns nothing; throws the first
 * problem as an InvalidSettingError whose message names the tenant and the rule.
 */
export function validateEscalationRules(own: unknown, where = 'tenant'): void {
  if (own === undefined || own === null) return;
  if (!Array.isArray(own)) throw new InvalidSettingError('escalationRules', `${where}: must be a list of rules`);
  const rules = own.map((r: unknown, i): EscalationRule => {
    const o = (r ?? {}) as Partial<EscalationRule>;
    if (typeof r !== 'object' || r === null) {
      throw new InvalidSettingError('escalationRules', `${where}: rule ${i + 1} is not an object`);
    }
    return { id: String(o.id ?? ''), expression: o.expression as string, enabled: o.enabled !== false };
  });
  try {
    tenantRules(rules);
  } catch (e) {
    if (e instanceof InvalidSettingError) throw new InvalidSettingError(e.setting, `${where}: ${e.detail}`, e.ruleId);
    throw e;
  }
}

const cache = new Map<string, CompiledRule[]>();

/** `tenantRules` remembered by content: the scheduler asks for every case it plans. */
export function cachedTenantRules(own?: readonly EscalationRule[] | null): CompiledRule[] {
  const key = JSON.stringify(own ?? []);
  let rules = cache.get(key);
  if (!rules) {
    rules = tenantRules(own);
    if (cache.size > 1000) cache.clear();
    cache.set(key, rules);
  }
  return rules;
}
