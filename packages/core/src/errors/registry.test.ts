import { describe, expect, it } from 'vitest';
import { problemToError } from './problem-to-error.js';
import { errorToProblem, problemOf } from './problem.js';
import {
  codeOfProblemType,
  codeOfStatus,
  ERROR_REGISTRY,
  errorInfo,
  isErrorCode,
  problemType,
} from './registry.js';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  PluginError,
  UnavailableError,
  ValidationError,
} from './domain-error.js';

const codes = Object.keys(ERROR_REGISTRY) as (keyof typeof ERROR_REGISTRY)[];

describe('the error registry', () => {
  it('gives every code a status, a title and a type URI that names the code again', () => {
    for (const code of codes) {
      const info = errorInfo(code);
      expect(info.code).toBe(code);
      expect(info.status).toBeGreaterThanOrEqual(400);
      expect(info.status).toBeLessThan(600);
      expect(info.title.length).toBeGreaterThan(0);
      expect(info.type).toBe(`/api/v1/problems/${code.replace(/_/g, '-')}`);
      expect(codeOfProblemType(info.type)).toBe(code);
    }
    expect(new Set(codes.map(problemType)).size).toBe(codes.length);
  });

  it('answers the statuses the API has always answered', () => {
    expect(Object.fromEntries(codes.map((c) => [c, ERROR_REGISTRY[c].status]))).toMatchObject({
      validation: 400,
      unauthorized: 401,
      forbidden: 403,
      not_found: 404,
      conflict: 409,
      illegal_transition: 409,
      sequence_gap: 409,
      payload_too_large: 413,
      unsupported_version: 422,
      internal: 500,
      unavailable: 503,
    });
  });

  it('reports an unknown code as internal and knows the code of a bare status', () => {
    expect(isErrorCode('teapot')).toBe(false);
    expect(errorInfo('teapot')).toMatchObject({ code: 'internal', status: 500 });
    expect(codeOfProblemType('about:blank')).toBeUndefined();
    expect(codeOfProblemType('/api/v1/problems/teapot')).toBeUndefined();
    expect(codeOfStatus(404)).toBe('not_found');
    expect(codeOfStatus(418)).toBe('internal');
  });

  it('round-trips every code: error -> problem -> error of the same class and code', () => {
    const samples: DomainError[] = [
      new ValidationError('bad', [{ path: ['deliverables', 0, 'rag'], message: 'Invalid option' }]),
      new NotFoundError('No network n1', { entity: 'network', id: 'n1' }),
      new ConflictError('gap', { expectedSeq: 4 }, 'sequence_gap'),
      new ForbiddenError('needs admin'),
      new PluginError('membership', 'boom', { code: 'plugin_failed' }),
      new UnavailableError('hub down'),
      ...codes.map((c) => new DomainError(c, `a ${c}`)),
    ];
    for (const error of samples) {
      const problem = errorToProblem(error);
      expect(problem.status).toBe(ERROR_REGISTRY[error.code].status);
      expect(problem.title).toBe(ERROR_REGISTRY[error.code].title);
      const back = problemToError(JSON.parse(JSON.stringify(problem)));
      expect(back.code).toBe(error.code);
      expect(back.message).toBe(error.message);
      expect(back.status).toBe(problem.status);
      if (error.constructor !== DomainError) expect(back.constructor).toBe(error.constructor);
    }
    const v = problemToError(errorToProblem(samples[0]!)) as unknown as ValidationError;
    expect(v.issues).toEqual([{ path: ['deliverables', 0, 'rag'], message: 'Invalid option' }]);
    expect(problemToError(errorToProblem(samples[2]!)).data).toEqual({ expectedSeq: 4 });
  });

  it('answers anything that is not a domain error as internal, without its message', () => {
    const p = errorToProblem(new Error('SQLITE_BUSY: secret path /var/x'));
    expect(p).toMatchObject({ status: 500, type: '/api/v1/problems/internal' });
    expect(JSON.stringify(p)).not.toContain('secret');
    expect(errorToProblem('a string').status).toBe(500);
  });

  it('never lets an extension override a standard member', () => {
    const p = problemOf('conflict', 'locked', { status: 'signed_off', title: 'x' });
    expect(p.status).toBe(409);
    expect(p.title).toBe('Conflict');
  });
});
