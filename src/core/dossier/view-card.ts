// The card that puts a document to the employee in their own chat: the document in plain words,
// then agree / agree in part / do not agree (the Belgian reply: agree or not, with reasons) and
// room for their own words. Used proactively (a fresh card id) and when a submit needs mending.
import { DOCUMENT_SPECS, documentRows, documentTitle, stancesFor, type CaseDocument, type DocumentVersion } from '../../domain/dossier';
import { cardMessage } from '../card';
import type { Lang } from '../i18n';
import type { CardMessage } from '../messages';
import { longDate } from '../time';
import { dossierTexts } from './texts';

export function viewCard(
  lang: Lang,
  opts: { caseId: string; doc: CaseDocument; version: DocumentVersion; authorName: string; values?: { stance?: string; words?: string }; notice?: string },
  cardId: string,
): CardMessage {
  const v = dossierTexts(lang).view;
  const reply = DOCUMENT_SPECS[opts.doc.type].employeeView === 'reply';
  const doc = documentTitle(opts.doc.type, lang);
  const date = longDate(opts.version.on, lang);
  return cardMessage(
    'document-view',
    {
      caseId: opts.caseId,
      docId: opts.doc.docId,
      versionId: opts.version.versionId,
      title: v.title(doc),
      intro: reply ? v.introReply(opts.authorName, date) : v.intro(opts.authorName, date),
      notice: opts.notice ?? '',
      rows: documentRows(opts.version, lang),
      stances: stancesFor(DOCUMENT_SPECS[opts.doc.type].employeeView).map((s) => ({ title: v.stances[s], value: s })),
      values: { stance: opts.values?.stance ?? '', words: opts.values?.words ?? '' },
      labels: {
        stance: v.stance,
        stanceMissing: v.stanceMissing,
        words: reply ? v.wordsReply : v.words,
        warning: v.warning,
        submit: reply ? v.submitReply : v.submit,
      },
    },
    v.title(doc),
    cardId,
  );
}
