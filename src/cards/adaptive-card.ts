// Reading a bound Adaptive Card defensively: it is JSON, so every property is checked before use.

export type AcObject = Record<string, unknown>;

export function isObject(value: unknown): value is AcObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(o: AcObject, key: string): string | undefined {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function bool(o: AcObject, key: string): boolean {
  return o[key] === true || o[key] === 'true';
}

export function objects(o: AcObject, key: string): AcObject[] {
  const v = o[key];
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/** Hidden elements (isVisible: false) are only shown by Action.ToggleVisibility, which Slack lacks. */
export function isHidden(o: AcObject): boolean {
  return o.isVisible === false;
}

export class CardRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardRenderError';
  }
}

export function asAdaptiveCard(card: unknown): AcObject {
  if (!isObject(card) || card.type !== 'AdaptiveCard') {
    throw new CardRenderError('expected a bound Adaptive Card (an object with type "AdaptiveCard")');
  }
  return card;
}

/** Every input in the card, nested cards of Action.ShowCard included. */
export function hasInputs(element: AcObject): boolean {
  if (typeof element.type === 'string' && element.type.startsWith('Input.')) return true;
  for (const key of ['body', 'items', 'columns', 'actions']) {
    if (objects(element, key).some(hasInputs)) return true;
  }
  const inner = element.card;
  return isObject(inner) && hasInputs(inner);
}
