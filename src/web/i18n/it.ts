/**
 * Italian texts (the default language) of the shell and the login page. English mirrors these keys in
 * ./en.ts; the compiler checks it. The signed-in pages' texts are in ./feature-texts.ts.
 */
import type { FeatureTextsIt } from './feature-texts.js';

export const it = {
  app: {
    name: 'Traguardo',
    tagline: 'Ciclo di gestione della performance',
    documentTitle: '{{page}} · Traguardo',
  },
  skipLinks: {
    label: 'Collegamenti rapidi',
    main: 'Vai al contenuto principale',
    navigation: 'Vai alla navigazione',
  },
  language: {
    groupLabel: 'Lingua',
    it: 'Italiano',
    en: 'English',
    short: { it: 'ITA', en: 'ENG' },
  },
  header: {
    mainNavigation: 'Navigazione principale',
    openMenu: 'Apri il menu di navigazione',
    closeMenu: 'Chiudi il menu di navigazione',
    workspace: 'Ente e periodo di lavoro',
  },
  nav: {
    home: 'Cruscotto',
  },
  workspace: {
    entity: 'Ente',
    plan: 'Piano',
    year: 'Anno',
    noPlans: 'Nessun piano disponibile',
    loadingPlans: 'Caricamento dei piani…',
    yearOption: '{{year}} – {{status}}',
  },
  userMenu: {
    label: 'Menu utente',
    changePassword: 'Cambia password',
    logout: 'Esci',
    systemAdmin: 'Amministratore di sistema',
  },
  login: {
    title: 'Accedi a Traguardo',
    area: 'Area riservata al personale dell’ente',
    intro: 'Inserisci le credenziali del tuo account.',
    username: 'Nome utente',
    password: 'Password',
    showPassword: 'Mostra la password',
    submit: 'Accedi',
    submitting: 'Accesso in corso…',
    failedTitle: 'Accesso non riuscito',
    lockedTitle: 'Account temporaneamente bloccato',
    tooManyTitle: 'Troppi tentativi',
  },
  changePassword: {
    title: 'Cambia password',
    intro: 'Per sicurezza inserisci la password attuale, poi la nuova due volte.',
    current: 'Password attuale',
    new: 'Nuova password',
    confirm: 'Conferma la nuova password',
    showPasswords: 'Mostra le password',
    submit: 'Salva la nuova password',
    submitting: 'Salvataggio in corso…',
    success: 'Password cambiata. Usa la nuova password dal prossimo accesso.',
    failedTitle: 'La password non è stata cambiata',
  },
  validation: {
    required: 'Campo obbligatorio.',
    passwordsDiffer: 'Le due password non coincidono.',
    sameAsCurrent: 'La nuova password deve essere diversa da quella attuale.',
  },
  home: {
    title: 'Cruscotto',
    welcome: 'Benvenuto, {{name}}',
    rolesLabel: 'I tuoi ruoli in questo ente:',
    noRoles: 'Nessun ruolo assegnato in questo ente (accesso come amministratore di sistema).',
    planHeading: 'Piano della performance',
    planCode: 'Codice',
    planPeriod: 'Periodo',
    yearsCaption: 'Anni del piano e stato del ciclo',
    year: 'Anno',
    status: 'Stato',
    meaning: 'Fase del ciclo',
    selectedYear: 'anno selezionato',
    otherPlans: 'Altri piani dell’ente',
    countsCaption: 'Contenuto del piano',
    counts: {
      nodes: 'Obiettivi e nodi dell’albero',
      indicators: 'Indicatori',
      measures: 'Misure',
      periods: 'Periodi di rilevazione',
      values: 'Valori rilevati',
    },
    noPlansTitle: 'Nessun piano della performance',
    noPlansBody: 'Per {{entity}} non è ancora stato caricato alcun piano della performance.',
    noPlansWhatToDo: 'La Struttura tecnica di supporto (STP) carica il piano importando il file del piano con il comando «traguardo import». Se il piano dovrebbe già esserci, rivolgiti all’Ufficio programmazione e controllo.',
    noEntityTitle: 'Nessun ente associato',
    noEntityBody: 'Il tuo account non è ancora associato a nessun ente. Chiedi all’amministratore di sistema di assegnarti un ruolo nel tuo ente.',
  },
  planStatus: {
    planning: 'In programmazione',
    approved: 'Approvato',
    monitoring: 'In monitoraggio',
    revised: 'Rimodulato',
    closed: 'Chiuso',
    validated: 'Validato',
    frozen: 'Congelato',
    unknown: 'Stato «{{status}}»',
  },
  planStatusMeaning: {
    planning: 'Obiettivi, indicatori, target e pesi in definizione.',
    approved: 'Piano approvato con il suo atto; il monitoraggio non è ancora avviato.',
    monitoring: 'Raccolta dei valori rilevati durante l’anno.',
    revised: 'Piano rimodulato durante l’anno; la raccolta dei valori continua.',
    closed: 'Anno concluso: misurazione e valutazione dei risultati.',
    validated: 'Relazione sulla performance validata dall’OIV.',
    frozen: 'Risultati congelati: fotografia immutabile, ricalcolabile per verifica.',
    unknown: 'Stato non riconosciuto da questa versione dell’interfaccia.',
  },
  roles: {
    stp: 'Struttura tecnica di supporto (STP)',
    sg: 'Segretario generale',
    dirigente: 'Dirigente',
    referente: 'Referente',
    validatore: 'Validatore',
    oiv: 'OIV',
    lettore: 'Lettura',
  },
  errors: {
    loadFailedTitle: 'Impossibile caricare i dati',
    retry: 'Riprova',
    notFoundTitle: 'Pagina non trovata',
    notFoundBody: 'L’indirizzo richiesto non corrisponde a nessuna pagina di Traguardo.',
    backHome: 'Torna al cruscotto',
    unexpectedTitle: 'Si è verificato un errore',
  },
  common: {
    loading: 'Caricamento…',
    cancel: 'Annulla',
    working: 'Operazione in corso…',
    close: 'Chiudi',
  },
  footer: {
    product: 'Traguardo – ciclo di gestione della performance degli enti pubblici',
  },
} as const;

export type TextTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : TextTree<T[K]> };

/** The shape of the shell's texts in every language: the same keys as Italian, any text. */
export type CoreTexts = TextTree<typeof it>;
/** Every text of the application, in the shape every language must provide. */
export type Texts = CoreTexts & TextTree<FeatureTextsIt>;
/** The Italian texts with their literal types (what i18next's typed keys are checked against). */
export type AllTextsIt = typeof it & FeatureTextsIt;
