/**
 * The web application's files (built by Vite into dist/web), with a single-page-application fallback:
 * a GET for a path outside /api that is no file gets index.html; everything else unknown is a 404 problem.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { send } from './error-handler.js';

function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (path === '/api' || path.startsWith('/api/')) return false;
  // Only names with a file extension of the build are files: codes in page addresses have dots too
  // (/obiettivi/A.1.3.1, /misure/RI.PRAT) and must get the page.
  return !ASSET_EXTENSION.test(path.split('/').pop() ?? '') || path.endsWith('.html');
}

const ASSET_EXTENSION = /\.(js|mjs|css|map|json|txt|xml|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|eot|webmanifest|pdf|zip|wasm)$/i;

const IMMUTABLE = 'public, max-age=31536000, immutable';

function isHashedAsset(webRoot: string, path: string): boolean {
  return relative(webRoot, path).split(sep)[0] === 'assets';
}

export async function registerWebStatic(app: FastifyInstance, options: { webRoot: string }): Promise<void> {
  const hasIndex = existsSync(join(options.webRoot, 'index.html'));
  if (hasIndex) {
    await app.register(fastifyStatic, {
      root: options.webRoot, prefix: '/', wildcard: true, index: ['index.html'],
      // Vite names every file under assets/ by its content's hash: browsers keep them without asking again.
      setHeaders: (reply, path) => {
        reply.header('cache-control', isHashedAsset(options.webRoot, path) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (hasIndex && wantsPage(request)) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    }
    return send(request, reply, 'route_not_found', { detail: `${request.method} ${request.url.split('?')[0]}` });
  });
}
