// Plays Microsoft Teams in tests: posts Bot Framework activities to the real server and reads
// the bot's answers from the fake connector.
import { randomUUID } from 'node:crypto';
import type { FakeConnector, RecordedCall } from './fake-connector';

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export interface TeamsConversation {
  id: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
}

export class TeamsClient {
  constructor(
    private readonly botUrl: string,
    private readonly connector: FakeConnector,
    readonly tenantId = 'tenant-contoso',
    readonly locale = 'nl-NL',
    /** Waits for the app's work after the answer (plans, conversation references), so a test sees what it wrote. */
    private readonly afterAnswer: () => Promise<void> = async () => {},
  ) {}

  personal(user: TeamsUser): TeamsConversation {
    return { id: `a:personal-${user.aadObjectId}`, conversationType: 'personal' };
  }

  activity(user: TeamsUser, conversation: TeamsConversation, extra: Record<string, unknown>): Record<string, unknown> {
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      timestamp: new Date().toISOString(),
      locale: this.locale,
      from: { id: `29:${user.id}`, aadObjectId: user.aadObjectId, name: user.name },
      recipient: { id: '28:herstart-bot', name: 'Herstart' },
      conversation: { ...conversation, tenantId: this.tenantId },
      channelData: { tenant: { id: this.tenantId } },
      ...extra,
    };
  }

  async post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  /** Sends and returns what the bot sent back during this turn. */
  async turn(activity: Record<string, unknown>): Promise<RecordedCall[]> {
    const before = this.connector.calls.length;
    const res = await this.post(activity);
    if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${await res.text()}`);
    await this.afterAnswer();
    return this.connector.calls.slice(before).filter((c) => c.body && c.body.type);
  }

  say(user: TeamsUser, text: string, conversation = this.personal(user), entities: unknown[] = []): Promise<RecordedCall[]> {
    return this.turn(this.activity(user, conversation, { type: 'message', text, entities }));
  }

  /**
   * Presses a card button as Teams does: an Action.Execute invoke carrying the button's data merged
   * with the inputs. Returns what the bot sent to the chat during the turn, followed by the answer
   * to the invoke itself as a pseudo call (method INVOKE): a replacement card in `body.attachments`,
   * or a note in `body.text` (body.type 'invokeNote').
   */
  async submit(user: TeamsUser, cardActivityId: string, value: Record<string, unknown>, conversation = this.personal(user)): Promise<RecordedCall[]> {
    const { action, ...rest } = value;
    const before = this.connector.calls.length;
    const res = await this.post(
      this.activity(user, conversation, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: cardActivityId,
        value: { action: { type: 'Action.Execute', verb: action, data: { action, ...rest } }, trigger: 'manual' },
      }),
    );
    if (res.status !== 200) throw new Error(`bot answered the invoke with ${res.status}: ${await res.text()}`);
    const answer = (await res.json()) as { statusCode: number; type: string; value: unknown };
    await this.afterAnswer();
    const sent = this.connector.calls.slice(before).filter((c) => c.body && c.body.type);
    return [...sent, invokeAnswerCall(answer, conversation.id, cardActivityId)];
  }

  /** Presses an Action.Submit button, as the Emulator and Web Chat send it: a message with a value. */
  submitMessage(user: TeamsUser, cardActivityId: string, value: Record<string, unknown>, conversation = this.personal(user)): Promise<RecordedCall[]> {
    return this.turn(this.activity(user, conversation, { type: 'message', value, replyToId: cardActivityId }));
  }

  install(user: TeamsUser, conversation = this.personal(user)): Promise<RecordedCall[]> {
    return this.turn(
      this.activity(user, conversation, { type: 'conversationUpdate', membersAdded: [{ id: '28:herstart-bot' }] }),
    );
  }
}

/** The bot's answer to an Action.Execute invoke, shaped like a recorded call so tests read it alike. */
function invokeAnswerCall(answer: { statusCode: number; type: string; value: unknown }, conversationId: string, activityId: string): RecordedCall {
  const body =
    answer.type === 'application/vnd.microsoft.card.adaptive'
      ? { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: answer.value }] }
      : { type: 'invokeNote', text: String(answer.value), answerType: answer.type };
  return { method: 'INVOKE', path: '(invoke response)', conversationId, activityId, body, headers: {}, at: Date.now(), status: answer.statusCode };
}

/** The Adaptive Card in a recorded activity, if it has one. */
export function cardOf(call: RecordedCall): any {
  return call.body?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content ?? null;
}

/** Every submit button in a card (Action.Submit or Action.Execute, top level and in action sets), with its data. */
export function submitActions(card: any): Array<{ title: string; data: Record<string, unknown> }> {
  const out: Array<{ title: string; data: Record<string, unknown> }> = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.Submit' || node.type === 'Action.Execute') out.push({ title: node.title, data: node.data ?? {} });
    // A card's `refresh` is what Teams invokes by itself when the card is shown, not a button.
    for (const [k, v] of Object.entries(node)) if (k !== 'refresh') walk(v);
  };
  walk(card);
  return out;
}

/** An input element in a card by id. */
export function inputOf(card: any, id: string): any {
  let found: any = null;
  const walk = (node: any) => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id === id) {
      found = node;
      return;
    }
    for (const v of Object.values(node)) walk(v);
  };
  walk(card);
  return found;
}

/** All visible text of a card, for asserting what the user reads. */
export function cardText(card: any): string {
  const parts: string[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    for (const key of ['text', 'title', 'value', 'label']) if (typeof node[key] === 'string') parts.push(node[key]);
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return parts.join('\n');
}
