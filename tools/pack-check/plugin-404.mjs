// A plugin that throws NotFoundError from the installed @tessera/core, served by the installed
// built CLI (`startInstance` of @tessera/cli): the answer is 404 problem+json, not a 500.
import assert from 'node:assert/strict';
import { NotFoundError } from '@tessera/core';
import { OpenAPIHono, definePlugin } from '@tessera/plugin';
import { startInstance } from '@tessera/cli';

const lookup = definePlugin({
  id: 'lookup',
  apiVersion: 1,
  routes: () => {
    const app = new OpenAPIHono();
    app.get('/things/:id', (c) => {
      throw new NotFoundError(`No thing ${c.req.param('id')}`, { id: c.req.param('id') });
    });
    return app;
  },
});

const running = await startInstance(
  {
    db: ':memory:',
    port: 0,
    host: '127.0.0.1',
    instance: 'pack-plugin',
    role: 'local',
    plugins: [lookup()],
  },
  () => {},
);
try {
  const res = await fetch(`${running.url}/api/v1/plugins/lookup/things/t1`);
  const body = await res.json();
  assert.equal(res.status, 404, JSON.stringify(body));
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  assert.equal(body.type, '/api/v1/problems/not-found');
  assert.equal(body.detail, 'No thing t1');
  assert.equal(body.id, 't1');
} finally {
  await running.close();
}
console.log('plugin 404: ok');
