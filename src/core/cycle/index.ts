/** The monitoring cycle as pure functions: state machines, calendar, interim status, deviations, revisions, frozen results. */
export * from './transition.js';
export * from './plan-year-lifecycle.js';
export * from './value-lifecycle.js';
export * from './campaign-lifecycle.js';
export * from './period-calendar.js';
export * from './interim-status.js';
export * from './deviation.js';
export * from './plan-diff.js';
export * from './validation-checklist.js';
export * from './frozen-results.js';
export * from './value-sample.js';
export * from './measure-ownership.js';
export * from './evidence-limits.js';
