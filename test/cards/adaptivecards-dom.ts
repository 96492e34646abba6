// The official `adaptivecards` package renders to HTML, so it needs a DOM: jsdom provides one.
// Its `lib/` build is ESM without file extensions, which jest cannot load; the UMD bundle in
// `dist/` is the same code in one CommonJS-loadable file.
import { JSDOM } from 'jsdom';

type AdaptiveCards = typeof import('adaptivecards');

let loaded: AdaptiveCards | null = null;

export function loadAdaptiveCards(): AdaptiveCards {
  if (loaded) return loaded;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (key in g) continue;
    try {
      g[key] = (dom.window as unknown as Record<string, unknown>)[key];
    } catch {
      // Some window properties are getters that refuse to be read out of context; the renderer does not need them.
    }
  }
  g.window = dom.window;
  g.document = dom.window.document;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCards;
  // Without a markdown processor the package warns on every TextBlock; plain escaping is enough here.
  loaded.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const holder = dom.window.document.createElement('div');
    holder.textContent = text;
    result.outputHtml = holder.innerHTML;
    result.didProcess = true;
  };
  return loaded;
}
