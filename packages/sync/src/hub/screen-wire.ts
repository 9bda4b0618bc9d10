import {
  DomainError,
  type FieldIssue,
  ForbiddenError,
  issuesOf,
  ValidationError,
} from '@tessera/core';
import type { EncodedRecords } from '@tessera/store';
import type { PushHead, ScreenedPush } from './screen-push.js';

/** What crosses between the hub's main thread and its screening worker (`PushScreener`). */

/** A screening job, as posted to the worker. */
export interface ScreenJob {
  id: number;
  /** The body: text, or its UTF-8 bytes (transferred, not copied). */
  text: string | Uint8Array;
  instance: string | null;
  /** The hub's entities: those the worker does not know are left to the main thread (plugins). */
  entities: readonly string[];
}

/** A refusal, as it crosses from the worker. */
export interface WireError {
  code: DomainError['code'];
  message: string;
  data?: Record<string, unknown>;
  issues?: FieldIssue[];
}

/** The worker's answer: what `screenPush` found, or the domain error it threw, or a failure of its own. */
export type ScreenAnswer = { id: number } & (
  | {
      ok: true;
      head: PushHead;
      count: number;
      last: ScreenedPush['last'];
      quarantined: ScreenedPush['quarantined'];
      elsewhere: number[];
      plan: { now: string; groups: EncodedRecords[] };
    }
  | { ok: false; error: WireError }
  | { ok: false; failure: string }
);

export function toWire(e: DomainError): WireError {
  return {
    code: e.code,
    message: e.message,
    ...(e.data ? { data: e.data } : {}),
    ...(e.code === 'validation' ? { issues: issuesOf(e) } : {}),
  };
}

export function fromWire(w: WireError): DomainError {
  if (w.code === 'validation') return new ValidationError(w.message, w.issues ?? []);
  if (w.code === 'forbidden') return new ForbiddenError(w.message, w.data);
  return new DomainError(w.code, w.message, w.data ? { data: w.data } : {});
}
