// The conversation guide: default content as data, tenant overrides, and the guide builder.
export { buildGuide } from './build-guide';
export { defaultGuideContent, GuideContentError, type GuideContent } from './content';
export { parseEntryId, describeEntryIdFormat } from './entry-id';
export { resolveGuideLocale } from './localise';
export {
  applyGuideOverrides,
  guideOverridesSchema,
  parseGuideOverrides,
  type GuideOverrides,
  type ParseOverridesResult,
} from './overrides';
export * from './types';
