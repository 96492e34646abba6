import type { Container, SqlParameter } from '@azure/cosmos';
import type { Case } from '../../domain/case';
import type { CaseListFilter, CaseRepo } from '../store';
import type { Versioned } from '../types';
import type { CosmosOps, Item, Stored } from './cosmos-ops';
import { safeId } from './ids';

export interface CaseItem extends Item {
  tenantId: string;
  doc: Case;
}

export const caseItemId = (caseId: string) => safeId(caseId);

export function toCaseItem(c: Case): CaseItem {
  return { id: caseItemId(c.id), tenantId: c.tenantId, doc: c };
}

export class CosmosCaseRepo implements CaseRepo {
  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
  ) {}

  async get(tenantId: string, caseId: string): Promise<Versioned<Case> | null> {
    return versioned(await this.ops.read<CaseItem>('cases.get', this.c, caseItemId(caseId), tenantId));
  }

  async getMany(tenantId: string, caseIds: readonly string[]): Promise<Case[]> {
    if (caseIds.length === 0) return [];
    // Item ids are indexed whatever the policy.
    const res = await this.ops.queryTenant<CaseItem>('cases.getMany', this.c, tenantId, {
      where: ['ARRAY_CONTAINS(@ids, c.id)'],
      parameters: [{ name: '@ids', value: [...new Set(caseIds)].map(caseItemId) }],
    });
    return res.items.map((i) => i.doc);
  }

  async list(tenantId: string, filter: CaseListFilter = {}): Promise<Versioned<Case>[]> {
    const where: string[] = [];
    const parameters: SqlParameter[] = [];
    const add = (path: string, name: string, value: string | undefined) => {
      if (value === undefined) return;
      where.push(`c.doc.${path} = ${name}`);
      parameters.push({ name, value });
    };
    add('status', '@status', filter.status);
    add('managerId', '@manager', filter.managerId);
    add('employeeId', '@employee', filter.employeeId);
    const res = await this.ops.queryTenant<CaseItem & { _etag: string }>('cases.list', this.c, tenantId, {
      where,
      parameters,
      orderBy: 'c.doc.createdAt',
    });
    return res.items.map((i) => ({ value: i.doc, etag: i._etag }));
  }

  async create(c: Case): Promise<Versioned<Case>> {
    const stored = await this.ops.create('cases.create', this.c, toCaseItem(c), c.tenantId);
    return { value: c, etag: stored.etag };
  }

  async update(c: Case, etag: string): Promise<Versioned<Case>> {
    const stored = await this.ops.replace('cases.update', this.c, toCaseItem(c), c.tenantId, etag);
    return { value: c, etag: stored.etag };
  }
}

function versioned(s: Stored<CaseItem> | null): Versioned<Case> | null {
  return s ? { value: s.item.doc, etag: s.etag } : null;
}
