// The employee's typed words for check-ins, Dutch, English and French (accents optional). Matched
// before the core's own commands; anything else goes on to them.
import { foldAccents } from '../commands';

export type CheckinIntent = 'start' | 'pause' | 'resume' | 'stop' | 'my_data' | 'forget' | 'wishlist';

const WORDS: Record<CheckinIntent, string[]> = {
  start: ['check-in', 'checkin', 'check in', 'inchecken'],
  pause: ['pauze', 'pauzeer', 'pause', 'pauzeer check-ins', 'pause check-ins', 'mettre en pause'],
  resume: ['verder', 'hervat', 'hervatten', 'doorgaan', 'resume', 'reprendre', 'continuer'],
  stop: ['stop', 'stoppen', 'stop check-ins', 'stop met check-ins', 'arreter', 'arreter les check-ins'],
  my_data: ['mijn gegevens', 'mijn data', 'my data', 'export', 'mijn antwoorden', 'my answers', 'mes donnees', 'mes reponses'],
  forget: ['vergeet mij', 'vergeet me', 'forget me', 'wis mijn gegevens', 'erase my data', 'oubliez-moi', 'oublie-moi', 'effacer mes donnees'],
  wishlist: ['wensenlijst', 'wenslijst', 'wish list', 'wishlist', 'souhaits', 'liste de souhaits'],
};

const LOOKUP = new Map<string, CheckinIntent>(
  (Object.entries(WORDS) as Array<[CheckinIntent, string[]]>).flatMap(([intent, words]) => words.map((w) => [w, intent] as const)),
);

export function parseCheckinCommand(text: string): CheckinIntent | null {
  const t = foldAccents(text)
    .toLowerCase()
    .replace(/[.!?,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return LOOKUP.get(t) ?? null;
}
