/**
 * Preloaded into a benchmarked child process (`node --import ./peak-rss.mjs ...`; plain JavaScript, so the built binary runs without tsx): at
 * exit, writes the process's peak resident memory (VmHWM, kB) to the file named by
 * `TESSERA_PEAK_RSS_FILE`, since /proc/<pid> is gone once the parent could read it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env['TESSERA_PEAK_RSS_FILE'];
if (file) {
  process.on('exit', () => {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) writeFileSync(file, kb);
  });
}
