// Shared by the browser benchmarks: puts a file into the page through a hidden <input type=file> (#bench-file)
// and starts recording the longest main-thread task (window.__longest; the longtask API reports tasks over 50 ms).
export async function probeWithFile(page, file) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    document.body.append(input);
    window.__longest = 0;
    window.__tasks = []; // [start ms, duration ms] of every long task, for benchmarks that place them in their steps
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) { window.__longest = Math.max(window.__longest, e.duration); window.__tasks.push([e.startTime, e.duration]); }
    }).observe({ type: 'longtask' });
  });
  await page.setInputFiles('#bench-file', file);
}
