// ESM consumer of the installed packages: core offline, the client against a real instance.
import assert from 'node:assert/strict';
import { errorToProblem, NotFoundError, problemToError, coreEntities } from '@tessera/core';
import { createClient, problemToError as clientProblemToError } from '@tessera/client';
import { startInstance } from '@tessera/cli';

assert.ok(coreEntities.length > 10, 'core lists its entities');
const problem = errorToProblem(new NotFoundError('No network n1'));
assert.equal(problem.status, 404);
assert.ok(problemToError(problem) instanceof NotFoundError);
assert.equal(clientProblemToError(problem).code, 'not_found');

const running = await startInstance(
  { db: ':memory:', port: 0, host: '127.0.0.1', instance: 'pack-esm', role: 'local' },
  () => {},
);
try {
  const health = await createClient({ baseUrl: running.url }).health();
  assert.equal(health.instance, 'pack-esm');
} finally {
  await running.close();
}
console.log('esm: ok');
