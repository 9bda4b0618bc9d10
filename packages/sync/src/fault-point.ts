/**
 * Crash points for fault tests: when `TESSERA_FAULT` names this point, the process kills itself
 * with SIGKILL right here (no cleanup, no flush), as a power cut would. Inert otherwise.
 */
export function faultPoint(
  name: 'push:before-send' | 'push:after-answer' | 'hub:after-commit',
): void {
  const wanted = process.env['TESSERA_FAULT'];
  if (wanted?.split(',').includes(name)) {
    const after = Number(process.env['TESSERA_FAULT_AFTER'] ?? 0);
    faultCounts.set(name, (faultCounts.get(name) ?? 0) + 1);
    if (faultCounts.get(name)! > after) process.kill(process.pid, 'SIGKILL');
  }
}
const faultCounts = new Map<string, number>();
