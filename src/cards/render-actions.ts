// Actions become buttons. Action.Submit carries its data as JSON in the button value, so the
// core gets the same object from a Slack click as from a Teams submit. Slack has no show/hide,
// so Action.ShowCard is flattened: its card follows the buttons, under its title.
import type { types } from '@slack/bolt';
import { isObject, objects, str, type AcObject } from './adaptive-card';
import { markdownToMrkdwn, markdownToPlain, truncate } from './mrkdwn';
import { LIMITS, plainText, pushSections, type RenderContext } from './render-context';

/** The data an Action.Submit sends, without the Teams-only `msteams` part. */
export function submitData(action: AcObject): Record<string, unknown> {
  if (!isObject(action.data)) return {};
  const { msteams: _teamsOnly, ...data } = action.data;
  return data;
}

function buttonText(action: AcObject): types.PlainTextElement {
  const title = markdownToPlain(str(action, 'title') ?? '').trim();
  return plainText(truncate(title || '✓', LIMITS.buttonText));
}

function buttonStyle(action: AcObject): 'primary' | 'danger' | undefined {
  const style = str(action, 'style');
  if (style === 'positive') return 'primary';
  if (style === 'destructive') return 'danger';
  return undefined;
}

function button(ctx: RenderContext, action: AcObject): types.Button | null {
  switch (action.type) {
    case 'Action.Submit': {
      // The value may exceed Slack's 2,000 characters; checkSlackLimits reports that rather than
      // the renderer cutting data the core needs.
      const b: types.Button = {
        type: 'button',
        action_id: ctx.nextActionId('submit'),
        text: buttonText(action),
        value: JSON.stringify(submitData(action)),
      };
      const style = buttonStyle(action);
      if (style) b.style = style;
      return b;
    }
    case 'Action.OpenUrl': {
      const url = str(action, 'url') ?? '';
      if (!/^https?:\/\//i.test(url)) {
        ctx.omitted.push({ type: 'Action.OpenUrl', reason: 'Slack buttons open only http(s) addresses' });
        return null;
      }
      return { type: 'button', action_id: ctx.nextActionId('url'), text: buttonText(action), url };
    }
    case 'Action.ToggleVisibility':
      ctx.omitted.push({ type: 'Action.ToggleVisibility', reason: 'Slack cannot show or hide parts of a message' });
      return null;
    case 'Action.Execute':
      ctx.omitted.push({ type: 'Action.Execute', reason: 'Universal Actions are Teams-only; the core uses Action.Submit' });
      return null;
    default:
      ctx.omitted.push({ type: String(action.type), reason: 'unknown action type' });
      return null;
  }
}

export function renderActions(ctx: RenderContext, actions: AcObject[]): void {
  const buttons: types.Button[] = [];
  const shown: AcObject[] = [];
  for (const action of actions) {
    if (action === ctx.modalSubmit) continue;
    if (action.type === 'Action.ShowCard') {
      shown.push(action);
      continue;
    }
    const b = button(ctx, action);
    if (b) buttons.push(b);
  }
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    ctx.blocks.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  for (const action of shown) {
    const card = isObject(action.card) ? action.card : null;
    if (!card) {
      ctx.omitted.push({ type: 'Action.ShowCard', reason: 'it has no card to show' });
      continue;
    }
    const title = str(action, 'title');
    if (title) pushSections(ctx, `*${markdownToMrkdwn(markdownToPlain(title))}*`);
    ctx.renderBody(objects(card, 'body'));
    renderActions(ctx, objects(card, 'actions'));
  }
}

/** The Action.Submit that becomes a modal's submit button: the first one that submits inputs. */
export function findModalSubmit(card: AcObject): AcObject | null {
  const submits = (actions: AcObject[]) => actions.filter((a) => a.type === 'Action.Submit' && a.associatedInputs !== 'none');
  const inBody = (elements: AcObject[]): AcObject[] =>
    elements.flatMap((e) => [
      ...(e.type === 'ActionSet' ? submits(objects(e, 'actions')) : []),
      ...inBody(objects(e, 'items')),
      ...objects(e, 'columns').flatMap((c) => inBody(objects(c, 'items'))),
    ]);
  return submits(objects(card, 'actions'))[0] ?? inBody(objects(card, 'body'))[0] ?? null;
}
