export * from './roles.js';
export * from './actions.js';
export * from './can.js';
