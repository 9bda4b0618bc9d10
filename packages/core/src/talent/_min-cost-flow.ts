/**
 * Minimum-cost maximum flow by the primal-dual method, for sparse graphs with non-negative integer
 * costs and unit capacities out of the source (one unit per augmenting path). Internal to the matcher.
 *
 * Each round runs Dijkstra on reduced costs (node potentials) and stops once the sink is settled;
 * potentials then grow by min(distance, sink distance), which keeps every residual reduced cost
 * non-negative and gives every shortest path reduced cost 0 on each edge. Flow is then pushed along
 * zero-reduced-cost paths only (Dinic blocking flows), i.e. along cheapest paths: after each round
 * the flow is a cheapest flow of its value, and at the end a maximum flow of minimum cost. Costs
 * are integers, so every comparison is exact. Arcs are scanned in the order edges were added and
 * heap ties go to the lower node number, so the result depends only on that order.
 */
export class MinCostFlow {
  private readonly from: number[] = [];
  private readonly toList: number[] = [];
  private readonly capList: number[] = [];
  private readonly costList: number[] = [];
  /** CSR position of each edge's forward arc; its residual twin is `twin[pos]`. */
  private pos: Int32Array = new Int32Array(0);
  private start: Int32Array = new Int32Array(0);
  private to: Int32Array = new Int32Array(0);
  private cap: Int32Array = new Int32Array(0);
  private cost: Float64Array = new Float64Array(0);
  private twin: Int32Array = new Int32Array(0);

  constructor(readonly nodeCount: number) {}

  /** Adds an edge; returns its index for `flowOn`. Costs must be whole numbers >= 0. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (cost < 0 || !Number.isInteger(cost))
      throw new RangeError(`edge cost must be a whole number >= 0: ${cost}`);
    this.from.push(from);
    this.toList.push(to);
    this.capList.push(capacity);
    this.costList.push(cost);
    return this.from.length - 1;
  }

  /** Units of flow on edge `edge` after `run`. */
  flowOn(edge: number): number {
    return this.cap[this.twin[this.pos[edge]!]!]!;
  }

