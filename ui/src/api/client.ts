// HTTP client of the API: bearer access token in memory, rotating refresh token in storage.
// A 401 on an authenticated call refreshes once (one refresh in flight however many calls wait)
// and retries; a failed refresh ends the session. Refresh tokens are single use: the server signs
// out every session of a login whose used token is presented again, so the new one is stored
// before anything else happens.
import type { Problem, TokenResponse } from './types';

export const REFRESH_KEY = 'dagg.refreshToken';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.status = problem.status;
    this.problem = problem;
  }

  /** The message of a field error (400 naming the field), if the server sent one. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export interface ClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  now?: () => number;
}

type Body = unknown;
interface RequestOptions {
  /** Send without credentials and never refresh (login, refresh, logout). */
  anonymous?: boolean;
  /** Answer as text (YAML export) rather than JSON. */
  text?: boolean;
  contentType?: string;
  signal?: AbortSignal;
}

export class ApiClient {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private refreshing: Promise<boolean> | null = null;
  private listeners = new Set<(signedIn: boolean) => void>();
  private readonly baseUrl: string;
  private readonly doFetch: typeof fetch;
  private readonly storage: ClientOptions['storage'];
  private readonly now: () => number;

  constructor(options: ClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.doFetch = options.fetch ?? ((...args) => fetch(...args));
    this.storage = options.storage ?? (typeof localStorage === 'undefined' ? undefined : localStorage);
    this.now = options.now ?? Date.now;
  }

  get token(): string | null {
    return this.accessToken;
  }

  get hasRefreshToken(): boolean {
    return Boolean(this.storage?.getItem(REFRESH_KEY));
  }

  /** Called with false when the session ends (logout, refresh refused). */
  onSessionChange(listener: (signedIn: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async login(username: string, password: string, totp?: string): Promise<void> {
    const tokens = await this.request<TokenResponse>('POST', '/api/v1/auth/login', { username, password, totp: totp || undefined }, { anonymous: true });
    this.accept(tokens);
  }

  async logout(): Promise<void> {
    const refreshToken = this.storage?.getItem(REFRESH_KEY);
    this.clear();
    if (refreshToken) {
      await this.request('POST', '/api/v1/auth/logout', { refreshToken }, { anonymous: true }).catch(() => undefined);
    }
  }

  /** Exchanges the stored refresh token for a new pair; false when there is none or it is refused. */
  refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  /** A valid access token for the next 30 s (the WebSocket sends it once, at connect). */
  async freshToken(): Promise<string | null> {
    if (!this.accessToken || this.expiresAt - this.now() < 30_000) await this.refresh();
    return this.accessToken;
  }

  get<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.request<T>('GET', path, undefined, options);
  }
  post<T>(path: string, body?: Body, options?: RequestOptions): Promise<T> {
    return this.request<T>('POST', path, body, options);
  }
  put<T>(path: string, body?: Body, options?: RequestOptions): Promise<T> {
    return this.request<T>('PUT', path, body, options);
  }
  delete<T = void>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  async request<T>(method: string, path: string, body?: Body, options: RequestOptions = {}): Promise<T> {
    if (!options.anonymous && !this.accessToken && this.hasRefreshToken) await this.refresh();
    let response = await this.send(method, path, body, options);
    if (response.status === 401 && !options.anonymous && this.hasRefreshToken) {
      if (await this.refresh()) response = await this.send(method, path, body, options);
    }
    if (!response.ok) throw new ApiError(await problemOf(response));
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (options.text) return text as T;
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private send(method: string, path: string, body: Body, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: options.text ? 'text/plain, application/yaml, */*' : 'application/json' };
    let payload: BodyInit | undefined;
    if (body !== undefined) {
      headers['Content-Type'] = options.contentType ?? 'application/json';
      payload = typeof body === 'string' && options.contentType ? body : JSON.stringify(body);
    }
    if (!options.anonymous && this.accessToken) headers.Authorization = `Bearer ${this.accessToken}`;
    return this.doFetch(this.baseUrl + path, { method, headers, body: payload, signal: options.signal });
  }

  private async doRefresh(): Promise<boolean> {
    const refreshToken = this.storage?.getItem(REFRESH_KEY);
    if (!refreshToken) return false;
    try {
      const tokens = await this.request<TokenResponse>('POST', '/api/v1/auth/refresh', { refreshToken }, { anonymous: true });
      this.accept(tokens);
      return true;
    } catch (e) {
      // A network failure keeps the token for a later try; a refusal ends the session.
      if (e instanceof ApiError) this.clear();
      return false;
    }
  }

  private accept(tokens: TokenResponse): void {
    this.storage?.setItem(REFRESH_KEY, tokens.refreshToken);
    this.accessToken = tokens.accessToken;
    this.expiresAt = this.now() + tokens.expiresIn * 1000;
    this.listeners.forEach((l) => l(true));
  }

  private clear(): void {
    const was = this.accessToken !== null || this.hasRefreshToken;
    this.storage?.removeItem(REFRESH_KEY);
    this.accessToken = null;
    this.expiresAt = 0;
    if (was) this.listeners.forEach((l) => l(false));
  }
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as Problem;
    return { ...parsed, status: parsed.status ?? response.status };
  } catch {
    const detail = response.status === 404 ? 'This endpoint does not exist on the server (yet).' : text.slice(0, 300);
    return { status: response.status, title: response.statusText, detail };
  }
}

/** The message to show for any failure. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = e.problem.errors?.map((f) => `${f.field}: ${f.message}`).join('; ');
    return fields ? `${e.message} (${fields})` : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

export const api = new ApiClient();
