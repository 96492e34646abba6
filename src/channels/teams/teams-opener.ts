// Opening a one-to-one chat with a Teams user the bot shares a team with (the documented way to
// message a user proactively: create the conversation, then send). The team's address gives the
// service URL and the tenant; without one there is nothing to open with.
import { TurnContext, type CloudAdapter, type ConversationParameters } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationOpener } from '../../core/checkins/reach';
import type { Person } from '../../store/types';

/** The Bot Framework token audience for the public cloud. */
const AUDIENCE = 'https://api.botframework.com';

export class TeamsOpener implements ConversationOpener {
  readonly channel = 'teams' as const;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly logger: Logger,
  ) {}

  async open(person: Person, userId: string, via: Record<string, unknown> | null): Promise<Record<string, unknown> | null> {
    const serviceUrl = typeof via?.serviceUrl === 'string' ? via.serviceUrl : null;
    const conversation = (via?.conversation ?? {}) as { tenantId?: unknown };
    const bot = (via?.bot ?? null) as { id?: unknown; name?: unknown } | null;
    const tenantId = typeof conversation.tenantId === 'string' ? conversation.tenantId : null;
    if (!serviceUrl || !tenantId || !bot || typeof bot.id !== 'string') return null;
    const params = {
      isGroup: false,
      bot: { id: bot.id, name: typeof bot.name === 'string' ? bot.name : '' },
      members: [{ id: userId, name: person.displayName }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as unknown as ConversationParameters;
    let address: Record<string, unknown> | null = null;
    try {
      await this.adapter.createConversationAsync(this.appId, 'msteams', serviceUrl, AUDIENCE, params, async (turn) => {
        const { activityId: _activityId, ...ref } = TurnContext.getConversationReference(turn.activity) as unknown as Record<string, unknown>;
        address = ref;
      });
    } catch (err) {
      // Not installed for this user, or they left the team: the manager is asked to share the app.
      this.logger.warn({ err: err instanceof Error ? err.message : String(err), personId: person.id }, 'could not open a Teams chat with a person');
      return null;
    }
    return address;
  }
}
