import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MinCostFlow } from './_min-cost-flow.js';

/** Reference: successive shortest paths with Bellman-Ford, one unit at a time, on an edge list. */
function reference(
  n: number,
  edges: [number, number, number, number][],
  s: number,
  t: number,
): { flow: number; cost: number } {
  const arcs: { to: number; cap: number; cost: number; rev: number }[][] = Array.from(
    { length: n },
    () => [],
  );
  for (const [u, v, cap, cost] of edges) {
    arcs[u]!.push({ to: v, cap, cost, rev: arcs[v]!.length + (u === v ? 1 : 0) });
    arcs[v]!.push({ to: u, cap: 0, cost: -cost, rev: arcs[u]!.length - 1 });
  }
  let flow = 0;
  let total = 0;
  for (;;) {
    const dist = new Array<number>(n).fill(Infinity);
    const prev: ([number, number] | undefined)[] = new Array(n).fill(undefined);
    dist[s] = 0;
    for (let round = 0; round < n; round++) {
      for (let u = 0; u < n; u++) {
        if (dist[u] === Infinity) continue;
        arcs[u]!.forEach((a, i) => {
          if (a.cap > 0 && dist[u]! + a.cost < dist[a.to]!) {
            dist[a.to] = dist[u]! + a.cost;
            prev[a.to] = [u, i];
          }
        });
      }
    }
    if (dist[t] === Infinity) return { flow, cost: total };
    for (let v = t; v !== s; ) {
      const [u, i] = prev[v]!;
      const a = arcs[u]![i]!;
      a.cap -= 1;
      arcs[v]![a.rev]!.cap += 1;
      v = u;
    }
    flow += 1;
    total += dist[t]!;
  }
}

describe('MinCostFlow', () => {
  it('finds the cheapest maximum flow', () => {
    const g = new MinCostFlow(4);
    const a = g.addEdge(0, 1, 2, 1);
    const b = g.addEdge(0, 2, 1, 5);
    g.addEdge(1, 3, 1, 1);
    g.addEdge(1, 2, 1, 1);
    g.addEdge(2, 3, 2, 1);
    expect(g.run(0, 3)).toEqual({ flow: 3, cost: 2 + 3 + 6 });
    expect([g.flowOn(a), g.flowOn(b)]).toEqual([2, 1]);
    expect(() => g.addEdge(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => g.addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
  });

  it('property: same flow value and cost as a Bellman-Ford reference', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 7 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(
                fc.tuple(
                  fc.nat(n - 1),
                  fc.nat(n - 1),
                  fc.integer({ min: 0, max: 3 }),
                  fc.integer({ min: 0, max: 9 }),
                ),
                { maxLength: 18 },
              ),
            ),
          ),
        ([n, edges]) => {
          const simple = edges.filter(([u, v]) => u !== v);
          const g = new MinCostFlow(n);
          for (const [u, v, cap, cost] of simple) g.addEdge(u, v, cap, cost);
          expect(g.run(0, n - 1)).toEqual(reference(n, simple, 0, n - 1));
        },
      ),
      { numRuns: 500 },
    );
  });
});
