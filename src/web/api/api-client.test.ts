// The client against a real HTTP server (node:http on a random port), not a fetch stub.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ApiError, clientProblems, createApiClient } from './api-client.js';

interface Seen { method: string; url: string; csrf: string | undefined; contentType: string | undefined; body: string }

const seen: Seen[] = [];
let server: Server;
let baseUrl = '';

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    seen.push({
      method: request.method ?? '',
      url: request.url ?? '',
      csrf: request.headers['x-csrf-token'] as string | undefined,
      contentType: request.headers['content-type'],
      body,
    });
    const send = (status: number, type: string, payload: string) => {
      response.writeHead(status, { 'content-type': type });
      response.end(payload);
    };
    switch (request.url) {
      case '/plans':
        return send(200, 'application/json', JSON.stringify([{ code: 'P2025', firstYear: 2025 }]));
      case '/bad-shape':
        return send(200, 'application/json', JSON.stringify({ unexpected: true }));
      case '/login':
        return send(401, 'application/problem+json', JSON.stringify({
          status: 401, code: 'invalid_credentials', detail: 'wrong password',
          messages: { it: 'Nome utente o password errati.', en: 'Wrong username or password.' },
        }));
      case '/password':
        return send(400, 'application/problem+json', JSON.stringify({
          status: 400, code: 'validation_failed',
          messages: { it: 'Dati non validi.', en: 'Invalid data.' },
          errors: [{ path: 'newPassword', messages: { it: 'Troppo corta.', en: 'Too short.' } }],
        }));
      case '/logout':
        response.writeHead(204);
        return response.end();
      default:
        return send(502, 'text/html', '<html>Bad gateway</html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The ApiError a request fails with (the test fails if it resolves or throws anything else). */
async function problemOf(request: Promise<unknown>): Promise<ApiError> {
  const error = await request.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const planListSchema = z.array(z.object({ code: z.string(), firstYear: z.number() }));

describe('api client', () => {
  it('returns the validated JSON body', async () => {
    const client = createApiClient({ baseUrl });
    await expect(client.request('/plans', { schema: planListSchema })).resolves.toEqual([{ code: 'P2025', firstYear: 2025 }]);
  });

  it('turns a problem document into an ApiError with both languages', async () => {
    const client = createApiClient({ baseUrl });
    const problem = await problemOf(client.request('/login', { method: 'POST', body: { username: 'stp', password: 'x' } }));
    expect(problem.status).toBe(401);
    expect(problem.code).toBe('invalid_credentials');
    expect(problem.messageIn('it')).toBe('Nome utente o password errati.');
    expect(problem.messageIn('en')).toBe('Wrong username or password.');
    expect(seen.at(-1)?.body).toBe('{"username":"stp","password":"x"}');
    expect(seen.at(-1)?.contentType).toBe('application/json');
  });

  it('keeps field problems so forms can show them next to the field', async () => {
    const client = createApiClient({ baseUrl });
    const problem = await problemOf(client.request('/password', { method: 'POST', body: {} }));
    expect(problem.fieldMessageIn('newPassword', 'it')).toBe('Troppo corta.');
    expect(problem.fieldMessageIn('newPassword', 'en')).toBe('Too short.');
    expect(problem.fieldMessageIn('currentPassword', 'it')).toBeUndefined();
  });

  it('sends the CSRF token on mutating requests only', async () => {
    const client = createApiClient({ baseUrl });
    client.setCsrfToken('token-123');
    await client.request('/plans');
    expect(seen.at(-1)?.csrf).toBeUndefined();
    await client.request('/logout', { method: 'POST' });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', csrf: 'token-123', contentType: undefined, body: '' });
  });

  it('sends a FormData body as multipart, with the CSRF token and its own boundary', async () => {
    const client = createApiClient({ baseUrl });
    client.setCsrfToken('token-456');
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'nota.txt');
    await client.request('/logout', { method: 'POST', body: form });
    const request = seen.at(-1);
    expect(request?.csrf).toBe('token-456');
    expect(request?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.body).toContain('filename="nota.txt"');
    expect(request?.body).toContain('hello');
  });

  it('returns undefined for 204 No Content', async () => {
    const client = createApiClient({ baseUrl });
    await expect(client.request('/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('explains a non-JSON error page with its status', async () => {
    const client = createApiClient({ baseUrl });
    const problem = await problemOf(client.request('/somewhere'));
    expect(problem.status).toBe(502);
    expect(problem.code).toBe('unexpected_response');
    expect(problem.messageIn('it')).toContain('HTTP 502');
  });

  it('rejects a response that does not match the expected shape', async () => {
    const client = createApiClient({ baseUrl });
    const problem = await problemOf(client.request('/bad-shape', { schema: planListSchema }));
    expect(problem.code).toBe('invalid_response');
    expect(problem.messages).toEqual(clientProblems.invalidResponse);
  });

  it('reports an unreachable server as a network problem', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = createApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    const problem = await problemOf(client.request('/plans'));
    expect(problem.code).toBe('network_error');
    expect(problem.messages).toEqual(clientProblems.network);
  });
});
