// What the pages around a one-time link say. Dutch first; Belgian Dutch where it differs; English; French (Belgium).
import type { Lang } from '../core/i18n';

export interface LinkTexts {
  readyTitle: string;
  readyLead: string;
  readyOnce: string;
  open: string;
  goneTitle: string;
  goneLead: string;
  goneWhy: string;
}

const nl: LinkTexts = {
  readyTitle: 'Je link is klaar',
  readyLead: 'Druk op de knop om verder te gaan.',
  readyOnce: 'Deze link werkt één keer en alleen voor jou. Deel hem niet.',
  open: 'Openen',
  goneTitle: 'Deze link werkt niet meer',
  goneLead: 'Vraag in de chat met Herstart een nieuwe link.',
  goneWhy: 'Een link van Herstart werkt één keer, een paar minuten lang, en alleen voor wie hem vroeg.',
};

const nlBE: LinkTexts = { ...nl };

const en: LinkTexts = {
  readyTitle: 'Your link is ready',
  readyLead: 'Press the button to continue.',
  readyOnce: 'This link works once and only for you. Please do not share it.',
  open: 'Open',
  goneTitle: 'This link no longer works',
  goneLead: 'Ask Herstart for a new link in the chat.',
  goneWhy: 'A Herstart link works once, for a few minutes, and only for the person who asked for it.',
};

const fr: LinkTexts = {
  readyTitle: 'Votre lien est prêt',
  readyLead: 'Appuyez sur le bouton pour continuer.',
  readyOnce: 'Ce lien fonctionne une seule fois et uniquement pour vous. Ne le partagez pas.',
  open: 'Ouvrir',
  goneTitle: 'Ce lien ne fonctionne plus',
  goneLead: 'Demandez un nouveau lien dans le chat avec Herstart.',
  goneWhy: 'Un lien de Herstart fonctionne une seule fois, pendant quelques minutes, et uniquement pour la personne qui l’a demandé.',
};

const CATALOGUES: Record<Lang, LinkTexts> = { 'nl-NL': nl, 'nl-BE': nlBE, en, 'fr-BE': fr };

export function linkTexts(lang: Lang): LinkTexts {
  return CATALOGUES[lang] ?? nl;
}
