import { RequestError } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { errorToProblem } from './problem.js';

describe('errorToProblem', () => {
  it('takes a request its client abandoned for the client’s doing: 400, not logged as ours', () => {
    const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    for (const err of [aborted, new RequestError('Client connection prematurely closed.')]) {
      const logged: unknown[] = [];
      const problem = errorToProblem(err, (_m, e) => logged.push(e));
      expect(problem.status).toBe(400);
      expect(logged).toEqual([]);
    }
  });

  it('logs and answers 500 for an error of our own', () => {
    const logged: unknown[] = [];
    const problem = errorToProblem(new TypeError('x is undefined'), (_m, e) => logged.push(e));
    expect(problem.status).toBe(500);
    expect(logged).toHaveLength(1);
  });
});