  /** Lays the arcs (edges and residual twins) out contiguously per node, in insertion order. */
  private build(): void {
    const n = this.nodeCount;
    const m = this.from.length;
    const degree = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      degree[this.from[e]! + 1]! += 1;
      degree[this.toList[e]! + 1]! += 1;
    }
    for (let v = 0; v < n; v++) degree[v + 1]! += degree[v]!;
    this.start = degree.slice();
    const fill = degree.slice(0, n);
    this.to = new Int32Array(2 * m);
    this.cap = new Int32Array(2 * m);
    this.cost = new Float64Array(2 * m);
    this.twin = new Int32Array(2 * m);
    this.pos = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const u = this.from[e]!;
      const v = this.toList[e]!;
      const a = fill[u]!++;
      const b = fill[v]!++;
      this.to[a] = v;
      this.cap[a] = this.capList[e]!;
      this.cost[a] = this.costList[e]!;
      this.to[b] = u;
      this.cap[b] = 0;
      this.cost[b] = -this.costList[e]!;
      this.twin[a] = b;
      this.twin[b] = a;
      this.pos[e] = a;
    }
  }

  /** Sends as much flow as possible from `source` to `sink` at minimum cost. */
  // Kept whole (~90 lines): its three numbered steps share ten typed work arrays in a hot loop.
  run(source: number, sink: number): { flow: number; cost: number } {
    this.build();
    const n = this.nodeCount;
    const { start, to, cap, cost } = this;
    const pot = new Float64Array(n);
    const dist = new Float64Array(n);
    const stamp = new Int32Array(n); // dist[v] is valid when stamp[v] === round
    const settled = new Int32Array(n); // settled in round `settled[v]`
    const heap = new BinaryHeap(n);
    const settledList = new Int32Array(n);
    const level = new Int32Array(n);
    const queue = new Int32Array(n);
    let flow = 0;
    let total = 0;

    for (let round = 1; ; round++) {
      // 1. Dijkstra on reduced costs, stopping once the sink is settled.
      heap.clear();
      stamp[source] = round;
      dist[source] = 0;
      heap.push(0, source);
      let settledCount = 0;
      let reached = false;
      while (heap.size > 0) {
        const u = heap.popNode();
        const du = heap.lastKey;
        if (settled[u] === round || du > dist[u]!) continue;
        settled[u] = round;
        settledList[settledCount++] = u;
        if (u === sink) {
          reached = true;
          break;
        }
        const base = du + pot[u]!;
        for (let a = start[u]!, end = start[u + 1]!; a < end; a++) {
          if (cap[a]! <= 0) continue;
          const v = to[a]!;
          if (settled[v] === round) continue;
          const nd = base + cost[a]! - pot[v]!;
          if (stamp[v] !== round || nd < dist[v]!) {
            stamp[v] = round;
            dist[v] = nd;
            heap.push(nd, v);
          }
        }
      }
      if (!reached) break;
      // 2. Potentials += min(dist, dist(sink)), shifted by -dist(sink) (only differences matter).
      const dSink = dist[sink]!;
      for (let k = 0; k < settledCount; k++) {
        const v = settledList[k]!;
        pot[v] = pot[v]! + dist[v]! - dSink;
      }
      // 3. Blocking flows on the admissible graph (residual arcs of reduced cost 0), Dinic style.
      for (;;) {
        level.fill(-1);
        level[source] = 0;
        let qh = 0;
        let qt = 0;
        queue[qt++] = source;
        let sinkLevel = -1;
        while (qh < qt) {
          const u = queue[qh++]!;
          const lu = level[u]!;
          if (sinkLevel !== -1 && lu + 1 >= sinkLevel) break; // deeper nodes cannot lead to the sink
          const pu = pot[u]!;
          for (let a = start[u]!, end = start[u + 1]!; a < end; a++) {
            const v = to[a]!;
            if (cap[a]! > 0 && level[v] === -1 && cost[a]! + pu - pot[v]! === 0) {
              level[v] = lu + 1;
              if (v === sink) sinkLevel = lu + 1;
              else queue[qt++] = v;
            }
          }
        }
        if (sinkLevel === -1) break;
        const arc = start.slice(0, n);
        for (;;) {
          const pushed = this.augment(source, sink, level, arc, pot);
          if (pushed < 0) break;
          flow++;
          total += pushed;
        }
      }
    }
    return { flow, cost: total };
  }

  /** One unit along a level-increasing admissible path (current-arc DFS); its cost, or -1 if none. */
  private augment(
    source: number,
    sink: number,
    level: Int32Array,
    arc: Int32Array,
    pot: Float64Array,
  ): number {
    const { start, to, cap, cost, twin } = this;
    const path: number[] = [];
    let u = source;
    for (;;) {
      if (u === sink) {
        let c = 0;
        for (const a of path) {
          cap[a]! -= 1;
          cap[twin[a]!]! += 1;
          c += cost[a]!;
        }
        return c;
      }
      const want = level[u]! + 1;
      const pu = pot[u]!;
      const end = start[u + 1]!;
      let a = arc[u]!;
      while (
        a < end &&
        !(cap[a]! > 0 && level[to[a]!] === want && cost[a]! + pu - pot[to[a]!]! === 0)
      )
        a++;
      arc[u] = a;
      if (a < end) {
        path.push(a);
        u = to[a]!;
        continue;
      }
      level[u] = -1; // dead end for this level graph
      const back = path.pop();
      if (back === undefined) return -1;
      u = to[twin[back]!]!;
      arc[u]! += 1;
    }
  }
}

/** A binary min-heap of (key, node) pairs ordered by key, then node number; duplicates allowed. */
class BinaryHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;
  lastKey = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.nodes[a]! < this.nodes[b]!);
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a]!;
    this.keys[a] = this.keys[b]!;
    this.keys[b] = k;
    const n = this.nodes[a]!;
    this.nodes[a] = this.nodes[b]!;
    this.nodes[b] = n;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let i = this.size++;
    this.keys[i] = key;
    this.nodes[i] = node;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Removes the smallest pair, returns its node and leaves its key in `lastKey`. */
  popNode(): number {
    const node = this.nodes[0]!;
    this.lastKey = this.keys[0]!;
    this.size--;
    if (this.size > 0) {
      this.keys[0] = this.keys[this.size]!;
      this.nodes[0] = this.nodes[this.size]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.size && this.less(l, m)) m = l;
        if (r < this.size && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return node;
  }
}
