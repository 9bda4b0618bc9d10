// Type-checked by TypeScript 5.9 against the installed declarations: core, client, the plugin API.
import { type DomainErrorCode, NotFoundError, type Problem, errorToProblem } from '@tessera/core';
import { createClient, type TesseraClient } from '@tessera/client';
import { OpenAPIHono, definePlugin, type PluginInstance } from '@tessera/plugin';
import { z } from 'zod';

const code: DomainErrorCode = 'not_found';
const problem: Problem = errorToProblem(new NotFoundError('No thing'));
const status: number = problem.status;

const client: TesseraClient = createClient({ baseUrl: 'http://127.0.0.1:8787' });
const health: Promise<{ instance: string }> = client.health();

const greeter = definePlugin({
  id: 'greeter',
  apiVersion: 1,
  options: z.object({ greeting: z.string().default('hello') }),
  routes: (_ctx, options) => {
    const app = new OpenAPIHono();
    app.get('/hello', (c) => c.json({ message: options.greeting }));
    return app;
  },
});
const wired: PluginInstance = greeter({ greeting: 'hi' });

export { code, status, health, wired };
