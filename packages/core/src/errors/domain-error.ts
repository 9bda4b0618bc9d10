/**
 * The one error base of Tessera's domain. Core knows no HTTP: the server maps `code` to a status
 * once (RFC 9457 problem details) and the client turns problem documents back into these classes.
 */
export type DomainErrorCode =
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'forbidden'
  | 'unauthorized'
  | 'illegal_transition'
  | 'payload_too_large'
  | 'unsupported_version'
  | 'sequence_gap';

/** A failing field: its path in the input (e.g. `["deliverables", 0, "rag"]`) and what is wrong. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly data?: Record<string, unknown>;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { cause?: unknown; data?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options.data !== undefined) this.data = options.data;
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('not_found', message, data ? { data } : {});
  }
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    data?: Record<string, unknown>,
    code: 'conflict' | 'illegal_transition' | 'sequence_gap' = 'conflict',
  ) {
    super(code, message, data ? { data } : {});
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('forbidden', message, data ? { data } : {});
  }
}

export class ValidationError extends DomainError {
  readonly issues: FieldIssue[];
  constructor(message: string, issues: FieldIssue[] = [], options: { cause?: unknown } = {}) {
    super('validation', message, { ...options, data: { issues } });
    this.issues = issues;
  }
}
