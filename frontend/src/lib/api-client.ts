/**
 * Thin fetch wrapper for the Herald API (Django session auth + CSRF).
 *
 * - Sends cookies (credentials: 'same-origin').
 * - On unsafe methods sends the `X-CSRFToken` header read from the `csrftoken` cookie.
 * - Parses JSON; on a non-2xx answer throws an {@link ApiError} that carries the JSON body, so
 *   DRF field errors (`{"field": ["msg"]}`) and `{"detail": "msg"}` can be shown in place.
 */

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly body: unknown;

  constructor(status: number, body: unknown, message?: string) {
    super(message ?? ApiError.messageFrom(status, body));
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  /** `detail` from a DRF error body, if any. */
  get detail(): string | undefined {
    if (isRecord(this.body) && typeof this.body.detail === 'string') return this.body.detail;
    return undefined;
  }

  /** Field errors from a DRF validation error body: every key whose value is a list of strings. */
  get fieldErrors(): FieldErrors {
    const out: FieldErrors = {};
    if (!isRecord(this.body)) return out;
    for (const [key, value] of Object.entries(this.body)) {
      if (key === 'detail') continue;
      if (Array.isArray(value)) out[key] = value.map(String);
      else if (typeof value === 'string') out[key] = [value];
    }
    return out;
  }

  /** Errors that belong to no particular field: `detail` and `non_field_errors`. */
  get generalErrors(): string[] {
    const errors: string[] = [];
    if (this.detail) errors.push(this.detail);
    errors.push(...(this.fieldErrors.non_field_errors ?? []));
    return errors;
  }

  private static messageFrom(status: number, body: unknown): string {
    if (isRecord(body) && typeof body.detail === 'string') return body.detail;
    return `Request failed with status ${status}`;
  }
}

export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error: the server could not be reached.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  params?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Build an absolute URL on this origin (relative paths keep working in tests and behind proxies). */
export function buildUrl(path: string, params?: QueryParams): string {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.set(key, String(value));
  }
  return url.toString();
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(method)) {
    const token = getCookie('csrftoken');
    if (token) headers['X-CSRFToken'] = token;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.params), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  const text = response.status === 204 ? '' : await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data as T;
}

export const api = {
  get: <T>(path: string, params?: QueryParams, signal?: AbortSignal) =>
    apiRequest<T>(path, { params, signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    apiRequest<T>(path, { method: 'POST', body, headers }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
};

/** The `cursor` query parameter of a DRF cursor-pagination link (`next` / `previous`). */
export function cursorFrom(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    return new URL(link, window.location.origin).searchParams.get('cursor');
  } catch {
    return null;
  }
}

/** A DRF list that may or may not be paginated. */
export function unwrapList<T>(data: T[] | { results: T[] }): T[] {
  return Array.isArray(data) ? data : data.results;
}

/** A human message for any error thrown by the client. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const general = error.generalErrors;
    if (general.length) return general.join(' ');
    const fields = Object.entries(error.fieldErrors).map(([k, v]) => `${k}: ${v.join(' ')}`);
    if (fields.length) return fields.join('; ');
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** A fresh Idempotency-Key: a retried POST with the same key does its work only once. */
export function newRequestKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
