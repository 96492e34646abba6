import type { Container, SqlParameter } from '@azure/cosmos';
import type { AppendResult, RecordFields, RecordFilter, RecordRepo } from '../store';
import { checkedFields } from '../record-fields';
import type { CaseRecord, RecordKind } from '../types';
import { ConflictError } from '../errors';
import { mapLimit } from '../map-limit';
import type { CosmosOps, Item } from './cosmos-ops';
import { recordItemId } from './ids';

export interface RecordItem extends Item {
  tenantId: string;
  doc: CaseRecord;
}

export const DELETE_CONCURRENCY = 8;

export class CosmosRecordRepo implements RecordRepo {
  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
  ) {}

  async append(record: CaseRecord): Promise<AppendResult> {
    const id = recordItemId(record.tenantId, record.idempotencyKey);
    // The id is the idempotency key: whichever append creates it first wins, the others read it.
    for (let round = 0; round < 3; round++) {
      try {
        await this.ops.create<RecordItem>('records.append', this.c, { id, tenantId: record.tenantId, doc: record }, record.tenantId);
        return { record, duplicate: false };
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
      const existing = await this.ops.read<RecordItem>('records.append', this.c, id, record.tenantId);
      if (existing) return { record: existing.item.doc, duplicate: true };
    }
    throw new ConflictError(`record ${record.idempotencyKey} is being written and erased at once`);
  }

  async findByKey(tenantId: string, idempotencyKey: string): Promise<CaseRecord | null> {
    const found = await this.ops.read<RecordItem>('records.findByKey', this.c, recordItemId(tenantId, idempotencyKey), tenantId);
    return found ? found.item.doc : null;
  }

  async list(tenantId: string, filter: RecordFilter = {}): Promise<CaseRecord[]> {
    const where: string[] = [];
    const parameters: SqlParameter[] = [];
    for (const [field, value] of [['caseId', filter.caseId], ['personId', filter.personId], ['kind', filter.kind]] as const) {
      if (value === undefined) continue;
      where.push(`c.doc.${field} = @${field}`);
      parameters.push({ name: `@${field}`, value });
    }
    if (filter.latest !== undefined) {
      parameters.push({ name: '@latest', value: Math.max(0, Math.floor(filter.latest)) });
      const res = await this.ops.queryTenant<RecordItem>('records.list', this.c, tenantId, { select: 'TOP @latest *', where, parameters, orderBy: 'c.doc.createdAt DESC' });
      return res.items.map((i) => i.doc).reverse();
    }
    const res = await this.ops.queryTenant<RecordItem>('records.list', this.c, tenantId, { where, parameters, orderBy: 'c.doc.createdAt' });
    return res.items.map((i) => i.doc);
  }

  async latestForCases(tenantId: string, caseIds: readonly string[], latest: number): Promise<CaseRecord[]> {
    const ids = [...new Set(caseIds)];
    const n = Math.max(0, Math.floor(latest));
    if (ids.length === 0 || n === 0) return [];
    // The newest records of all the cases together, at most `n` per case on average: each case
    // gets a run of its newest records. Only when that cap was reached can a case with fewer than
    // `n` have been cut short by busier ones; those few are read on their own.
    const cap = n * ids.length;
    const res = await this.ops.queryTenant<RecordItem>('records.latestForCases', this.c, tenantId, {
      select: 'TOP @cap *',
      where: ['ARRAY_CONTAINS(@cases, c.doc.caseId)'],
      parameters: [{ name: '@cap', value: cap }, { name: '@cases', value: ids }],
      orderBy: 'c.doc.createdAt DESC',
    });
    const byCase = new Map<string, CaseRecord[]>(ids.map((id) => [id, []]));
    for (const i of res.items) byCase.get(i.doc.caseId ?? '')?.push(i.doc);
    const short = res.items.length < cap ? [] : ids.filter((id) => byCase.get(id)!.length < n);
    await mapLimit(short, 4, async (id) => {
      byCase.set(id, (await this.list(tenantId, { caseId: id, latest: n })).reverse());
    });
    return ids.flatMap((id) => byCase.get(id)!.slice(0, n).reverse());
  }

  async fieldsOf(tenantId: string, filter: { caseIds: readonly string[]; kind: RecordKind }, fields: readonly string[]): Promise<RecordFields[]> {
    // Checked identifiers only: they become part of the query text (the projection object).
    const data = checkedFields(fields).map((f) => `"${f}": c.doc.data.${f}`).join(', ');
    if (filter.caseIds.length === 0) return [];
    const res = await this.ops.queryTenant<RecordFields>('records.fieldsOf', this.c, tenantId, {
      select: `c.doc.caseId AS caseId, c.doc.createdAt AS createdAt, {${data}} AS data`,
      where: ['c.doc.kind = @kind', 'ARRAY_CONTAINS(@caseIds, c.doc.caseId)'],
      parameters: [
        { name: '@kind', value: filter.kind },
        { name: '@caseIds', value: [...new Set(filter.caseIds)] },
      ],
      orderBy: 'c.doc.createdAt',
    });
    return res.items.map((i) => ({ caseId: i.caseId, createdAt: i.createdAt, data: i.data ?? {} }));
  }

  async deleteForPerson(tenantId: string, personId: string, kinds: RecordKind[]): Promise<number> {
    if (kinds.length === 0) return 0;
    const res = await this.ops.queryTenant<string>('records.deleteForPerson', this.c, tenantId, {
      select: 'VALUE c.id',
      where: ['c.doc.personId = @person', 'ARRAY_CONTAINS(@kinds, c.doc.kind)'],
      parameters: [
        { name: '@person', value: personId },
        { name: '@kinds', value: kinds },
      ],
    });
    return this.deleteAll(tenantId, res.items);
  }

  async deleteOneForPerson(tenantId: string, personId: string, idempotencyKey: string, kinds: RecordKind[]): Promise<boolean> {
    const id = recordItemId(tenantId, idempotencyKey);
    const found = await this.ops.read<RecordItem>('records.deleteOneForPerson', this.c, id, tenantId);
    if (!found || found.item.doc.personId !== personId || !kinds.includes(found.item.doc.kind)) return false;
    return (await this.deleteAll(tenantId, [id])) === 1;
  }

  /** Deletes items by id within the tenant; returns how many this call removed. */
  async deleteAll(tenantId: string, ids: string[]): Promise<number> {
    const done = await mapLimit(ids, DELETE_CONCURRENCY, (id) => this.ops.delete('records.delete', this.c, id, tenantId));
    return done.filter(Boolean).length;
  }
}
