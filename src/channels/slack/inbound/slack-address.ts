// Where Herstart can reach someone in Slack again, saved as an opaque conversation reference:
// the person's direct messages with the app, or the channel HR chose for escalations.
import { z } from 'zod';

export const SlackAddress = z.object({
  teamId: z.string().min(1),
  enterpriseId: z.string().nullable().default(null),
  kind: z.enum(['dm', 'channel']),
  channelId: z.string().min(1),
  /** For a direct message: whose, so a closed DM can be opened again. */
  userId: z.string().optional(),
});
export type SlackAddress = z.infer<typeof SlackAddress>;

export function dmAddress(teamId: string, enterpriseId: string | null, userId: string, channelId: string): SlackAddress {
  return { teamId, enterpriseId, kind: 'dm', channelId, userId };
}

export function channelAddress(teamId: string, enterpriseId: string | null, channelId: string): SlackAddress {
  return { teamId, enterpriseId, kind: 'channel', channelId };
}

export function parseSlackAddress(ref: unknown): SlackAddress | null {
  const parsed = SlackAddress.safeParse(ref);
  return parsed.success ? parsed.data : null;
}
