import {
  DEFAULT_ESCALATION_RULES,
  compileRule,
  tenantRules,
  validateEscalationRules,
} from '../../../src/domain/schedule/escalation-rules';
import { SAMPLE_FACTS } from '../../../src/domain/schedule/escalation-facts';
import { InvalidSettingError } from '../../../src/domain/schedule/setting-error';

const rule = (id: string, expression: string, enabled = true) => ({ id, expression, enabled });

describe('escalation rules', () => {
  it('compiles every default and knows which are about one legal step', () => {
    const rules = tenantRules();
    expect(rules.map((r) => r.id)).toEqual(DEFAULT_ESCALATION_RULES.map((r) => r.id));
    expect(rules.find((r) => r.id === 'milestone_overdue')!.scope).toBe('milestone');
    expect(rules.find((r) => r.id === 'nudges_unanswered')!.scope).toBe('case');
    expect(rules.find((r) => r.id === 'dead_reference')!.timeDependent).toBe(false);
  });

  it('evaluates over the named facts', () => {
    const overdue = compileRule(rule('x', "milestone.kind == 'duty' && milestone.overdueDays >= 3"));
    expect(overdue.holds({ ...SAMPLE_FACTS, milestone: { ...SAMPLE_FACTS.milestone, overdueDays: 3 } })).toBe(true);
    expect(overdue.holds({ ...SAMPLE_FACTS, milestone: { ...SAMPLE_FACTS.milestone, overdueDays: 2 } })).toBe(false);
    expect(overdue.holds({ ...SAMPLE_FACTS, milestone: { ...SAMPLE_FACTS.milestone, kind: 'event', overdueDays: 9 } })).toBe(false);
  });

  it('lets a tenant replace a default, switch one off, and add its own', () => {
    const rules = tenantRules([
      rule('milestone_overdue', "milestone.kind == 'duty' && milestone.overdueDays >= 10"),
      rule('checkin_steep_drop', 'checkin.drop >= 2', false),
      rule('long_absence', "case.sickDays >= 180 && case.phase == 'recovery'"),
    ]);
    const ids = rules.map((r) => r.id);
    expect(ids).toContain('long_absence');
    expect(ids).not.toContain('checkin_steep_drop');
    expect(rules.find((r) => r.id === 'milestone_overdue')!.expression).toContain('>= 10');
  });

  it.each([
    ['does not parse', rule('broken', 'case.unansweredNudges >= '), /rule "broken"/],
    ['names an unknown fact', rule('typo', 'case.unansweredNudgez >= 3'), /unknown fact "case.unansweredNudgez"/],
    ['calls an unknown function', rule('fn', 'tooLate(case.sickDays)'), /rule "fn"/],
    ['does not answer yes or no', rule('num', 'case.sickDays + 1'), /true or false/],
    ['has an id unfit for reminder ids', rule('a/b', 'case.deadReference'), /id must be/],
    ['is empty', rule('empty', '  '), /empty/],
  ])('refuses a rule that %s, naming it', (_what, bad, message) => {
    expect(() => tenantRules([bad])).toThrow(message);
    try {
      tenantRules([bad]);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidSettingError);
      expect((e as InvalidSettingError).ruleId).toBe(bad.id);
    }
  });

  it('checks a disabled rule too, so switching it on later cannot break', () => {
    expect(() => tenantRules([rule('later', 'case.nope', false)])).toThrow(/unknown fact/);
  });

  it('refuses the same id twice', () => {
    expect(() => tenantRules([rule('a', 'case.deadReference'), rule('a', 'case.concernFlagged')])).toThrow(/listed twice/);
  });

  it('validates raw settings at start-up with the tenant named', () => {
    expect(() => validateEscalationRules(undefined)).not.toThrow();
    expect(() => validateEscalationRules([rule('ok', 'case.overdueCount >= 2')], 'tenant acme')).not.toThrow();
    expect(() => validateEscalationRules({ id: 'x' }, 'tenant acme')).toThrow(/tenant acme: must be a list/);
    expect(() => validateEscalationRules([rule('bad', 'case.x')], 'tenant acme')).toThrow(/tenant acme: rule "bad": unknown fact/);
  });
});
