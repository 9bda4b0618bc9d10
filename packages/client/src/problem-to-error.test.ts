import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '@tessera/core';
import { isApiError, problemCode, problemToError } from './problem-to-error.js';
import { problem } from './__fixtures__/fake-fetch.js';

describe('problemToError', () => {
  it('rebuilds a ValidationError with the issues of errors[].path/detail', () => {
    const p = problem(
      'validation',
      400,
      'The input is not valid: period: expected a quarter like 2015-Q3',
      {
        errors: [
          { pointer: '#/period', path: ['period'], detail: 'expected a quarter like 2015-Q3' },
          {
            pointer: '#/deliverables/0/rag',
            path: ['deliverables', 0, 'rag'],
            detail: 'Invalid option',
          },
        ],
      },
    );
    const e = problemToError(p);
    expect(e).toBeInstanceOf(ValidationError);
    expect(e).toBeInstanceOf(DomainError);
    const v = e as unknown as ValidationError;
    expect(v.code).toBe('validation');
    expect(v.message).toBe(p.detail);
    expect(v.issues).toEqual([
      { path: ['period'], message: 'expected a quarter like 2015-Q3' },
      { path: ['deliverables', 0, 'rag'], message: 'Invalid option' },
    ]);
    expect(e.status).toBe(400);
    expect(e.problem).toBe(p);
  });

  it('falls back to the JSON pointer when a field error has no path', () => {
    const e = problemToError(
      problem('validation', 400, 'bad', { errors: [{ pointer: '#/a~1b/2/c~0d', detail: 'x' }] }),
    ) as unknown as ValidationError;
    expect(e.issues).toEqual([{ path: ['a/b', 2, 'c~d'], message: 'x' }]);
  });

  it('maps not-found, forbidden and each conflict code to core classes with the extensions as data', () => {
    const nf = problemToError(
      problem('not_found', 404, 'No network with id n1', { entity: 'network', id: 'n1' }),
    );
    expect(nf).toBeInstanceOf(NotFoundError);
    expect((nf as unknown as NotFoundError).data).toEqual({ entity: 'network', id: 'n1' });
    expect(nf.status).toBe(404);

    expect(problemToError(problem('forbidden', 403, 'needs admin'))).toBeInstanceOf(ForbiddenError);

    for (const code of ['conflict', 'illegal_transition', 'sequence_gap'] as const) {
      const e = problemToError(problem(code, 409, `a ${code}`, { expected: 4 }));
      expect(e).toBeInstanceOf(ConflictError);
      expect((e as unknown as ConflictError).code).toBe(code);
      expect((e as unknown as ConflictError).data).toEqual({ expected: 4 });
      expect(e.message).toBe(`a ${code}`);
    }
  });

  it('maps the other domain codes to DomainError with their code', () => {
    for (const [code, status] of [
      ['unauthorized', 401],
      ['payload_too_large', 413],
      ['unsupported_version', 422],
    ] as const) {
      const e = problemToError(problem(code, status, 'no'));
      expect(e.constructor).toBe(DomainError);
      expect((e as unknown as DomainError).code).toBe(code);
      expect((e as unknown as DomainError).data).toBeUndefined();
      expect(e.status).toBe(status);
    }
  });

  it('takes the code from the status when the type is not a Tessera problem', () => {
    const p = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'gone' };
    expect(problemCode(p)).toBe('not_found');
    expect(problemToError(p)).toBeInstanceOf(NotFoundError);
  });

  it('makes an internal DomainError naming the request for a 500', () => {
    const p = problem('internal', 500, 'An unexpected error occurred; it has been logged');
    const e = problemToError(p, { method: 'GET', url: 'http://h/api/v1/networks' });
    expect(e).toBeInstanceOf(DomainError);
    expect((e as unknown as DomainError).code).toBe('internal');
    expect(e.message).toBe(
      '500 internal: An unexpected error occurred; it has been logged (GET http://h/api/v1/networks)',
    );
    expect(e.status).toBe(500);
    expect(e.problem).toBe(p);
    expect(isApiError(e)).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
  });
});
