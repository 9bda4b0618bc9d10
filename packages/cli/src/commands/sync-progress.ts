import { Presets, SingleBar } from 'cli-progress';
import type { PullProgress, PushProgress } from '@tessera/sync';

type Progress = PushProgress | PullProgress;

/**
 * Shows a sync's progress: a bar on a terminal (`tty`), else a plain line at most once a second
 * per phase (and at the end of the push).
 */
export function syncProgress(
  tty: boolean | undefined,
  out: (line: string) => void,
): { onProgress: (p: Progress) => void; stop: () => void } {
  const bar = tty
    ? new SingleBar(
        {
          format: '{phase} [{bar}] {value}/{total} {detail}',
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      )
    : null;
  let lastPhase = '';
  let lastLine = 0;
  const onProgress = (p: Progress) => {
    if (p.phase === 'push') {
      if (bar) {
        if (lastPhase !== 'push')
          bar.start(Math.max(p.total, 1), p.acked, { phase: 'push', detail: '' });
        bar.setTotal(Math.max(p.total, 1));
        bar.update(p.acked, { phase: 'push', detail: `${p.applied} applied` });
      } else if (Date.now() - lastLine > 1000 || p.acked >= p.total) {
        out(`push: ${p.acked}/${p.total} acknowledged, ${p.applied} applied`);
        lastLine = Date.now();
      }
    } else {
      if (bar && lastPhase === 'push') bar.stop();
      if (!bar && (Date.now() - lastLine > 1000 || lastPhase !== 'pull')) {
        out(`pull: cursor ${p.after}, ${p.applied} applied`);
        lastLine = Date.now();
      }
    }
    lastPhase = p.phase;
  };
  return { onProgress, stop: () => bar?.stop() };
}
