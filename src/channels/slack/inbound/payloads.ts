// The parts of Slack's payloads Herstart reads, checked with zod before anything acts on them.
// Objects are loose: Slack adds fields over time and we pass them by untouched.
import { z } from 'zod';

const Id = z.string().min(1).max(64);
const StateValues = z.record(z.string(), z.unknown());

export const MessageEvent = z.looseObject({
  type: z.literal('message'),
  channel: Id,
  channel_type: z.string().optional(),
  user: Id.optional(),
  text: z.string().max(40_000).optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  ts: z.string().optional(),
});
export type MessageEvent = z.infer<typeof MessageEvent>;

export const AppHomeOpened = z.looseObject({
  type: z.literal('app_home_opened'),
  user: Id,
  channel: Id,
  tab: z.string(),
});
export type AppHomeOpened = z.infer<typeof AppHomeOpened>;

export const EventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: Id,
  enterprise_id: Id.nullish(),
  event_id: Id,
  event: z.looseObject({ type: z.string().min(1) }),
});

export const SlashCommand = z.looseObject({
  command: z.string().startsWith('/'),
  text: z.string().max(4000).default(''),
  team_id: Id,
  enterprise_id: Id.nullish(),
  user_id: Id,
  user_name: z.string().optional(),
  channel_id: Id,
  trigger_id: z.string().min(1),
  response_url: z.string().url(),
});
export type SlashCommand = z.infer<typeof SlashCommand>;

const User = z.looseObject({ id: Id, team_id: Id.optional(), name: z.string().optional(), username: z.string().optional() });
const Team = z.looseObject({ id: Id }).nullable();

export const ViewPayload = z.looseObject({
  id: Id,
  type: z.string(),
  callback_id: z.string().optional(),
  private_metadata: z.string().max(3000).optional(),
  state: z.looseObject({ values: StateValues }).optional(),
  root_view_id: z.string().nullish(),
  previous_view_id: z.string().nullish(),
  hash: z.string().optional(),
  blocks: z.array(z.looseObject({ type: z.string() })).optional(),
  title: z.looseObject({ type: z.string(), text: z.string() }).optional(),
  submit: z.looseObject({ type: z.string(), text: z.string() }).nullish(),
  close: z.looseObject({ type: z.string(), text: z.string() }).nullish(),
});
export type ViewPayload = z.infer<typeof ViewPayload>;

export const BlockActions = z.looseObject({
  type: z.literal('block_actions'),
  user: User,
  team: Team.optional(),
  enterprise: z.looseObject({ id: Id }).nullish(),
  trigger_id: z.string().min(1),
  actions: z
    .array(z.looseObject({ action_id: z.string().min(1).max(255), type: z.string(), value: z.string().max(2000).optional(), action_ts: z.string().optional() }))
    .min(1),
  container: z.looseObject({
    type: z.string(),
    message_ts: z.string().optional(),
    channel_id: z.string().optional(),
    view_id: z.string().optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  view: ViewPayload.optional(),
  state: z.looseObject({ values: StateValues }).optional(),
  response_url: z.string().url().optional(),
});
export type BlockActions = z.infer<typeof BlockActions>;

export const ViewSubmission = z.looseObject({
  type: z.literal('view_submission'),
  user: User,
  team: Team.optional(),
  enterprise: z.looseObject({ id: Id }).nullish(),
  trigger_id: z.string().optional(),
  view: ViewPayload,
});
export type ViewSubmission = z.infer<typeof ViewSubmission>;

const EVENTS: Record<string, z.ZodType> = { message: MessageEvent, app_home_opened: AppHomeOpened };
const INTERACTIONS: Record<string, z.ZodType> = { block_actions: BlockActions, view_submission: ViewSubmission };

/** A schema by a type name from the payload: only our own entries, never `__proto__` or `constructor`. */
function own(schemas: Record<string, z.ZodType>, type: string): z.ZodType | undefined {
  return Object.hasOwn(schemas, type) ? schemas[type] : undefined;
}

function firstIssue(err: z.ZodError): string {
  const issue = err.issues[0];
  return `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Checks a parsed request body before it is acknowledged and dispatched: null when Herstart can
 * read it, else why not. Types Herstart does not handle pass (Bolt ignores them), so a new kind of
 * Slack payload is never answered with an error.
 */
export function envelopeProblem(body: Record<string, unknown>): string | null {
  if (typeof body.command === 'string') {
    const c = SlashCommand.safeParse(body);
    return c.success ? null : firstIssue(c.error);
  }
  if (typeof body.type !== 'string') return 'type: missing';
  if (body.type === 'event_callback') {
    const e = EventCallback.safeParse(body);
    if (!e.success) return firstIssue(e.error);
    const schema = own(EVENTS, e.data.event.type);
    const inner = schema?.safeParse(e.data.event);
    return inner && !inner.success ? `event.${firstIssue(inner.error)}` : null;
  }
  const schema = own(INTERACTIONS, body.type);
  const parsed = schema?.safeParse(body);
  return parsed && !parsed.success ? firstIssue(parsed.error) : null;
}

/** The workspace an interaction came from (`team` is null for org-wide installs; the user knows). */
export function teamIdOf(p: { team?: { id: string } | null; user: { team_id?: string } }): string | null {
  return p.team?.id ?? p.user.team_id ?? null;
}
