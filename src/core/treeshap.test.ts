// TreeSHAP against brute-force Shapley values of the path-dependent (cover-weighted) conditional expectation.
import { describe, expect, it } from 'vitest';
import { explain, loadTrees, predictMargin, type TreeNode, type TreesDoc } from './treeshap';

/** E[f(x) | x_S] with the cover-weighted path-dependent rule (Lundberg et al., Algorithm 1). */
function condExp(nodes: TreeNode[], x: number[], S: Set<number>, i = 0): number {
  const n = nodes[i];
  if (n.left < 0) return n.value!;
  if (S.has(n.feature!)) return condExp(nodes, x, S, Math.fround(x[n.feature!]) < Math.fround(n.threshold!) ? n.left : n.right);
  return (nodes[n.left].cover * condExp(nodes, x, S, n.left) + nodes[n.right].cover * condExp(nodes, x, S, n.right)) / n.cover;
}

function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}

function bruteShap(doc: TreesDoc, x: number[], M: number): number[] {
  const phi = new Array<number>(M).fill(0);
  for (const { nodes } of doc.trees) {
    for (let i = 0; i < M; i++) {
      for (let mask = 0; mask < 1 << M; mask++) {
        if (mask & (1 << i)) continue;
        const S = new Set<number>();
        for (let k = 0; k < M; k++) if (mask & (1 << k)) S.add(k);
        const w = (fact(S.size) * fact(M - S.size - 1)) / fact(M);
        const withI = new Set(S).add(i);
        phi[i] += w * (condExp(nodes, x, withI) - condExp(nodes, x, S));
      }
    }
  }
  return phi;
}

/** Random full binary tree with repeated features along paths (exercises the unwind step). */
function randomTree(rand: () => number, depth: number, M: number): TreeNode[] {
  const nodes: TreeNode[] = [];
  const build = (d: number): number => {
    const id = nodes.length;
    nodes.push({ id, left: -1, right: -1, cover: 0 });
    if (d === depth || (d > 1 && rand() < 0.2)) {
      nodes[id].value = Math.fround(rand() * 2 - 1);
      nodes[id].cover = 1 + Math.floor(rand() * 20);
      return nodes[id].cover;
    }
    nodes[id].feature = Math.floor(rand() * M);
    nodes[id].threshold = Math.fround(rand());
    const l = build(d + 1);
    nodes[id].left = id + 1;
    const rId = nodes.length;
    const r = build(d + 1);
    nodes[id].right = rId;
    nodes[id].cover = l + r;
    return nodes[id].cover;
  };
  build(0);
  return nodes;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('treeshap', () => {
  it('hand-built stump pair has the known SHAP values', () => {
    // f = tree on x0 (<0.5 → 1, else 3, covers 1:1) + tree on x1 (<0.5 → 0, else 4, covers 3:1).
    const doc: TreesDoc = {
      margin: 'logit',
      base: 0.5,
      decision: '<',
      trees: [
        { nodes: [{ feature: 0, threshold: 0.5, left: 1, right: 2, cover: 2 }, { left: -1, right: -1, value: 1, cover: 1 }, { left: -1, right: -1, value: 3, cover: 1 }] },
        { nodes: [{ feature: 1, threshold: 0.5, left: 1, right: 2, cover: 4 }, { left: -1, right: -1, value: 0, cover: 3 }, { left: -1, right: -1, value: 4, cover: 1 }] },
      ],
    };
    const e = explain(doc, new Float64Array([0.9, 0.1]));
    expect(e.base).toBeCloseTo(0.5 + 2 + 1, 12);
    expect(Array.from(e.contributions)).toEqual([expect.closeTo(1, 12), expect.closeTo(-1, 12)]);
    expect(e.margin).toBe(0.5 + 3 + 0);
  });

  it('matches brute-force Shapley values on random trees and is locally accurate', () => {
    const rand = lcg(7);
    const M = 4;
    for (let rep = 0; rep < 20; rep++) {
      const doc: TreesDoc = { margin: 'logit', base: 0.1, decision: '<', trees: [0, 1, 2].map(() => ({ nodes: randomTree(rand, 5, M) })) };
      const x = Array.from({ length: M }, () => rand());
      const e = explain(loadTrees(doc), Float32Array.from(x));
      const bf = bruteShap(doc, x, M);
      for (let i = 0; i < M; i++) expect(e.contributions[i]).toBeCloseTo(bf[i], 10);
      const sum = e.contributions.reduce((s, v) => s + v, e.base);
      expect(sum).toBeCloseTo(e.margin, 10);
    }
  });

  it("honours '<=' decisions on float32 values", () => {
    const doc: TreesDoc = { margin: 'probability', base: 0, decision: '<=', trees: [{ nodes: [{ feature: 0, threshold: 0.1, left: 1, right: 2, cover: 2 }, { left: -1, right: -1, value: 1, cover: 1 }, { left: -1, right: -1, value: 2, cover: 1 }] }] };
    const m = loadTrees(doc);
    expect(predictMargin(m, [0.1])).toBe(1); // 0.1 as float32 equals the float32 threshold
    expect(predictMargin(m, [0.10000001])).toBe(2);
  });
});
