/**
 * `@tessera/server/testing`: helpers for tests and examples, kept out of the server's main entry
 * so a production import never loads them.
 */
export { startTestInstance, type TestInstance } from './start-test-instance.js';
