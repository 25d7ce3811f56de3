/** What-if comparison of two scoring policies on one plan (pure). */
export { compareScoredPlans, snapshotOf, type KindSummary, type WhatIfComparison } from './what-if.js';
export { scoreCardsForComparison, type CardComparisonItem } from './card-comparison.js';
export { runWhatIf, type WhatIfRun } from './run-what-if.js';
export {
  bandRefOf, buildScoreChange, COMPARED_KINDS, scoreDelta,
  type BandRef, type ComparedKind, type ItemIdentity, type ScoreChange, type ScoreSnapshot,
} from './score-change.js';
