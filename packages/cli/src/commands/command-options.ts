import { InvalidArgumentError } from 'commander';
import { Store } from '@tessera/store';

/** Where the one-shot commands write what they print (tests capture it). */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The database a command uses when `--db` is not given. */
export const DEFAULT_DB = 'file:./data/local.db';

/** A parser of a whole-number option in [min, max] (no upper bound without `max`). */
export function wholeNumber(min: number, max?: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || (max !== undefined && n > max))
      throw new InvalidArgumentError(
        max === undefined
          ? `expected a whole number >= ${min}`
          : `expected a whole number from ${min} to ${max}`,
      );
    return n;
  };
}

/** Opens a store for one-shot commands, with the CLI's error wording. */
export async function openStore(db: string, instance?: string): Promise<Store> {
  return Store.open({ url: db, ...(instance ? { instance } : {}) });
}
