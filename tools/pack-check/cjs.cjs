// CommonJS consumer: require() of the installed packages.
const assert = require('node:assert/strict');
const core = require('@tessera/core');
const client = require('@tessera/client');
const plugin = require('@tessera/plugin');

const problem = core.errorToProblem(
  new core.ConflictError('gap', { expectedSeq: 3 }, 'sequence_gap'),
);
assert.equal(problem.status, 409);
assert.equal(client.problemToError(problem).data.expectedSeq, 3);
assert.equal(typeof plugin.definePlugin, 'function');
assert.equal(core.isDomainError(new core.ValidationError('bad')), true);
console.log('cjs: ok');
