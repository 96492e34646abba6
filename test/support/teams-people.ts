// The people of the security tests' organisation, and what a turn showed them as one text.
import type { RecordedCall } from './fake-connector';
import { cardOf, cardText, type TeamsUser } from './teams-client';

export const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
export const bart: TeamsUser = { id: 'bart', aadObjectId: 'aad-bart', name: 'Bart Peeters' };
export const hanna: TeamsUser = { id: 'hanna', aadObjectId: 'aad-hanna', name: 'Hanna Bakker' };
export const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
export const piet: TeamsUser = { id: 'piet', aadObjectId: 'aad-piet', name: 'Piet Visser' };

/** Every text and card of the replies, as one string to look for words in. */
export const shown = (calls: RecordedCall[]): string => calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
