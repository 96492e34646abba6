// More than one part of the app follows changes (the plan queue, the workspace's row cache):
// the core calls one listener, which tells them all at once, so their writes cost the turn one
// round trip, not one each.
import type { ChangeListener } from './flow-context';
import type { CaseRecord } from '../store/types';

export function fanOut(...listeners: ChangeListener[]): ChangeListener {
  return {
    async changing(tenantId: string, caseId: string) {
      await Promise.all(listeners.map((l) => l.changing?.(tenantId, caseId)));
    },
    async caseChanged(tenantId: string, caseId: string) {
      await Promise.all(listeners.map((l) => l.caseChanged(tenantId, caseId)));
    },
    async recordAdded(record: CaseRecord) {
      await Promise.all(listeners.map((l) => l.recordAdded(record)));
    },
  };
}
