import { leadDaysFor, validateLeadTimes } from '../../../src/domain/schedule/lead-times';

describe('lead times', () => {
  it('defaults to a week, a day and the day itself, largest first', () => {
    expect(leadDaysFor('nl.action_plan')).toEqual([7, 1, 0]);
    expect(leadDaysFor('nl.action_plan', { default: [0, 3, 3] })).toEqual([3, 0]);
    expect(leadDaysFor('nl.action_plan', { default: [2], 'nl.action_plan': [14, 7] })).toEqual([14, 7]);
  });

  it('refuses unknown milestones and impossible numbers, naming them', () => {
    expect(validateLeadTimes({ default: [7, 0], 'be.rit_plan': [10] })).toEqual({ default: [7, 0], 'be.rit_plan': [10] });
    expect(() => validateLeadTimes({ 'nl.plan': [7] })).toThrow(/unknown milestone id "nl.plan"/);
    expect(() => validateLeadTimes({ default: [-1] })).toThrow(/default: -1/);
    expect(() => validateLeadTimes({ default: [] })).toThrow(/at least one/);
    expect(() => validateLeadTimes([7])).toThrow(/must be an object/);
  });
});
