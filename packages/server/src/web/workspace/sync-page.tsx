/** Runs one sync with the hub now; resolves with a one-line summary. */
export type SyncTrigger = () => Promise<string>;
