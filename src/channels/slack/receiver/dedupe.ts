// Slack re-sends an event (with x-slack-retry-num) when our answer was slow or lost; the event_id
// stays the same. The store's inbox remembers every event id for a day, across restarts and
// across instances, so each event is handled once.
import type { InboxRepo } from '../../../store/store';
import type { Clock } from '../../../core/ports';

/** Slack retries for about an hour; a day leaves a wide margin. */
const EVENT_TTL_SECONDS = 24 * 3600;

export async function firstDelivery(inbox: InboxRepo, clock: Clock, body: Record<string, unknown>): Promise<boolean> {
  if (body.type !== 'event_callback' || typeof body.event_id !== 'string') return true;
  return inbox.firstSeen(`slack:event:${String(body.team_id ?? '')}:${body.event_id}`, EVENT_TTL_SECONDS, clock.now());
}
