// Applying a card submit exactly once. The submit id is the record's idempotency key: a
// re-delivered or double-clicked submit finds its record and changes nothing.
import { isDomainError } from '../domain/errors';
import type { CaseRecord, RecordKind } from '../store/types';
import type { FlowContext } from './flow-context';

export async function alreadyRecorded(fc: FlowContext, caseId: string, submitId: string): Promise<boolean> {
  const found = await fc.store.records.findByKey(fc.session.tenant.id, submitId);
  return found !== null && found.caseId === caseId;
}

export type Applied = { duplicate: true } | { duplicate: false; record: CaseRecord };

/**
 * Runs `apply` (the case change), then appends the record. A domain error from a repeat that
 * raced the first delivery is recognised by the record the first one left. Without `apply` the
 * submit only adds a record, and the append alone decides (atomically) whether it is new.
 * The re-plan marker (ChangeListener.changing) is written alongside the first write, not after.
 * `recorded` is the duplicate check when the caller made it already, alongside its own reads.
 */
export async function applyOnce(
  fc: FlowContext,
  opts: { caseId: string; submitId: string; kind: RecordKind; personId: string; data: Record<string, unknown>; recorded?: boolean },
  apply?: () => Promise<void>,
): Promise<Applied> {
  const tenantId = fc.session.tenant.id;
  if (apply) {
    if (opts.recorded ?? (await alreadyRecorded(fc, opts.caseId, opts.submitId))) return { duplicate: true };
    try {
      await Promise.all([apply(), fc.changes.changing?.(tenantId, opts.caseId)]);
    } catch (err) {
      if (isDomainError(err) && (await alreadyRecorded(fc, opts.caseId, opts.submitId))) return { duplicate: true };
      throw err;
    }
  }
  const [{ record, duplicate }] = await Promise.all([
    fc.store.records.append({
      id: fc.newId(),
      tenantId,
      caseId: opts.caseId,
      personId: opts.personId,
      kind: opts.kind,
      idempotencyKey: opts.submitId,
      createdBy: fc.session.person.id,
      createdAt: fc.clock.now().toISOString(),
      data: opts.data,
    }),
    apply ? undefined : fc.changes.changing?.(tenantId, opts.caseId),
  ]);
  if (duplicate) return { duplicate: true };
  if (apply) await fc.changes.caseChanged(tenantId, opts.caseId);
  await fc.changes.recordAdded(record);
  return { duplicate: false, record };
}
