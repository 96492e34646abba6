// Input blocks carry what slackStateToData needs to give back what an Adaptive Card submit gives:
// the input's id and its kind (a toggle and a multi-select are both Slack checkboxes, but one
// submits "true"/"false" and the other "a,b"). Encoded in the block_id: `ac|<kind>|<id>[|<off>]`.

export type InputKind = 'text' | 'number' | 'date' | 'time' | 'choice' | 'multi' | 'toggle';

const KINDS: readonly InputKind[] = ['text', 'number', 'date', 'time', 'choice', 'multi', 'toggle'];
const PREFIX = 'ac';

export interface InputBlockId {
  kind: InputKind;
  id: string;
  /** For toggles: the value submitted when unchecked (Adaptive Cards' valueOff, "false" by default). */
  valueOff?: string;
}

export function encodeInputBlockId(input: InputBlockId): string {
  const parts = [PREFIX, input.kind, encodeURIComponent(input.id)];
  if (input.kind === 'toggle') parts.push(encodeURIComponent(input.valueOff ?? 'false'));
  return parts.join('|');
}

export function decodeInputBlockId(blockId: string): InputBlockId | null {
  const [prefix, kind, id, off] = blockId.split('|');
  if (prefix !== PREFIX || !kind || id === undefined || !(KINDS as readonly string[]).includes(kind)) return null;
  try {
    const decoded: InputBlockId = { kind: kind as InputKind, id: decodeURIComponent(id) };
    if (kind === 'toggle') decoded.valueOff = off === undefined ? 'false' : decodeURIComponent(off);
    return decoded;
  } catch {
    return null;
  }
}
