/**
 * Cycle finding in a directed graph, linear in nodes plus edges (Tarjan's strongly
 * connected components, iterative so deep chains cannot overflow the stack).
 */

/**
 * One cycle per strongly connected component that has one, as a path that starts and
 * ends at the component's smallest node: `[a, b, c, a]`. `next` lists a node's successors.
 */
export function findCycles(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const start of nodes) {
    if (indexOf.has(start)) continue;
    // Each frame: node and the position in its successor list.
    const frames: { node: string; succ: readonly string[]; i: number }[] = [];
    const enter = (n: string): void => {
      indexOf.set(n, counter);
      low.set(n, counter);
      counter++;
      stack.push(n);
      onStack.add(n);
      frames.push({ node: n, succ: next(n), i: 0 });
    };
    enter(start);
    while (frames.length) {
      const f = frames[frames.length - 1] as (typeof frames)[number];
      if (f.i < f.succ.length) {
        const w = f.succ[f.i++] as string;
        if (!indexOf.has(w)) enter(w);
        else if (onStack.has(w)) low.set(f.node, Math.min(low.get(f.node) as number, indexOf.get(w) as number));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(f.node) as number));
      if (low.get(f.node) === indexOf.get(f.node)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          comp.push(w);
        } while (w !== f.node);
        const selfLoop = comp.length === 1 && next(f.node).includes(f.node);
        if (comp.length > 1 || selfLoop) components.push(comp);
      }
    }
  }

  const cycles = components.map((comp) => cyclePath(comp, next));
  return cycles.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}

/** The shortest path from the component's smallest node back to itself (breadth first). */
function cyclePath(comp: readonly string[], next: (node: string) => readonly string[]): string[] {
  const members = new Set(comp);
  const start = [...comp].sort()[0] as string;
  const prev = new Map<string, string>();
  const queue: string[] = [start];
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi] as string;
    for (const w of [...next(n)].sort()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const back: string[] = [];
        for (let c: string | undefined = n; c !== undefined && c !== start; c = prev.get(c)) back.push(c);
        return [start, ...back.reverse(), start];
      }
      if (!prev.has(w) && w !== start) {
        prev.set(w, n);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
