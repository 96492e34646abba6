// More than one part of the app follows changes (the case re-planner, the check-in planner): the
// core calls one listener, which tells each in turn.
import type { ChangeListener } from './flow-context';
import type { CaseRecord } from '../store/types';

export function fanOut(...listeners: ChangeListener[]): ChangeListener {
  return {
    async caseChanged(tenantId: string, caseId: string) {
      for (const l of listeners) await l.caseChanged(tenantId, caseId);
    },
    async recordAdded(record: CaseRecord) {
      for (const l of listeners) await l.recordAdded(record);
    },
  };
}
