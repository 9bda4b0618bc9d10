/** What an event says: which record changed (never its personal fields; fetch the record if needed). */
export interface TesseraEvent {
  /** `<domain>.<entity>.<created|updated|deleted>`, e.g. `networks.membership.created`. */
  name: string;
  entity: string;
  id: string;
  version: number;
  owner: string;
}

export type EventHandler = (event: TesseraEvent) => void | Promise<void>;

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
  async emit(event: TesseraEvent): Promise<void> {
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
