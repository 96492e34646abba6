// "help" / "hulp": what Herstart does, the commands, a privacy note.
import type { CoreReply } from '../messages';
import type { FlowContext } from '../flow-context';

export function helpCard(fc: FlowContext) {
  const { t } = fc.session;
  return fc.card(
    'help',
    {
      title: t.help.title,
      intro: t.help.intro,
      commands: t.help.commands,
      privacyTitle: t.help.privacyTitle,
      privacy: t.help.privacy,
      reportLabel: t.help.report,
      casesLabel: t.help.myCases,
    },
    t.help.title,
  );
}

export function showHelp(fc: FlowContext): CoreReply {
  return { messages: [helpCard(fc)] };
}
