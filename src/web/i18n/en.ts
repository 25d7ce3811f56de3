/** English texts: the same keys as ./it.ts (checked by the compiler through the Texts type). */
import type { Texts } from './it.js';
import { performanceEn } from './performance.en.js';
import { resultsEn } from './results.en.js';
import { smvpEn } from './smvp.en.js';
import { adminEn } from './admin.en.js';
import { importsEn } from './imports.en.js';
import { monitoringEn } from './monitoring.en.js';
import { lifecycleEn } from './lifecycle.en.js';
import { documentsEn } from './documents.en.js';
import { cardsEn } from './cards.en.js';

export const en: Texts = {
  app: {
    name: 'Traguardo',
    tagline: 'Performance management cycle',
    documentTitle: '{{page}} · Traguardo',
  },
  skipLinks: {
    label: 'Quick links',
    main: 'Skip to main content',
    navigation: 'Skip to navigation',
  },
  language: {
    groupLabel: 'Language',
    it: 'Italiano',
    en: 'English',
    short: { it: 'ITA', en: 'ENG' },
  },
  header: {
    mainNavigation: 'Main navigation',
    openMenu: 'Open the navigation menu',
    closeMenu: 'Close the navigation menu',
    workspace: 'Body and period you are working on',
  },
  nav: {
    home: 'Dashboard',
  },
  workspace: {
    entity: 'Body',
    plan: 'Plan',
    year: 'Year',
    noPlans: 'No plan available',
    loadingPlans: 'Loading plans…',
    yearOption: '{{year}} – {{status}}',
  },
  userMenu: {
    label: 'User menu',
    changePassword: 'Change password',
    logout: 'Log out',
    systemAdmin: 'System administrator',
  },
  login: {
    title: 'Log in to Traguardo',
    area: 'Restricted area for the body’s staff',
    intro: 'Enter the credentials of your account.',
    username: 'Username',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Log in',
    submitting: 'Logging in…',
    failedTitle: 'Login failed',
    lockedTitle: 'Account temporarily locked',
    tooManyTitle: 'Too many attempts',
  },
  changePassword: {
    title: 'Change password',
    intro: 'For your security, enter your current password, then the new one twice.',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm the new password',
    showPasswords: 'Show passwords',
    submit: 'Save the new password',
    submitting: 'Saving…',
    success: 'Password changed. Use the new password next time you log in.',
    failedTitle: 'The password was not changed',
  },
  validation: {
    required: 'Required field.',
    passwordsDiffer: 'The two passwords do not match.',
    sameAsCurrent: 'The new password must differ from the current one.',
  },
  home: {
    title: 'Dashboard',
    welcome: 'Welcome, {{name}}',
    rolesLabel: 'Your roles in this body:',
    noRoles: 'No role in this body (access as system administrator).',
    planHeading: 'Performance plan',
    planCode: 'Code',
    planPeriod: 'Period',
    yearsCaption: 'Plan years and cycle status',
    year: 'Year',
    status: 'Status',
    meaning: 'Cycle phase',
    selectedYear: 'selected year',
    otherPlans: 'Other plans of this body',
    countsCaption: 'What the plan contains',
    counts: {
      nodes: 'Objectives and tree nodes',
      indicators: 'Indicators',
      measures: 'Measures',
      periods: 'Collection periods',
      values: 'Measured values',
    },
    noPlansTitle: 'No performance plan',
    noPlansBody: 'No performance plan has been loaded yet for {{entity}}.',
    noPlansWhatToDo: 'The technical support unit (STP) loads the plan by importing the plan file with the “traguardo import” command. If the plan should already be here, contact the planning and control office.',
    noEntityTitle: 'No body assigned',
    noEntityBody: 'Your account is not yet linked to any body. Ask the system administrator to give you a role in your body.',
  },
  planStatus: {
    planning: 'Planning',
    approved: 'Approved',
    monitoring: 'Monitoring',
    revised: 'Revised',
    closed: 'Closed',
    validated: 'Validated',
    frozen: 'Frozen',
    unknown: 'Status “{{status}}”',
  },
  planStatusMeaning: {
    planning: 'Objectives, indicators, targets and weights being defined.',
    approved: 'Plan approved by its act; monitoring not started yet.',
    monitoring: 'Measured values being collected during the year.',
    revised: 'Plan revised during the year; values are still being collected.',
    closed: 'Year over: results being measured and evaluated.',
    validated: 'Performance report validated by the OIV.',
    frozen: 'Results frozen: an immutable snapshot, recomputable as a check.',
    unknown: 'Status not known to this version of the interface.',
  },
  roles: {
    stp: 'Technical support unit (STP)',
    sg: 'Secretary general',
    dirigente: 'Manager (dirigente)',
    referente: 'Office contact (referente)',
    validatore: 'Validator',
    oiv: 'Independent evaluator (OIV)',
    lettore: 'Read only',
  },
  errors: {
    loadFailedTitle: 'The data could not be loaded',
    retry: 'Try again',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The address you asked for does not match any page of Traguardo.',
    backHome: 'Back to the dashboard',
    unexpectedTitle: 'Something went wrong',
  },
  common: {
    loading: 'Loading…',
  },
  footer: {
    product: 'Traguardo – performance management cycle of public bodies',
  },
  performance: performanceEn,
  results: resultsEn,
  smvp: smvpEn,
  admin: adminEn,
  imports: importsEn,
  monitoring: monitoringEn,
  lifecycle: lifecycleEn,
  documents: documentsEn,
  cards: cardsEn,
};
