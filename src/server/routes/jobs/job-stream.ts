/**
 * The server-sent event stream of one job: a `snapshot` event with the job's current state, then every
 * event of the job as the worker announces it, ending after the job finishes. A comment line every
 * 15 s keeps proxies from closing a quiet stream. Every open stream is ended when the server closes.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { onJobEvent, type JobEvent, type JobRow } from '../../jobs/index.js';
import { TERMINAL_JOB_STATUSES } from '../../services/job.js';
import { presentJob, presentJobEvent } from './job.schema.js';

const KEEP_ALIVE_MS = 15_000;

export interface JobStreams {
  open(jobId: string, load: () => Promise<JobRow | undefined>, onClose: (listener: () => void) => void): Promise<PassThrough>;
}

function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function createJobStreams(app: FastifyInstance): JobStreams {
  const streams = new Set<PassThrough>();
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });
  return {
    async open(jobId, load, onClose) {
      const stream = new PassThrough();
      streams.add(stream);
      const pending: JobEvent[] = [];
      let ready = false;
      const finish = () => { if (!stream.writableEnded) stream.end(); };
      const write = (event: JobEvent) => {
        stream.write(sseFrame(event.type, presentJobEvent(event)));
        if (TERMINAL_JOB_STATUSES.includes(event.status)) finish();
      };
      // Listen before reading the job, so no event falls between the read and the subscription.
      const stopListening = onJobEvent((event) => {
        if (event.jobId !== jobId || stream.writableEnded) return;
        if (ready) write(event); else pending.push(event);
      });
      const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      const cleanup = () => { stopListening(); clearInterval(keepAlive); streams.delete(stream); finish(); };
      stream.on('close', cleanup);
      stream.on('finish', cleanup);
      onClose(cleanup);
      const job = await load();
      if (!job) {
        cleanup();
        return stream;
      }
      stream.write(sseFrame('snapshot', presentJob(job)));
      ready = true;
      if (TERMINAL_JOB_STATUSES.includes(job.status)) finish();
      for (const event of pending) if (!stream.writableEnded) write(event);
      return stream;
    },
  };
}
