/** Who is writing, for ownership checks and the audit log. */
export interface WriteContext {
  /** Token id, `cli`, `seed` or `sync:<instance>`. */
  actor: string;
  actorRole: string;
  /** Wall-clock time of the write (ISO); defaults to now. Ordering never depends on it. */
  now?: string;
}

/** Options of a create: a caller-chosen id (deterministic seed ids) and owner (the hub's seed). */
export interface CreateOptions {
  id?: string;
  owner?: string;
}
