// Display elements: TextBlock, RichTextBlock, FactSet, Image, ImageSet, and the layout elements
// Container and ColumnSet, which Slack does not have and which are flattened.
import { bool, isHidden, objects, str, type AcObject } from './adaptive-card';
import { escapeMrkdwn, markdownToMrkdwn, markdownToPlain, truncate } from './mrkdwn';
import { LIMITS, plainText, pushContext, pushSections, type RenderContext } from './render-context';

function isHeading(el: AcObject): boolean {
  const size = str(el, 'size')?.toLowerCase();
  return str(el, 'style') === 'heading' || size === 'large' || size === 'extralarge';
}

function boldLines(mrkdwn: string): string {
  // A line that already has its own emphasis is left alone: nested stars do not render in Slack.
  return mrkdwn
    .split('\n')
    .map((line) => (line.trim() && !line.includes('*') ? `*${line.trim()}*` : line))
    .join('\n');
}

/** The mrkdwn for a TextBlock or RichTextBlock when it sits inside something (a column, a field). */
export function inlineText(el: AcObject): string {
  if (el.type === 'RichTextBlock') return richText(el);
  const text = str(el, 'text') ?? '';
  const md = markdownToMrkdwn(text);
  return isHeading(el) || str(el, 'weight')?.toLowerCase() === 'bolder' ? boldLines(md) : md;
}

export function renderTextBlock(ctx: RenderContext, el: AcObject): void {
  const text = str(el, 'text') ?? '';
  if (!text.trim()) return;
  if (isHeading(el)) {
    const plain = markdownToPlain(text).replace(/\s+/g, ' ').trim();
    if (plain.length <= LIMITS.headerText) {
      ctx.blocks.push({ type: 'header', text: plainText(plain) });
      return;
    }
  }
  if (bool(el, 'isSubtle')) {
    pushContext(ctx, markdownToMrkdwn(text));
    return;
  }
  pushSections(ctx, inlineText(el));
}

function wrap(text: string, mark: string): string {
  // Slack emphasis needs the marks against non-space characters: " *x* " not "* x *".
  const m = /^(\s*)(.*?)(\s*)$/s.exec(text);
  return m && m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : text;
}

function richText(el: AcObject): string {
  const inlines = Array.isArray(el.inlines) ? el.inlines : [];
  return inlines
    .map((inline: unknown) => {
      if (typeof inline === 'string') return escapeMrkdwn(inline);
      if (typeof inline !== 'object' || inline === null) return '';
      const run = inline as AcObject;
      // TextRun text is literal in Adaptive Cards (no markdown), so it is only escaped.
      let text = escapeMrkdwn(str(run, 'text') ?? '');
      if (bool(run, 'strikethrough')) text = wrap(text, '~');
      if (bool(run, 'italic')) text = wrap(text, '_');
      if (str(run, 'weight')?.toLowerCase() === 'bolder') text = wrap(text, '*');
      const action = run.selectAction as AcObject | undefined;
      const url = action && action.type === 'Action.OpenUrl' ? str(action, 'url') : undefined;
      if (url && /^https?:\/\//i.test(url)) text = `<${escapeMrkdwn(url)}|${text.replace(/\|/g, '¦')}>`;
      return text;
    })
    .join('');
}

export function renderRichTextBlock(ctx: RenderContext, el: AcObject): void {
  pushSections(ctx, richText(el));
}

function factField(fact: AcObject): string {
  const title = markdownToPlain(str(fact, 'title') ?? '').trim();
  const value = markdownToMrkdwn(str(fact, 'value') ?? '');
  return title ? `*${escapeMrkdwn(title)}*\n${value}` : value;
}

export function renderFactSet(ctx: RenderContext, el: AcObject): void {
  const fields = objects(el, 'facts').map(factField).filter((f) => f.trim());
  if (fields.length === 0) return;
  if (fields.some((f) => f.length > LIMITS.fieldText)) {
    // Too long for the two-column layout: one line per fact instead.
    pushSections(ctx, fields.map((f) => f.replace('\n', ' ')).join('\n'));
    return;
  }
  for (let i = 0; i < fields.length; i += LIMITS.sectionFields) {
    const chunk = fields.slice(i, i + LIMITS.sectionFields);
    ctx.blocks.push({ type: 'section', fields: chunk.map((text) => ({ type: 'mrkdwn', text })) });
  }
}

function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

interface UrlImage {
  type: 'image';
  image_url: string;
  alt_text: string;
}

function imageElement(ctx: RenderContext, el: AcObject): UrlImage | null {
  const url = str(el, 'url');
  if (!isWebUrl(url)) {
    ctx.omitted.push({ type: 'Image', reason: 'Slack shows only images at an http(s) address' });
    return null;
  }
  const fileName = url.split(/[?#]/)[0]?.split('/').pop() || 'image';
  return { type: 'image', image_url: url, alt_text: truncate(str(el, 'altText') || fileName, 2000) };
}

export function renderImage(ctx: RenderContext, el: AcObject): void {
  const image = imageElement(ctx, el);
  if (image) ctx.blocks.push({ type: 'image', image_url: image.image_url, alt_text: image.alt_text });
}

export function renderImageSet(ctx: RenderContext, el: AcObject): void {
  const images = objects(el, 'images').map((i) => imageElement(ctx, i)).filter((i): i is UrlImage => i !== null);
  for (let i = 0; i < images.length; i += LIMITS.contextElements) {
    ctx.blocks.push({ type: 'context', elements: images.slice(i, i + LIMITS.contextElements) });
  }
}

const TEXT_ONLY = new Set(['TextBlock', 'RichTextBlock']);

function visibleItems(column: AcObject): AcObject[] {
  return objects(column, 'items').filter((i) => !isHidden(i));
}

/**
 * Columns of text become one section with fields (Slack shows them two by two), an image beside
 * text becomes a section with the image as accessory, anything else is flattened column by column.
 */
export function renderColumnSet(ctx: RenderContext, el: AcObject): void {
  const columns = objects(el, 'columns').filter((c) => !isHidden(c) && visibleItems(c).length > 0);
  const textOnly = (c: AcObject) => visibleItems(c).every((i) => TEXT_ONLY.has(String(i.type)));
  const imageOnly = (c: AcObject) => visibleItems(c).length === 1 && visibleItems(c)[0]?.type === 'Image';

  if (columns.length >= 2 && columns.length <= LIMITS.sectionFields && columns.every(textOnly)) {
    const fields = columns.map((c) => visibleItems(c).map(inlineText).filter((t) => t.trim()).join('\n')).filter((f) => f.trim());
    if (fields.length > 0 && fields.every((f) => f.length <= LIMITS.fieldText)) {
      ctx.blocks.push({ type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text })) });
      return;
    }
  }
  const imageColumn = columns.length === 2 ? columns.find(imageOnly) : undefined;
  const textColumn = columns.length === 2 ? columns.find(textOnly) : undefined;
  const imageItem = imageColumn ? visibleItems(imageColumn)[0] : undefined;
  if (imageItem && textColumn && isWebUrl(str(imageItem, 'url'))) {
    const text = visibleItems(textColumn).map(inlineText).join('\n');
    const image = imageElement(ctx, imageItem);
    if (image && text.trim() && text.length <= LIMITS.sectionText) {
      ctx.blocks.push({ type: 'section', text: { type: 'mrkdwn', text }, accessory: image });
      return;
    }
  }
  for (const column of columns) ctx.renderBody(visibleItems(column));
}

export function renderContainer(ctx: RenderContext, el: AcObject): void {
  ctx.renderBody(objects(el, 'items'));
}
