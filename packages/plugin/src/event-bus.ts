import type { RecordEvent } from './core-events.js';

export type EventHandler = (event: RecordEvent) => void | Promise<void>;

/**
 * Events after commit. Handlers run in the order registered for an event, after the data is
 * durable; a failing handler is logged and counted and never undoes the write.
 */
export class EventBus {
  readonly #handlers = new Map<string, EventHandler[]>();
  #failures = 0;
  #delivered = 0;
  readonly #log: (message: string, error: unknown) => void;

  /** `log` hears of each failing handler (the host passes its logger; by default they are only counted). */
  constructor(log: (message: string, error: unknown) => void = () => {}) {
    this.#log = log;
  }

  /** Subscribes to an event name, or `*` for all. Returns an unsubscribe function. */
  on(name: string, handler: EventHandler): () => void {
    const list = this.#handlers.get(name) ?? [];
    list.push(handler);
    this.#handlers.set(name, list);
    return () =>
      this.#handlers.set(
        name,
        (this.#handlers.get(name) ?? []).filter((h) => h !== handler),
      );
  }

  /** Delivers an event to its handlers; resolves when all have run (failures are counted, not thrown). */
  async emit(event: RecordEvent): Promise<void> {
    const handlers = [
      ...(this.#handlers.get(event.name) ?? []),
      ...(this.#handlers.get('*') ?? []),
    ];
    for (const h of handlers) {
      try {
        await h(event);
        this.#delivered++;
      } catch (e) {
        this.#failures++;
        this.#log(`event handler for ${event.name} failed (the change stands)`, e);
      }
    }
  }

  /** Delivered and failed handler runs since start. */
  stats(): { delivered: number; failures: number } {
    return { delivered: this.#delivered, failures: this.#failures };
  }
}
