// Which tenant a channel key belongs to and which person an identity is: looked up once per
// process and kept, since they stay put (only linking two apps moves them). Each use checks the
// freshly read tenant and person still list the key, so a moved key is noticed on its next turn
// and looked up again; the documents themselves (settings, roles, names) are never cached here.
const MAX_ENTRIES = 50_000;

export class IdCache {
  private readonly ids = new Map<string, string>();

  tenantOf(channelKey: string): string | undefined {
    return this.ids.get(`k\n${channelKey}`);
  }

  personOf(tenantId: string, identityKey: string): string | undefined {
    return this.ids.get(`i\n${tenantId}\n${identityKey}`);
  }

  rememberTenant(channelKey: string, tenantId: string): void {
    this.set(`k\n${channelKey}`, tenantId);
  }

  rememberPerson(tenantId: string, identityKey: string, personId: string): void {
    this.set(`i\n${tenantId}\n${identityKey}`, personId);
  }

  forgetTenant(channelKey: string): void {
    this.ids.delete(`k\n${channelKey}`);
  }

  forgetPerson(tenantId: string, identityKey: string): void {
    this.ids.delete(`i\n${tenantId}\n${identityKey}`);
  }

  private set(key: string, value: string): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.ids.size >= MAX_ENTRIES && !this.ids.has(key)) this.ids.delete(this.ids.keys().next().value!);
    this.ids.set(key, value);
  }
}
