import { guard, guardBreakdown, MIN_GROUP } from '../../../src/domain/figures/small-groups';

describe('the small-group rule', () => {
  it.each([
    [0, false],
    [1, false],
    [MIN_GROUP - 1, false],
    [MIN_GROUP, true],
    [40, true],
  ])('a figure about %i people is shown: %s', (people, shown) => {
    const g = guard(people, 12.5);
    expect(g.shown).toBe(shown);
    expect(g.value).toBe(shown ? 12.5 : null);
    // A hidden figure does not say how many people it was about either.
    expect(g.people).toBe(shown ? people : null);
  });

  it.each([
    ['nothing small', { a: 5, b: 7, c: 0 }, { a: 5, b: 7, c: 0 }],
    ['one small cell takes the next smallest with it', { a: 2, b: 6, c: 9 }, { a: null, b: null, c: 9 }],
    ['two small cells hide each other', { a: 2, b: 3, c: 9 }, { a: null, b: null, c: 9 }],
    ['zero is not a group and stays', { a: 0, b: 3, c: 9 }, { a: 0, b: null, c: null }],
  ])('breakdown: %s', (_name, counts, want) => {
    expect(guardBreakdown(counts as Record<string, number>)).toEqual(want);
  });
});
