// Check-ins as the core sees them: the card actions to register and the typed commands to route.
import type { SubmitRegistry } from '../conversation-core';
import type { FlowContext } from '../flow-context';
import { personalOnly } from '../personal-only';
import type { CoreReply } from '../messages';
import { submitCheckin } from './answer-flow';
import type { CheckinIntent } from './commands';
import { answerInvitation, pauseOrStop, resume, startCheckin } from './employee-flows';
import { askForget, deleteOne, forgetMe, showMyData } from './my-data';
import { openWishlist, submitWishlist } from './wishlist-flow';

export { parseCheckinCommand } from './commands';

export function checkinSubmits(): SubmitRegistry {
  return {
    'checkin.consent': answerInvitation,
    'checkin.submit': submitCheckin,
    'checkin.delete': deleteOne,
    'checkin.forget': askForget,
    'checkin.forget.confirm': forgetMe,
    'wishlist.open': openWishlist,
    'wishlist.submit': submitWishlist,
    // The buttons of the employee's help card.
    'checkin.start': (fc, d) => personalOnly(fc) ?? startCheckin(fc, d.whoShown === 'true'),
    'checkin.mine': (fc) => routeCheckinCommand(fc, 'my_data'),
  };
}

export async function routeCheckinCommand(fc: FlowContext, intent: CheckinIntent): Promise<CoreReply> {
  // Someone's own answers are for their one-to-one chat, never a channel.
  const refused = personalOnly(fc);
  if (refused) return refused;
  switch (intent) {
    case 'start':
      return startCheckin(fc);
    case 'pause':
      return pauseOrStop(fc, 'paused');
    case 'stop':
      return pauseOrStop(fc, 'stopped');
    case 'resume':
      return resume(fc);
    case 'my_data':
      return showMyData(fc);
    case 'forget':
      return askForget(fc);
    case 'wishlist':
      return openWishlist(fc);
  }
}
