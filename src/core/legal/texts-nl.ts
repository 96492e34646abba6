// Words for recording legal events and the contact procedure, Dutch (Netherlands): the reference
// catalogue. Event and choice names come from domain/legal/labels.ts; here are the forms'
// questions, what each event does to the timeline, and the answers.
import type { LegalEventId } from '../../domain/legal/labels';

type FormEvent = Exclude<LegalEventId, 'different_illness'>;

export const legalNl = {
  menu: {
    title: (name: string) => `Wettelijke gebeurtenis vastleggen voor ${name}`,
    intro: 'Kies wat er is gebeurd. Herstart past de termijnen en herinneringen aan. Schrijf nooit iets op over de ziekte zelf.',
    recorded: 'Al vastgelegd',
    nothing: 'Voor deze casus is nu niets meer vast te leggen.',
    beOnly:
      'Deze gebeurtenissen bestaan alleen in Nederland. Is je collega opnieuw ziek met een andere ziekte volgens het nieuwe attest? ' +
      'Leg dat vast bij "Herstel of herval melden".',
  },
  form: {
    submit: 'Vastleggen',
    /** The date question per event. */
    on: {
      wage_sanction: 'Datum van de beslissing van UWV',
      sanction_shortening_request: 'Datum van het bekortingsverzoek',
      sanction_shortening_decision: 'Datum van de beslissing van UWV',
      wia_postponement: 'Datum van de afspraak',
      early_iva: 'Datum van de aanvraag',
      early_iva_outcome: 'Datum van de beslissing van UWV',
      second_track_decision: 'Datum van de evaluatie die dit besloot',
      labour_expert: 'Datum van het onderzoek',
      second_track_start: 'Startdatum',
      expert_opinion: 'Datum van de aanvraag',
      expert_opinion_answer: 'Datum van het oordeel',
      safety_net: 'Datum waarop je dit hoorde',
    } satisfies Record<FormEvent, string>,
    /** What recording the event does, in one or two sentences. */
    effect: {
      wage_sanction: 'De loondoorbetaling loopt door tot de datum in de brief van UWV (hoogstens 52 weken). Herstart verschuift het einde en de herinneringen daaromheen.',
      sanction_shortening_request:
        'Heb je de tekortkomingen hersteld en UWV gevraagd de loonsanctie in te korten? UWV beslist binnen 3 weken; Herstart herinnert HR daaraan.',
      sanction_shortening_decision:
        'De loonsanctie eindigt eerder: op de datum in de brief van UWV, of anders 6 weken na de beslissing. Nooit vóór het einde van de 104 weken.',
      wia_postponement:
        'Jullie betalen het loon langer door (minstens 13 weken). De WIA-aanvraag schuift mee: uiterlijk 11 weken voor het nieuwe einde.',
      early_iva: 'Je collega vroeg vervroegd een IVA-uitkering aan (kan tussen week 3 en week 68, één keer). Als UWV die toekent, gaat ze 10 weken na de aanvraag in.',
      early_iva_outcome: 'Leg vast of UWV de vervroegde IVA toekent. Bij een afwijzing verdwijnt de startdatum van de tijdlijn.',
      second_track_decision:
        'Is bij de eerstejaarsevaluatie (of later) besloten of er een tweede spoor nodig is? Als het nodig is, herinnert Herstart HR eraan het binnen 6 weken te starten.',
      labour_expert: 'Het arbeidsdeskundig onderzoek gaat vaak vooraf aan een tweede spoor. UWV weegt het mee bij de beoordeling van het re-integratieverslag.',
      second_track_start: 'Het tweede spoor (werk bij een andere werkgever) is begonnen. Noteer de naam van het re-integratiebedrijf, als er een is.',
      expert_opinion: 'Werkgever en werknemer kunnen UWV altijd om een deskundigenoordeel vragen. Het antwoord komt meestal na 2 tot 4 weken; Herstart houdt dat bij.',
      expert_opinion_answer: 'Kies de aanvraag waarop UWV heeft geantwoord.',
      safety_net:
        'Valt je collega onder een vangnetregeling van de Ziektewet? Leg alleen vast dát het zo is en welke meldtermijn UWV geeft, nooit welke regeling. ' +
        'Herstart zet de melding bij UWV klaar; de 42e-weekmelding vervalt dan.',
    } satisfies Record<FormEvent, string>,
    endsOn: {
      wage_sanction: 'Laatste dag van de verlengde loondoorbetaling (uit de brief van UWV)',
      sanction_shortening_decision: 'Laatste dag van de loondoorbetaling volgens UWV (leeg laten als de brief die niet noemt)',
      wia_postponement: 'Laatste dag van de verlengde loondoorbetaling',
    } as Partial<Record<FormEvent, string>>,
    by: 'Wie vroeg het aan?',
    topic: 'Waarover?',
    provider: 'Re-integratiebedrijf (optioneel)',
    providerHint: 'Alleen de naam van het bedrijf. Geen medische informatie.',
    needed: 'Is een tweede spoor nodig?',
    granted: 'Wat besliste UWV?',
    yes: 'Ja',
    no: 'Nee',
    grantedYes: 'Toegekend',
    grantedNo: 'Afgewezen',
    reportTerm: 'Meldtermijn bij UWV',
    request: 'Welke aanvraag?',
    requestTitle: (date: string, topic: string) => `${date}: ${topic}`,
    choiceMissing: 'Maak een keuze.',
    endsMissing: 'Vul de laatste dag van de loondoorbetaling in.',
    providerHeld:
      'De naam leek medische informatie te bevatten, dus ik heb hem uit het formulier gehaald; er is nog niets opgeslagen. Noteer alleen de naam van het bedrijf.',
    saved: (label: string, date: string) => `"${label}" is vastgelegd (${date}). De termijnen zijn bijgewerkt:`,
    submittedTitle: (label: string) => `Vastgelegd: ${label}`,
  },
  facts: {
    sanction: 'Loonsanctie tot',
    postponed: 'Loondoorbetaling verlengd tot',
    safetyNet: 'Vangnet Ziektewet',
    safetyNetValue: (term: string) => `ja, melden bij UWV ${term}`,
    secondTrack: 'Tweede spoor',
    secondTrackNeeded: (date: string) => `nodig (besloten ${date})`,
    secondTrackNotNeeded: (date: string) => `niet nodig (besloten ${date})`,
    secondTrackStarted: (date: string, provider: string | null) => (provider ? `gestart ${date} bij ${provider}` : `gestart ${date}`),
    earlyIva: 'Vervroegde IVA',
    earlyIvaValue: (date: string, outcome: 'pending' | 'granted' | 'refused') =>
      `aangevraagd ${date}${outcome === 'granted' ? ', toegekend' : outcome === 'refused' ? ', afgewezen' : ''}`,
    opinions: 'Deskundigenoordelen',
    opinionsValue: (asked: number, open: number) => (open === 0 ? `${asked} aangevraagd, alle beantwoord` : `${asked} aangevraagd, ${open} wacht op UWV`),
  },
  caseButton: 'Wettelijke gebeurtenis',
};

export type LegalTexts = typeof legalNl;
