// Which kept Slack delivery the current work belongs to, so that its answers can be told apart in
// the conversation: each post carries the delivery's key and a digest of its text as Slack message
// metadata. When a delivery is handled again from the store (its process died half-way), a post
// already in the conversation for it is not posted twice.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

export const REPLY_EVENT_TYPE = 'herstart_reply';

export interface DeliveryContext {
  key: string;
  /** Handled from the store: some answers may be in the conversation already. */
  resumed: boolean;
  /** Per channel: digests of the answers already posted for this delivery (looked up once). */
  posted: Map<string, Promise<string[]>>;
}

const storage = new AsyncLocalStorage<DeliveryContext>();

export function withDelivery<T>(key: string, resumed: boolean, work: () => Promise<T>): Promise<T> {
  return storage.run({ key, resumed, posted: new Map() }, work);
}

export function currentDelivery(): DeliveryContext | undefined {
  return storage.getStore();
}

export function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
