import { DomainError } from '@tessera/core';
import type { Store } from '@tessera/store';
import { faultPoint } from '../fault-point.js';
import type { PushResult } from '../protocol.js';
import { applyPush, recordPushError } from './apply-push.js';
import { OriginQueue } from './origin-queue.js';
import { pushScreener, type PushScreener } from './push-screener.js';
import type { ScreenedPush } from './screen-push.js';

/** One authenticated push: the origin its sync token speaks for, the writer, the raw body. */
export interface PushRequest {
  /** The instance of the caller's sync token (never the origin a batch claims). */
  instance: string;
  /** Who the audit trail names, e.g. `sync:<instance>:<token id>`. */
  actor: string;
  /**
   * Reads the request body, unparsed (screening parses and validates it). Called after the push
   * took its place in the origin's queue, so pushes apply in the order their requests arrived.
   */
  body: () => Promise<Uint8Array>;
}

/**
 * The hub's handling of pushes (DESIGN.md "Sync"): each body is screened (off the main thread
 * when large) while the origin's batch ahead is applied, then applied in the order the requests
 * arrived; a batch that overtook the one before it waits once behind later requests and tries
 * again; a failure other than a gap is recorded against the token's instance, in its turn.
 */
export class PushHandler {
  // an origin's pushes apply in the order they arrived (it keeps more than one on its way)
  readonly #queue = new OriginQueue();
  readonly #screener: PushScreener;

  constructor(options: { screener?: PushScreener } = {}) {
    this.#screener = options.screener ?? pushScreener;
  }

  /** Starts the screening worker before the first push (the hub does this at start-up). */
  warm(): void {
    this.#screener.warm();
  }

  /** Screens, orders and applies one push; throws the `DomainError` the caller answers with. */
  async handle(store: Store, request: PushRequest): Promise<PushResult> {
    const { instance, actor } = request;
    const place = { current: this.#queue.enter(instance) };
    try {
      try {
        // read and screened while the origin's batch ahead is applied; applied in its turn
        const body = await request.body();
        const screened = await this.#screener.screen(body, instance, store);
        await place.current.turn;
        const result = await this.#applyInTurn(store, screened, actor, instance, place);
        faultPoint('hub:after-commit');
        return result;
      } catch (e) {
        // recorded (and audited) in its turn: a batch ahead that commits after it would clear it.
        // A malformed body (not JSON, not a batch) names no change: refused, it changes nothing.
        if (e instanceof DomainError && e.code !== 'sequence_gap' && !isMalformedBody(e)) {
          await place.current.turn;
          await recordPushError(store, instance, actor, e.message);
        }
        throw e;
      }
    } finally {
      place.current.leave();
    }
  }

  /**
   * Applies in turn; requests of an origin can arrive out of order (each is authenticated first),
   * so a batch that overtook the one before it waits once behind the requests that came after it.
   */
  async #applyInTurn(
    store: Store,
    screened: ScreenedPush,
    actor: string,
    instance: string,
    place: { current: ReturnType<OriginQueue['enter']> },
  ): Promise<PushResult> {
    try {
      return await applyPush(store, screened, { actor });
    } catch (e) {
      const overtaken =
        e instanceof DomainError && e.code === 'sequence_gap' && this.#queue.waiting(instance) > 1;
      if (!overtaken) throw e;
      place.current.leave();
      place.current = this.#queue.enter(instance);
      await place.current.turn;
      return applyPush(store, screened, { actor });
    }
  }
}

/**
 * Whether a refusal is of the body's form (not JSON, not a push batch) rather than of what a
 * change carries (a personal field, another's record): only the latter is recorded and audited.
 */
function isMalformedBody(e: DomainError): boolean {
  if (e.code !== 'validation') return false;
  const issues =
    (e as { issues?: { path: readonly PropertyKey[] }[] }).issues ??
    (e.data as { issues?: { path: readonly PropertyKey[] }[] } | undefined)?.issues ??
    [];
  return !issues.some((i) => i.path[0] === 'changes' && i.path[2] === 'payload');
}
