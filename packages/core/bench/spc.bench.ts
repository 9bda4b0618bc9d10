// SPC engine throughput: 10,000 series of 60 monthly points through analyseSpc (validation,
// sorting, limits, every rule, icons), against a plain loop that computes only the mean and the
// screened limits of the same series in the same run (the floor).
//
// Run from the repository root:
//   pnpm exec tsx --conditions=@tessera/source packages/core/bench/spc.bench.ts
import { analyseSpc, type SpcInput } from '../src/improvement/spc/index.js';
import { Prng } from '../src/random/prng.js';

const SERIES = 10_000;
const POINTS = 60;

/** Core's seeded PRNG, so every run measures the same data. */
function prng(seed: number): () => number {
  const p = new Prng(seed);
  return () => p.next();
}

const dates = Array.from({ length: POINTS }, (_, i) =>
  new Date(Date.UTC(2019, i, 1)).toISOString().slice(0, 10),
);
const random = prng(20240601);
const inputs: SpcInput[] = Array.from({ length: SERIES }, (_, s) => {
  const level = 0.7 + random() * 0.25;
  const shiftAt = s % 3 === 0 ? Math.floor(random() * POINTS) : POINTS; // a third of the series shift
  return {
    points: dates.map((date, i) => ({
      date,
      value: level + (i >= shiftAt ? 0.05 : 0) + (random() - 0.5) * 0.04,
    })),
    improvementDirection: 'increase',
    target: 0.95,
  };
});
const raw = inputs.map((input) => Float64Array.from(input.points, (p) => p.value as number));

/** The floor: mean, moving ranges, one screening pass and the limits, nothing else. */
function meanAndLimits(y: Float64Array): number {
  const n = y.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += y[i] as number;
  const mean = sum / n;
  let mrSum = 0;
  for (let i = 1; i < n; i++) mrSum += Math.abs((y[i] as number) - (y[i - 1] as number));
  const cut = 3.267 * (mrSum / (n - 1));
  let kept = 0;
  let keptSum = 0;
  for (let i = 1; i < n; i++) {
    const d = Math.abs((y[i] as number) - (y[i - 1] as number));
    if (d < cut) {
      kept++;
      keptSum += d;
    }
  }
  const amr = keptSum / kept;
  return mean - 2.66 * amr + (mean + 2.66 * amr);
}

function timeEngine(count: number): { ms: number; check: number } {
  let check = 0;
  const t0 = performance.now();
  for (let s = 0; s < count; s++) {
    const r = analyseSpc(inputs[s] as SpcInput);
    check += (r.points[0]?.upl ?? 0) + (r.variationIcon === 'common_cause' ? 0 : 1);
  }
  return { ms: performance.now() - t0, check };
}

function timeFloor(count: number): { ms: number; check: number } {
  let check = 0;
  const t0 = performance.now();
  for (let s = 0; s < count; s++) check += meanAndLimits(raw[s] as Float64Array);
  return { ms: performance.now() - t0, check };
}

// Warm up both paths so the JIT has compiled them before the timed runs.
timeEngine(500);
timeFloor(500);

const engine = timeEngine(SERIES);
const floor = timeFloor(SERIES);
const points = SERIES * POINTS;
const rate = (ms: number): string =>
  `${Math.round(points / (ms / 1000)).toLocaleString('en-GB')} points/s`;

console.log(
  `SPC bench: ${SERIES.toLocaleString('en-GB')} series x ${POINTS} points = ${points.toLocaleString('en-GB')} points`,
);
console.log(
  `analyseSpc      ${engine.ms.toFixed(1).padStart(9)} ms  ${rate(engine.ms)}  (${((engine.ms * 1000) / SERIES).toFixed(1)} us/series)`,
);
console.log(`floor (mean+limits) ${floor.ms.toFixed(1).padStart(5)} ms  ${rate(floor.ms)}`);
console.log(
  `ratio analyseSpc / floor: ${(engine.ms / floor.ms).toFixed(1)}x   (checksums ${engine.check.toFixed(3)} / ${floor.check.toFixed(3)})`,
);
