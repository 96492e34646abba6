import { PHASES } from '../../src/domain/case';
import {
  LABELLED_MILESTONES,
  LOCALES,
  milestoneLabel,
  phaseLabel,
  resolveLocale,
  responsibleLabel,
  statusLabel,
} from '../../src/domain/labels';
import { MILESTONE_IDS } from '../../src/domain/rules';

describe('labels', () => {
  it('has a label for every milestone in every rule pack, and none for milestones that do not exist', () => {
    expect([...LABELLED_MILESTONES].sort()).toEqual([...MILESTONE_IDS].sort());
    for (const id of MILESTONE_IDS) {
      for (const locale of LOCALES) expect(milestoneLabel(id, locale)).not.toBe(id);
      expect(milestoneLabel(id, 'en')).not.toBe(milestoneLabel(id, 'nl-NL'));
    }
  });

  it('uses Belgian wording where it differs', () => {
    expect(phaseLabel('return', 'nl-NL')).toBe('Terugkeer');
    expect(phaseLabel('return', 'nl-BE')).toBe('Werkhervatting');
    expect(responsibleLabel('external', 'nl-NL', 'occupational_doctor')).toBe('bedrijfsarts');
    expect(responsibleLabel('external', 'nl-BE', 'occupational_doctor')).toBe('arbeidsarts');
    for (const phase of PHASES) for (const locale of LOCALES) expect(phaseLabel(phase, locale).length).toBeGreaterThan(3);
  });

  it('reads a passed event and a lapsed right differently from an overdue duty', () => {
    expect(statusLabel('overdue', 'nl-NL')).toBe('te laat');
    expect(statusLabel('overdue', 'nl-NL', 'right')).toBe('verlopen');
    expect(statusLabel('done', 'en', 'event')).toBe('passed');
  });

  it('resolves channel locale tags', () => {
    expect(resolveLocale('en-US')).toBe('en');
    expect(resolveLocale('nl_BE')).toBe('nl-BE');
    expect(resolveLocale('fr-BE', 'BE')).toBe('fr-BE');
    expect(resolveLocale('fr-FR', 'NL')).toBe('fr-BE');
    expect(resolveLocale('de-DE', 'BE')).toBe('nl-BE');
    expect(resolveLocale(undefined, 'NL')).toBe('nl-NL');
  });
});
