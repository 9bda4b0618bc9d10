/**
 * Every error code of Tessera, declared once: the HTTP status it answers, the title of its problem
 * document and (through `problemType`) its problem `type` URI. The server, the client and the sync
 * hub client all read this table; nothing else lists codes, titles or statuses.
 */
export const ERROR_REGISTRY = {
  validation: { status: 400, title: 'Invalid request' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  illegal_transition: { status: 409, title: 'Illegal transition' },
  sequence_gap: { status: 409, title: 'Sequence gap' },
  precondition_failed: { status: 412, title: 'Precondition failed' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_version: { status: 422, title: 'Unsupported schema version' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  plugin_refused: { status: 500, title: 'Plugin refused' },
  plugin_failed: { status: 500, title: 'Plugin failed' },
  misconfigured: { status: 500, title: 'Misconfigured' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

/** A code of the registry (`not_found`, `sequence_gap`, ...). */
export type DomainErrorCode = keyof typeof ERROR_REGISTRY;

/** What the registry says of one code. */
export interface ErrorInfo {
  code: DomainErrorCode;
  status: number;
  title: string;
  /** The problem `type` URI: a reference under the API, stable per code. */
  type: string;
}

const TYPE_BASE = '/api/v1/problems/';
const TYPE_PATTERN = /\/api\/v1\/problems\/([a-z0-9-]+)$/;

/** Whether `code` is in the registry. */
export function isErrorCode(code: unknown): code is DomainErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_REGISTRY, code);
}

/** The problem `type` URI of a code: `not_found` -> `/api/v1/problems/not-found`. */
export function problemType(code: string): string {
  return `${TYPE_BASE}${code.replace(/_/g, '-')}`;
}

/** The registry's entry for `code`; an unknown code is reported as `internal`. */
export function errorInfo(code: string): ErrorInfo {
  const known: DomainErrorCode = isErrorCode(code) ? code : 'internal';
  const { status, title } = ERROR_REGISTRY[known];
  return { code: known, status, title, type: problemType(known) };
}

/** The code a problem `type` names (`.../problems/illegal-transition` -> `illegal_transition`). */
export function codeOfProblemType(type: string): DomainErrorCode | undefined {
  const m = TYPE_PATTERN.exec(type);
  const code = m?.[1]?.replace(/-/g, '_');
  return isErrorCode(code) ? code : undefined;
}

/** The code that stands for a bare status (a problem whose `type` names no Tessera code). */
const CODE_OF_STATUS: Readonly<Record<number, DomainErrorCode>> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  422: 'unsupported_version',
  429: 'rate_limited',
  503: 'unavailable',
};

/** The code of a status when nothing else names one (e.g. an answer of a proxy); else `internal`. */
export function codeOfStatus(status: number): DomainErrorCode {
  return CODE_OF_STATUS[status] ?? 'internal';
}
