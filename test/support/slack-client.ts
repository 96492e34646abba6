// Plays Slack in tests: sends signed Events API, interactivity and slash-command requests to the
// real server, waits until Herstart has finished the work it does after acknowledging, and
// reads what it did from the fake Web API.
import { createHmac, randomUUID } from 'node:crypto';
import { stringify } from 'node:querystring';
import type { App } from '../../src/app';
import type { FakeSlack, SlackCall } from './fake-slack';

export interface SlackUser {
  id: string;
  name: string;
}

export interface SlackTurn {
  status: number;
  body: string;
  calls: SlackCall[];
}

export class SlackClient {
  private seq = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly signingSecret: string,
    private readonly fake: FakeSlack,
    private readonly app: App,
    readonly teamId = fake.teamId,
  ) {}

  sign(body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
    const signature = `v0=${createHmac('sha256', this.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
  }

  /** Posts a body as Slack would (signed unless `headers` say otherwise) and waits for the work after the ack and after the answer. */
  async send(body: string, contentType: string, headers: Record<string, string> = {}): Promise<SlackTurn> {
    const before = this.fake.calls.length;
    const res = await fetch(`${this.baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...this.sign(body), ...headers },
      body,
    });
    const text = await res.text();
    await this.app.slack!.idle();
    await this.app.idle();
    return { status: res.status, body: text, calls: this.fake.calls.slice(before) };
  }

  json(payload: unknown, headers: Record<string, string> = {}): Promise<SlackTurn> {
    return this.send(JSON.stringify(payload), 'application/json', headers);
  }

  form(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<SlackTurn> {
    return this.send(stringify(fields), 'application/x-www-form-urlencoded', headers);
  }

  eventEnvelope(event: Record<string, unknown>, eventId = `Ev${randomUUID().slice(0, 8)}`): Record<string, unknown> {
    return { type: 'event_callback', team_id: this.teamId, api_app_id: 'A0HERSTART', event_id: eventId, event_time: 1, event };
  }

  dmChannel(user: SlackUser): string {
    return `D${user.id}`;
  }

  dm(user: SlackUser, text: string): Promise<SlackTurn> {
    return this.json(
      this.eventEnvelope({ type: 'message', channel_type: 'im', channel: this.dmChannel(user), user: user.id, text, ts: `${++this.seq}.0001` }),
    );
  }

  openApp(user: SlackUser, tab: 'home' | 'messages'): Promise<SlackTurn> {
    return this.json(this.eventEnvelope({ type: 'app_home_opened', user: user.id, channel: this.dmChannel(user), tab }));
  }

  command(user: SlackUser, text: string, channelId = this.dmChannel(user)): Promise<SlackTurn> {
    return this.form({
      command: '/herstart',
      text,
      team_id: this.teamId,
      user_id: user.id,
      user_name: user.name.toLowerCase().replace(/\s+/g, '.'),
      channel_id: channelId,
      trigger_id: `trigger-${++this.seq}`,
      response_url: this.fake.responseUrl(`cmd-${this.seq}`),
    });
  }

  /** Presses a button in a message (`container.type: message`) or in a view (Home tab or modal). */
  click(
    user: SlackUser,
    button: { action_id: string; value?: string },
    where: { message: { channel: string; ts: string; state?: Record<string, unknown> } } | { view: { id: string; type: string; private_metadata?: string; state?: Record<string, unknown> } },
  ): Promise<SlackTurn> {
    const base = {
      type: 'block_actions',
      user: { id: user.id, name: user.name, team_id: this.teamId },
      team: { id: this.teamId },
      trigger_id: `trigger-${++this.seq}`,
      actions: [{ action_id: button.action_id, type: 'button', value: button.value, action_ts: `${this.seq}.5` }],
      response_url: this.fake.responseUrl(`act-${this.seq}`),
    };
    const payload =
      'message' in where
        ? {
            ...base,
            container: { type: 'message', channel_id: where.message.channel, message_ts: where.message.ts, is_ephemeral: false },
            channel: { id: where.message.channel },
            message: { ts: where.message.ts },
            state: { values: where.message.state ?? {} },
          }
        : {
            ...base,
            container: { type: 'view', view_id: where.view.id },
            view: { ...where.view, state: { values: where.view.state ?? {} } },
          };
    return this.form({ payload: JSON.stringify(payload) });
  }

  /** Submits a modal we were shown, with the person's entries as Slack's state.values. */
  submitView(user: SlackUser, view: Record<string, any> & { id: string }, values: Record<string, unknown>): Promise<SlackTurn> {
    const payload = {
      type: 'view_submission',
      user: { id: user.id, name: user.name, team_id: this.teamId },
      team: { id: this.teamId },
      trigger_id: `trigger-${++this.seq}`,
      view: { ...view, type: 'modal', state: { values } },
    };
    return this.form({ payload: JSON.stringify(payload) });
  }
}

/** Every button in a list of blocks, with its submit data. */
export function buttonsOf(blocks: any[]): Array<{ action_id: string; value?: string; text: string; data: Record<string, unknown> }> {
  return (blocks ?? [])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements)
    .filter((e: any) => e.type === 'button')
    .map((e: any) => ({ action_id: e.action_id, value: e.value, text: e.text?.text ?? '', data: e.value ? JSON.parse(e.value) : {} }));
}

export function buttonFor(blocks: any[], action: string): { action_id: string; value?: string } {
  const found = buttonsOf(blocks).find((b) => b.data.action === action);
  if (!found) throw new Error(`no button for ${action} in ${JSON.stringify(blocks).slice(0, 400)}`);
  return { action_id: found.action_id, value: found.value };
}

/** The input block for an input id (`ac|<kind>|<id>`). */
export function inputBlock(blocks: any[], id: string): any {
  return (blocks ?? []).find((b) => b.type === 'input' && String(b.block_id).split('|')[2] === encodeURIComponent(id)) ?? null;
}

/** Slack's state.values for the given entries, shaped by each input's element type. */
export function stateFor(blocks: any[], entries: Record<string, string | string[]>): Record<string, unknown> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [id, value] of Object.entries(entries)) {
    const block = inputBlock(blocks, id);
    if (!block) throw new Error(`no input ${id}`);
    const el = block.element;
    const list = Array.isArray(value) ? value : value === '' ? [] : [value];
    let state: Record<string, unknown>;
    switch (el.type) {
      case 'datepicker':
        state = { type: el.type, selected_date: value || null };
        break;
      case 'static_select':
      case 'radio_buttons':
        state = { type: el.type, selected_option: value ? { value } : null };
        break;
      case 'checkboxes':
      case 'multi_static_select':
        state = { type: el.type, selected_options: list.map((v) => ({ value: v })) };
        break;
      default:
        state = { type: el.type, value: Array.isArray(value) ? value.join(',') : value };
    }
    values[block.block_id] = { [el.action_id]: state };
  }
  return values;
}

/** Everything a person reads in the given calls: message texts and block texts. */
export function shownText(calls: SlackCall[]): string {
  const parts: string[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node.text === 'string') parts.push(node.text);
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  for (const c of calls) {
    if (typeof c.params.text === 'string') parts.push(c.params.text);
    walk(c.params.blocks);
    walk(c.params.view?.blocks);
  }
  return parts.join('\n');
}
