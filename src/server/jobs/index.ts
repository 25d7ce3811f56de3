/** Jobs: long work in the background with progress (see job-worker.ts). Registers the built-in handlers. */
import { registerJobHandler } from './job-handlers.js';
import { COUNT_ROWS_JOB, countRowsJob } from './handlers/count-rows.js';

registerJobHandler(COUNT_ROWS_JOB, countRowsJob);

export { onJobEvent, type JobEvent, type JobEventType } from './job-events.js';
export { registerJobHandler, type JobContext, type JobHandler } from './job-handlers.js';
export { cancelQueuedJob, enqueueJob, getJob, listJobs, type JobRow, type NewJob } from './job-queue.js';
export { startBackgroundJobWorker, startJobWorker, type JobWorker, type JobWorkerOptions } from './job-worker.js';
export { COUNT_ROWS_JOB } from './handlers/count-rows.js';
