/**
 * Why: a chart's draw is split into two main-thread tasks by patching the pinned ApexCharts instance's `mount`
 * (chart-controller.ts → drawInTwoTasks). These tests pin that the patch yields before mounting, skips a chart
 * destroyed in between and a draw overtaken by a newer one, leaves a chart without `mount` alone, and that
 * ApexCharts 4.7.0's render and update really reach `mount` through the instance (if an upgrade changed that, the
 * split would silently stop).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type ApexChartsType from 'apexcharts';
import { drawInTwoTasks } from './chart-controller';

type Fake = { mount?: (g: unknown) => Promise<unknown>; log: string[] };
const fake = (): Fake => {
  const f: Fake = { log: [] };
  f.mount = function (this: Fake, g: unknown) { this.log.push(`mount ${String(g)}`); return Promise.resolve(g); };
  return f;
};
const asApex = (f: Fake): ApexChartsType => f as unknown as ApexChartsType;

describe('drawInTwoTasks', () => {
  it('mounts in a later task than create, on the instance, with the graph data', async () => {
    const f = fake();
    drawInTwoTasks(asApex(f), () => true);
    const done = f.mount!('g');
    await Promise.resolve(); // microtasks alone do not reach mount: it waits for a new task
    expect(f.log).toEqual([]);
    await expect(done).resolves.toBe('g');
    expect(f.log).toEqual(['mount g']);
  });

  it('does not mount a chart destroyed before its second task', async () => {
    const f = fake();
    let alive = true;
    drawInTwoTasks(asApex(f), () => alive);
    const done = f.mount!('g');
    alive = false;
    await expect(done).resolves.toBeUndefined();
    expect(f.log).toEqual([]);
  });

  it('when a second draw starts before the first one mounts, only the newest mounts', async () => {
    const f = fake();
    drawInTwoTasks(asApex(f), () => true);
    const first = f.mount!('old');
    const second = f.mount!('new');
    await Promise.all([first, second]);
    expect(f.log).toEqual(['mount new']);
  });

  it('leaves a chart without mount as it is', () => {
    const f: Fake = { log: [] };
    expect(drawInTwoTasks(asApex(f), () => true)).toBe(f);
    expect(f.mount).toBeUndefined();
  });

  it('the pinned ApexCharts render and update both call this.mount(graphData)', () => {
    const require = createRequire(import.meta.url);
    const pkg = require('apexcharts/package.json') as { version: string };
    expect(pkg.version).toBe('4.7.0');
    const src = readFileSync(require.resolve('apexcharts/dist/apexcharts.esm.js'), 'utf8');
    expect(src).toContain('key:"mount"');
    expect(src.match(/\b[a-z]\.mount\([a-z]\)\.then\(/g)?.length).toBe(2);
  });
});
