// The shape of a case file: sections of simple blocks that any renderer (PDF, a web page) can lay
// out without knowing the law. Strings are already in the reader's language.
import type { IsoDate, Jurisdiction } from '../case';
import type { Locale } from '../labels';
import type { FileCompleteness } from './completeness';
import type { DocumentRow } from './document-text';

export type Tone = 'muted' | 'risk' | 'attention' | 'good';

export type FileBlock =
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string; tone?: Tone }
  | { type: 'facts'; rows: DocumentRow[] }
  | { type: 'list'; items: Array<{ text: string; tone?: Tone }> }
  /** `widths`: a number of points, `auto` (as wide as the content) or `*` (the rest, shared). */
  | { type: 'table'; head: string[]; rows: string[][]; widths: Array<number | 'auto' | '*'>; tones?: Array<Tone | undefined> };

export type SectionId =
  | 'cover'
  | 'completeness'
  | 'timeline'
  | 'problem_analysis'
  | 'action_plan'
  | 'evaluations'
  | 'contacts'
  | 'first_year'
  | 'final'
  | 'views'
  | 'rit_request'
  | 'rit_assessment'
  | 'rit_plan'
  | 'rit_reply'
  | 'rit_appeal';

export interface FileSection {
  id: SectionId;
  title: string;
  blocks: FileBlock[];
}

export interface CaseFile {
  locale: Locale;
  jurisdiction: Jurisdiction;
  title: string;
  /** The employee's name and the first sick day: what the document is about. */
  subtitle: string;
  /** "Put together on ... by Herstart": on every page. */
  generated: string;
  completeness: FileCompleteness;
  sections: FileSection[];
}

/** What the file is built from. `people` names everyone who wrote or recorded something. */
export interface FileNames {
  employer: string;
  employee: string;
  manager: string;
  people: Readonly<Record<string, string>>;
}

export interface FileMoment {
  today: IsoDate;
  /** When the file is put together, as the reader should see it ("ma 4 jan 2027 10:15"). */
  generatedAt: string;
}
