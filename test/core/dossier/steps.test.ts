import { applyDocument } from '../../../src/core/dossier/steps';
import { closeCase, openCase, reportRecovery } from '../../../src/domain/case-events';
import { computeDeadlines } from '../../../src/domain/deadlines';
import { legalEntries } from '../../../src/domain/legal/entries';
import { recordLegalEvent } from '../../../src/domain/legal/events';

const sick = () => openCase({ id: 'c1', tenantId: 't', employeeId: 'e', managerId: 'm', jurisdiction: 'NL', employerSize: 50, firstSickDay: '2025-01-06', createdAt: '2025-01-06T09:00:00Z' });
const firstYear = (secondTrack: string, on = '2025-12-15') => ({ type: 'nl.first_year_evaluation' as const, on, fields: { lookBack: 'x', outlook: 'y', secondTrack, secondTrackReason: 'z' } });

describe('saving a final first-year evaluation', () => {
  it('marks its step done and records the second-track decision, which the legal timeline then shows', () => {
    const c = applyDocument(sick(), firstYear('started'));
    expect(c.milestonesDone).toContainEqual(expect.objectContaining({ id: 'nl.first_year_evaluation', on: '2025-12-15' }));
    expect(c.legal?.secondTrack?.decision).toEqual({ needed: true, on: '2025-12-15' });
    expect(legalEntries(c)).toContainEqual(expect.objectContaining({ id: 'second_track_decision', on: '2025-12-15' }));
    const report = computeDeadlines(c, '2025-12-20');
    expect(report.milestones.map((m) => m.id)).toContain('nl.second_track_start');
  });

  it('records "not started" as a decision that no second track is needed', () => {
    expect(applyDocument(sick(), firstYear('not_started')).legal?.secondTrack?.decision).toEqual({ needed: false, on: '2025-12-15' });
  });

  it('an adjustment on a later day records the changed decision; a document older than a recorded decision leaves it', () => {
    const adjusted = applyDocument(applyDocument(sick(), firstYear('not_started')), firstYear('started', '2026-01-20'));
    expect(adjusted.legal?.secondTrack?.decision).toEqual({ needed: true, on: '2026-01-20' });
    const decided = recordLegalEvent(sick(), { event: 'second_track_decision', on: '2026-01-20', needed: true });
    expect(applyDocument(decided, firstYear('not_started')).legal?.secondTrack?.decision).toEqual({ needed: true, on: '2026-01-20' });
  });

  it('a closed case changes no more', () => {
    const closed = closeCase(reportRecovery(sick(), { on: '2025-05-01' }), { on: '2025-06-01' });
    expect(applyDocument(closed, firstYear('started'))).toBe(closed);
  });
});
