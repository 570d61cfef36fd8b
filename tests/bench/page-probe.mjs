// Shared by the browser benchmarks: puts a file into the page through a hidden <input type=file> (#bench-file)
// and starts recording the longest main-thread task (window.__longest; the longtask API reports tasks over 50 ms).
export async function probeWithFile(page, file) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    document.body.append(input);
    window.__longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' });
  });
  await page.setInputFiles('#bench-file', file);
}
