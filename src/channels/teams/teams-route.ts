// POST /api/messages: the Bot Framework endpoint.
import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import { ActivitySchema } from './inbound-activity';
import { answerCardAction, handleTeamsTurn, REPLY_LANG, type TeamsTurnDeps } from './teams-turn';
import { ADAPTIVE_CARD_ACTION, messageResponse } from './universal-actions';
import { adapterTexts } from './adapter-texts';

export function mountTeamsRoute(
  server: restify.Server,
  adapter: CloudAdapter,
  deps: TeamsTurnDeps,
  maxBodyBytes: number,
): void {
  adapter.onTurnError = async (turn, err) => {
    deps.logger.error({ err, activityId: turn.activity?.id }, 'Teams turn failed');
    try {
      // The person's language when the core had answered before the failure, else the client's.
      const sorry = adapterTexts((turn.turnState.get(REPLY_LANG) as string | undefined) ?? turn.activity?.locale).failure;
      // Teams waits for an answer to a button press; without one it shows its own error.
      if (turn.activity?.type === 'invoke' && turn.activity.name === ADAPTIVE_CARD_ACTION) await answerCardAction(turn, messageResponse(sorry));
      await turn.sendActivity(sorry);
    } catch (sendErr) {
      deps.logger.error({ err: sendErr }, 'could not tell the user about a failed turn');
    }
  };

  // The body parser sits on this route only: Slack's signature check needs the raw body.
  const parseBody = restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false });

  server.post('/api/messages', parseBody, async function botFrameworkMessages(req: restify.Request, res: restify.Response) {
    const parsed = ActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      res.send(400, { code: 'InvalidActivity', message: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    await adapter.process(req, res, (turn) => handleTeamsTurn(turn, parsed.data, deps));
  });
}
