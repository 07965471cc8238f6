import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError, REFRESH_KEY } from '../api/client';
import { fakeFetch } from './fixtures';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const tokens = (n: number) => ({ accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 900, tokenType: 'Bearer' });

describe('ApiClient', () => {
  it('logs in, sends the access token and keeps the refresh token', async () => {
    const storage = memoryStorage();
    const f = fakeFetch({ 'POST /api/v1/auth/login': () => ({ json: tokens(1) }), 'GET /api/v1/users/me': () => ({ json: { username: 'ada' } }) });
    const c = new ApiClient({ fetch: f.fn, storage });
    await c.login('ada', 'pw');
    expect(await c.get('/api/v1/users/me')).toEqual({ username: 'ada' });
    expect(f.calls[1].headers.Authorization).toBe('Bearer access-1');
    expect(storage.getItem(REFRESH_KEY)).toBe('refresh-1');
  });

  it('refreshes once on 401, stores the rotated refresh token and retries', async () => {
    const storage = memoryStorage();
    let n = 1;
    const f = fakeFetch({
      'POST /api/v1/auth/login': () => ({ json: tokens(1) }),
      'POST /api/v1/auth/refresh': (body) => {
        expect(body).toEqual({ refreshToken: `refresh-${n}` });
        n++;
        return { json: tokens(n) };
      },
      'GET /api/v1/pipelines': (_b, init) =>
        (init.headers as Record<string, string>).Authorization === 'Bearer access-1' ? { status: 401, json: { status: 401, detail: 'expired' } } : { json: [] },
    });
    const c = new ApiClient({ fetch: f.fn, storage });
    await c.login('ada', 'pw');
    // Three calls at once meet an expired token: one refresh serves them all.
    const answers = await Promise.all([c.get('/api/v1/pipelines'), c.get('/api/v1/pipelines'), c.get('/api/v1/pipelines')]);
    expect(answers).toEqual([[], [], []]);
    expect(f.calls.filter((x) => x.path === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(storage.getItem(REFRESH_KEY)).toBe('refresh-2');
    expect(c.token).toBe('access-2');
  });

  it('restores a session from the stored refresh token after a reload', async () => {
    const storage = memoryStorage();
    storage.setItem(REFRESH_KEY, 'refresh-7');
    const f = fakeFetch({ 'POST /api/v1/auth/refresh': () => ({ json: tokens(8) }), 'GET /api/v1/users/me': () => ({ json: { username: 'ada' } }) });
    const c = new ApiClient({ fetch: f.fn, storage });
    await c.get('/api/v1/users/me');
    expect(f.calls.map((x) => x.path)).toEqual(['/api/v1/auth/refresh', '/api/v1/users/me']);
    expect(f.calls[1].headers.Authorization).toBe('Bearer access-8');
  });

  it('ends the session when the refresh token is refused', async () => {
    const storage = memoryStorage();
    storage.setItem(REFRESH_KEY, 'refresh-used');
    const f = fakeFetch({ 'POST /api/v1/auth/refresh': () => ({ status: 401, json: { status: 401, detail: 'Refresh token already used' } }), 'GET /api/v1/users/me': () => ({ status: 401, json: { status: 401, detail: 'You are not logged in.' } }) });
    const c = new ApiClient({ fetch: f.fn, storage });
    const events: boolean[] = [];
    c.onSessionChange((s) => events.push(s));
    await expect(c.get('/api/v1/users/me')).rejects.toBeInstanceOf(ApiError);
    expect(storage.getItem(REFRESH_KEY)).toBeNull();
    expect(events).toEqual([false]);
  });

  it('refreshes ahead of expiry for the WebSocket', async () => {
    const storage = memoryStorage();
    let now = 0;
    const f = fakeFetch({ 'POST /api/v1/auth/login': () => ({ json: tokens(1) }), 'POST /api/v1/auth/refresh': () => ({ json: tokens(2) }) });
    const c = new ApiClient({ fetch: f.fn, storage, now: () => now });
    await c.login('ada', 'pw');
    expect(await c.freshToken()).toBe('access-1');
    now = 880_000; // 20 s before the 900 s expiry
    expect(await c.freshToken()).toBe('access-2');
  });

  it('turns a problem+json answer into an error with its detail and field errors', async () => {
    const f = fakeFetch({ 'POST /api/v1/users': () => ({ status: 400, json: { status: 400, detail: 'Invalid request', errors: [{ field: 'email', message: 'must be a well-formed email address' }] } }) });
    const c = new ApiClient({ fetch: f.fn, storage: memoryStorage() });
    const e = (await c.post('/api/v1/users', {}).catch((x) => x)) as ApiError;
    expect(e.status).toBe(400);
    expect(e.fieldMessage('email')).toBe('must be a well-formed email address');
  });
});
