// The inbox key of a Slack request. Slack re-sends an event (with x-slack-retry-num) when our
// answer was slow or lost; the event_id stays the same, so each event is handled once. Slack
// never re-sends interactions or slash commands; each carries a trigger id of its own.
import { createHash } from 'node:crypto';

/** Slack retries for about an hour; a day leaves a wide margin. */
export const SLACK_DEDUPE_TTL_SECONDS = 24 * 3600;

function teamOf(body: Record<string, unknown>): string {
  if (typeof body.team_id === 'string') return body.team_id;
  const team = body.team as { id?: unknown } | null | undefined;
  return typeof team?.id === 'string' ? team.id : '';
}

export function deliveryKey(body: Record<string, unknown>, rawBody: string): string {
  const team = teamOf(body);
  if (body.type === 'event_callback' && typeof body.event_id === 'string') return `slack:event:${team}:${body.event_id}`;
  const trigger = typeof body.trigger_id === 'string' && body.trigger_id ? body.trigger_id : createHash('sha256').update(rawBody).digest('base64url');
  return `slack:request:${team}:${trigger}`;
}
