import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median } from './instance-latency.ts';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface BenchTarget {
  app: string;
  instance: string;
  instanceHost: string;
}

const firstRow = '.table-body [role="row"]';
/** Pixels scrolled per frame: ten rows, 36,000 px/s, a fast fling. Larger jumps are discussed in bench/README.md. */
const WHEEL_STEP_PX = 600;

/** Fails the bench: a figure that was not measured must never be reported. */
export function measured(value: number | undefined | null, what: string): number {
  if (value === undefined || value === null || !Number.isFinite(value)) throw new Error(`bench: could not measure ${what}`);
  return value;
}

/** The real sign-in flow, once: login page → the instance's sign-in and authorize pages → back. */
export async function signIn(browser: Browser, target: BenchTarget): Promise<StorageState> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${target.app}/login`);
  await page.getByLabel('Your instance').fill(target.instanceHost);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Email').fill('admin@modboard.test');
  await page.getByLabel('Password').fill('admin-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Authorize' }).click();
  await page.locator(firstRow).first().waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

async function gzipBytes(page: Page, url: string, app: string): Promise<Record<string, number>> {
  const chunks: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!response.url().startsWith(app) || (type !== 'script' && type !== 'stylesheet')) return;
    pending.push(response.body().then((body) => void (chunks[new URL(response.url()).pathname] = gzipSync(body).length)));
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  if (Object.keys(chunks).length === 0) throw new Error(`bench: no JS or CSS loaded for ${url}`);
  return chunks;
}

/** Figure 1: gzip bytes of every JS and CSS chunk a cold load fetches. */
export async function bundleBytes(browser: Browser, target: BenchTarget, state: StorageState) {
  const login = await browser.newContext();
  const loginChunks = await gzipBytes(await login.newPage(), `${target.app}/login`, target.app);
  await login.close();
  const signedIn = await browser.newContext({ storageState: state });
  const page = await signedIn.newPage();
  const accountsChunks = await gzipBytes(page, `${target.app}/accounts`, target.app);
  await page.locator(firstRow).first().waitFor();
  await signedIn.close();
  const total = (chunks: Record<string, number>) => Object.values(chunks).reduce((a, b) => a + b, 0);
  return { login: { total: total(loginChunks), chunks: loginChunks }, accounts: { total: total(accountsChunks), chunks: accountsChunks } };
}

/** Records when the first table row reaches a frame (the next animation frame after it is inserted), from the first script that runs. */
const watchFirstRow = () => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.table-body [role="row"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => ((window as unknown as { __firstRowFrame: number }).__firstRowFrame = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
};

interface Timing {
  name: string;
  startTime: number;
  responseEnd: number;
  duration: number;
}

async function apiTimings(page: Page, instance: string): Promise<Timing[]> {
  return page.evaluate(
    (origin) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith(origin))
        .map((entry) => {
          const timing = entry as PerformanceResourceTiming;
          return { name: timing.name, startTime: timing.startTime, responseEnd: timing.responseEnd, duration: timing.duration };
        }),
    instance,
  );
}

const isListRequest = (name: string) => name.includes('/api/v2/admin/accounts') && !name.includes('limit=200');

/** Figures 2 and 3 on a cold /accounts with a stored session: the waterfall and the render overhead. */
export async function coldAccounts(browser: Browser, target: BenchTarget, state: StorageState, runs: number) {
  const waterfall: number[] = [];
  const render: number[] = [];
  const network: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ storageState: state });
    const page = await context.newPage();
    await page.addInitScript(watchFirstRow);
    await page.goto(`${target.app}/accounts`);
    await page.waitForFunction(() => (window as unknown as { __firstRowFrame?: number }).__firstRowFrame !== undefined);
    const frame = await page.evaluate(() => (window as unknown as { __firstRowFrame: number }).__firstRowFrame);
    const timings = await apiTimings(page, target.instance);
    const firstApi = Math.min(...timings.filter((t) => t.name.includes('/api/')).map((t) => t.startTime));
    const list = timings.find((t) => isListRequest(t.name));
    waterfall.push(measured(list && list.startTime - firstApi, 'the accounts request start'));
    render.push(measured(list && frame - list.responseEnd, 'the first row frame'));
    network.push(measured(list?.duration, 'the accounts request duration'));
    await context.close();
  }
  return {
    waterfallMs: median(waterfall),
    renderMs: median(render),
    networkMs: median(network),
    runs: { waterfall, render, network },
  };
}

/** Figure 4: scroll until row 10,000 is on screen; DOM rows, long tasks and heap growth. */
export async function scrollRows(browser: Browser, target: BenchTarget, state: StorageState, rows: number, runs: number) {
  const results: { maxRows: number; longTasks: number; heapGrowthMb: number; seconds: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ storageState: state });
    const page = await context.newPage();
    // tsx keeps function names with a `__name` helper, which page-side code does not have.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(() => {
      const tasks: number[] = ((window as unknown as { __longTasks: number[] }).__longTasks = []);
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.startTime))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${target.app}/accounts`);
    await page.locator(firstRow).first().waitFor();
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const heapBefore = await heap();
    const started = await page.evaluate(() => performance.now());
    // One scroll step per frame, inside the page: no round trip to the driver between frames.
    const walk = await page.evaluate(
      ({ rows, step }) =>
        new Promise<{ maxRows: number; lastIndex: number; ended: boolean; ms: number }>((resolve) => {
          const t0 = performance.now();
          let maxRows = 0;
          let lastIndex = 0;
          const frame = () => {
            const rendered = document.querySelectorAll<HTMLElement>('.table-body [role="row"]');
            maxRows = Math.max(maxRows, rendered.length);
            for (const row of rendered) lastIndex = Math.max(lastIndex, Number(row.dataset.index));
            const ended = document.querySelector('.end-marker') !== null;
            if (lastIndex >= rows - 1 || ended || performance.now() - t0 > 240_000) {
              resolve({ maxRows, lastIndex, ended, ms: performance.now() - t0 });
              return;
            }
            window.scrollBy(0, step);
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
      { rows, step: WHEEL_STEP_PX },
    );
    if (walk.lastIndex < rows - 1) throw new Error(`bench: scrolling stopped at row ${walk.lastIndex + 1} of ${rows}${walk.ended ? ' (the list ended)' : ''}`);
    const { maxRows } = walk;
    const seconds = walk.ms / 1000;
    const longTasks = await page.evaluate((since) => (window as unknown as { __longTasks: number[] }).__longTasks.filter((start) => start >= since).length, started);
    const heapAfter = await heap();
    results.push({ maxRows, longTasks, heapGrowthMb: (heapAfter - heapBefore) / 1024 / 1024, seconds });
    await context.close();
  }
  return {
    maxRows: median(results.map((r) => r.maxRows)),
    longTasks: median(results.map((r) => r.longTasks)),
    heapGrowthMb: median(results.map((r) => r.heapGrowthMb)),
    runs: results,
  };
}

/** Figure 5: a 10-character username typed at 80 ms per key. */
export async function typing(browser: Browser, target: BenchTarget, state: StorageState, runs: number, clearRequests: () => Promise<void>, listed: () => Promise<{ url: string; status: number }[]>) {
  const results: { sent: number; completed: number; aborted: number }[] = [];
  const words = ['spam_deals', 'cheap_jazz', 'bonus_linu', 'winner_pix', 'kai_itoabc'];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ storageState: state });
    const page = await context.newPage();
    await page.goto(`${target.app}/accounts`);
    await page.locator(firstRow).first().waitFor();
    await page.waitForLoadState('networkidle');
    await clearRequests();
    let aborted = 0;
    page.on('requestfailed', (request) => void (isListRequest(request.url()) && aborted++));
    const word = words[run % words.length]!;
    const answered = page.waitForResponse((response) => response.url().includes(`username=${word}`));
    await page.getByRole('search').getByLabel('Username', { exact: true }).pressSequentially(word, { delay: 80 });
    await answered;
    // Anything still to come (a second request would be a bug) has had time to show up.
    await page.waitForTimeout(1000);
    const sent = (await listed()).filter((r) => r.url.includes('username='));
    results.push({ sent: sent.length, completed: sent.filter((r) => r.status === 200).length, aborted });
    await context.close();
  }
  return { sent: median(results.map((r) => r.sent)), completed: median(results.map((r) => r.completed)), aborted: median(results.map((r) => r.aborted)), runs: results };
}

/** Figure 6: click Approve until the Pending badge is gone, minus the approve request's own time. */
export async function approve(browser: Browser, target: BenchTarget, state: StorageState, runs: number, createPending: (n: number) => Promise<string>) {
  const overhead: number[] = [];
  const request: number[] = [];
  const context = await browser.newContext({ storageState: state });
  const page = await context.newPage();
  for (let run = 0; run < runs; run++) {
    const id = await createPending(run);
    await page.goto(`${target.app}/accounts/${id}`);
    await page.getByRole('button', { name: 'Approve' }).waitFor();
    await page.waitForLoadState('networkidle');
    const total = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Approve')!;
          const observer = new MutationObserver(() => {
            if (document.querySelector('.profile-card .badge.pending')) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          observer.observe(document.body, { childList: true, subtree: true });
          const t0 = performance.now();
          button.click();
        }),
    );
    const timing = (await apiTimings(page, target.instance)).find((t) => t.name.endsWith(`/api/v1/admin/accounts/${id}/approve`));
    const own = measured(timing?.duration, 'the approve request');
    request.push(own);
    overhead.push(total - own);
  }
  await context.close();
  return { overheadMs: median(overhead), requestMs: median(request), runs: { overhead, request } };
}
