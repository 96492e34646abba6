// The re-integration file as the core sees it: the card actions it registers.
import type { SubmitRegistry } from '../conversation-core';
import { openDocumentForm, saveDraft, saveFinal } from './document-flow';
import { fileLink } from './file-flow';
import { showDossier } from './overview';
import { openPaperView, submitPaperView, submitView } from './view-flow';

export { fileCommand } from './file-flow';

export function dossierSubmits(): SubmitRegistry {
  return {
    'dossier.open': (fc, d) => showDossier(fc, d.caseId),
    'dossier.file': fileLink,
    'document.open': openDocumentForm,
    'document.draft': saveDraft,
    'document.submit': saveFinal,
    'view.submit': submitView,
    'view.paper.open': openPaperView,
    'view.paper.submit': submitPaperView,
  };
}
