import type { ConversationRefRepo } from '../store';
import type { Channel, ConversationRef } from '../types';
import { parseDoc, type SqliteRunner } from './runner';

type Row = { doc: string };

export class SqliteConversationRefRepo implements ConversationRefRepo {
  private readonly upsert;
  private readonly byKey;
  private readonly byOwner;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    this.upsert = db.prepare(
      `INSERT INTO conversation_refs (tenant_id, owner_id, channel, doc) VALUES (?, ?, ?, ?)
       ON CONFLICT (tenant_id, owner_id, channel) DO UPDATE SET doc = excluded.doc`,
    );
    this.byKey = db.prepare<[string, string, string], Row>(
      'SELECT doc FROM conversation_refs WHERE tenant_id = ? AND owner_id = ? AND channel = ?',
    );
    this.byOwner = db.prepare<[string, string], Row>(
      'SELECT doc FROM conversation_refs WHERE tenant_id = ? AND owner_id = ? ORDER BY channel',
    );
  }

  save(ref: ConversationRef): Promise<void> {
    return this.run.write('refs.save', () => {
      this.upsert.run(ref.tenantId, ref.ownerId, ref.channel, JSON.stringify(ref));
    });
  }

  get(tenantId: string, ownerId: string, channel: Channel): Promise<ConversationRef | null> {
    return this.run.read('refs.get', () => {
      const row = this.byKey.get(tenantId, ownerId, channel);
      return row ? parseDoc<ConversationRef>(row) : null;
    });
  }

  listForOwner(tenantId: string, ownerId: string): Promise<ConversationRef[]> {
    return this.run.read('refs.listForOwner', () => this.byOwner.all(tenantId, ownerId).map((r) => parseDoc<ConversationRef>(r)));
  }

  listForOwners(tenantId: string, ownerIds: readonly string[]): Promise<ConversationRef[]> {
    return this.run.read('refs.listForOwners', () => [...new Set(ownerIds)].flatMap((o) => this.byOwner.all(tenantId, o).map((r) => parseDoc<ConversationRef>(r))));
  }

  markDead(tenantId: string, ownerId: string, channel: Channel, reason: string): Promise<void> {
    return this.run.write('refs.markDead', () => {
      const row = this.byKey.get(tenantId, ownerId, channel);
      if (!row) return;
      const ref: ConversationRef = { ...parseDoc<ConversationRef>(row), dead: true, deadReason: reason };
      this.upsert.run(tenantId, ownerId, channel, JSON.stringify(ref));
    });
  }
}
