// How Teams colours Adaptive Card text in its themes, and WCAG contrast, for tests that check a
// card can be read. Colours from Microsoft's Teams host configs (microsoft/AdaptiveCards,
// samples/HostConfig/microsoft-teams-light.json and microsoft-teams-dark.json): per container
// style, its background and the foreground of each named colour, "default" and "subtle"
// (#AARRGGBB where an alpha is given). High contrast has no published host config: Teams draws
// every named colour there in the theme's own text colour (MicrosoftDocs/msteams-docs#13042), so
// contrast holds but a colour no longer marks anything; emphasis has to be in weight and words.

export type ThemeName = 'light' | 'dark';
type NamedColour = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
type Foreground = Record<NamedColour, { default: string; subtle: string }>;

const lightText: Foreground = {
  default: { default: '#ff252424', subtle: '#bf252424' },
  dark: { default: '#252424', subtle: '#bf252424' },
  light: { default: '#ffffff', subtle: '#fff3f2f1' },
  accent: { default: '#6264a7', subtle: '#8b8cc7' },
  good: { default: '#92c353', subtle: '#e592c353' },
  warning: { default: '#f8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#c4314b', subtle: '#e5c4314b' },
};

const darkText: Foreground = {
  default: { default: '#ffffffff', subtle: '#bfffffff' },
  dark: { default: '#ff201f1f', subtle: '#ff2d2c2c' },
  light: { default: '#ffffffff', subtle: '#bfffffff' },
  accent: { default: '#ffa6a7dc', subtle: '#ff8b8cc7' },
  good: { default: '#ff92c353', subtle: '#e592c353' },
  warning: { default: '#fff8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#ffd74654', subtle: '#e5d74654' },
};

/** In the dark theme the coloured container styles keep light backgrounds, with dark default text. */
const darkOnLight: Foreground = { ...darkText, default: { default: '#ff201f1f', subtle: '#ff2d2c2c' } };

interface ContainerStyle {
  background: string;
  text: Foreground;
}

export const TEAMS_THEMES: Record<ThemeName, Record<string, ContainerStyle>> = {
  light: {
    default: { background: '#ffffff', text: lightText },
    emphasis: { background: '#fff9f8f7', text: lightText },
    accent: { background: '#C7DEF9', text: lightText },
    good: { background: '#CCFFCC', text: lightText },
    attention: { background: '#FFC5B2', text: lightText },
    warning: { background: '#FFE2B2', text: lightText },
  },
  dark: {
    default: { background: '#ff2d2c2c', text: darkText },
    emphasis: { background: '#ff292828', text: darkText },
    accent: { background: '#C7DEF9', text: darkOnLight },
    good: { background: '#CCFFCC', text: darkOnLight },
    attention: { background: '#FFC5B2', text: darkOnLight },
    warning: { background: '#FFE2B2', text: darkOnLight },
  },
};

type Rgb = [number, number, number];

/** `#RRGGBB` or `#AARRGGBB`, the alpha blended onto `under`. */
function rgbOf(hex: string, under: Rgb = [255, 255, 255]): Rgb {
  const h = hex.replace('#', '');
  const alpha = h.length === 8 ? parseInt(h.slice(0, 2), 16) / 255 : 1;
  const c = h.length === 8 ? h.slice(2) : h;
  const rgb = [0, 2, 4].map((i) => parseInt(c.slice(i, i + 2), 16)) as Rgb;
  return rgb.map((v, i) => Math.round(alpha * v + (1 - alpha) * under[i]!)) as Rgb;
}

/** WCAG 2.x relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(foreground: string, background: string): number {
  const bg = rgbOf(background);
  const a = luminance(rgbOf(foreground, bg));
  const b = luminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export interface TextInCard {
  text: string;
  color: string;
  isSubtle: boolean;
  weight: string;
  /** The nearest container style around it. */
  style: string;
}

/** Every piece of text in a card with how it is coloured: TextBlocks, TextRuns and FactSet facts. */
export function textsOf(card: any): TextInCard[] {
  const out: TextInCard[] = [];
  const walk = (node: any, style: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, style));
    const inner = typeof node.style === 'string' && TEAMS_THEMES.light[node.style.toLowerCase()] ? node.style.toLowerCase() : style;
    if ((node.type === 'TextBlock' || node.type === 'TextRun') && typeof node.text === 'string') {
      out.push({ text: node.text, color: String(node.color ?? 'default').toLowerCase(), isSubtle: node.isSubtle === true, weight: String(node.weight ?? 'default').toLowerCase(), style: inner });
    }
    if (node.type === 'FactSet') {
      for (const f of node.facts ?? []) out.push({ text: `${f.title}: ${f.value}`, color: 'default', isSubtle: false, weight: 'default', style: inner });
    }
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v, inner);
  };
  walk(card, 'default');
  return out;
}

/** The contrast of one text in a theme. */
export function contrastIn(theme: ThemeName, t: TextInCard): number {
  const container = TEAMS_THEMES[theme][t.style] ?? TEAMS_THEMES[theme].default!;
  const named = (container.text[t.color as NamedColour] ?? container.text.default)[t.isSubtle ? 'subtle' : 'default'];
  return contrastRatio(named, container.background);
}
