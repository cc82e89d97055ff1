// Session memory: SESSIONS browser contexts (then N more for each line "more N" on stdin) (each its own cookie jar, so its own HTTP and Vaadin session) sign in
// as lanhe.clerk and open the editor of REPORT_ID; they stay open until the parent says "close" on stdin.
// Prints "ready N" when the editor of every context shows its table, so the caller can measure the heap then.
// Sessions open one after another (a Vaadin page build is CPU work; two cores are shared).
import { launchChromium } from './browser.mjs';
import { createInterface } from 'node:readline';

const base = process.env.BASE_URL;
const id = process.env.REPORT_ID;
const user = process.env.CLERK ?? 'lanhe.clerk';
const browser = await launchChromium(['--disable-dev-shm-usage']);
const pages = [];

async function openEditor() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(90000);
  await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('pierce/input[name="username"]');
  await page.type('pierce/input[name="username"]', user);
  await page.type('pierce/input[name="password"]', 'demo');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  await page.goto(`${base}/reports/${id}/edit`, { waitUntil: 'networkidle0' });
  // the editor is open when its number cells are there
  await page.waitForFunction(() => document.querySelectorAll('table.official-table .cell').length > 50);
  pages.push(page);
}

async function open(n) {
  for (let i = 0; i < n; i++) {
    await openEditor();
  }
  console.log(`ready ${pages.length}`);
}

const rl = createInterface({ input: process.stdin });
rl.on('line', async line => {
  const more = /^more (\d+)$/.exec(line.trim());
  if (more) {
    try {
      await open(Number(more[1]));
    } catch (e) {
      console.log(`failed ${e.message}`);
    }
  } else if (line.trim() === 'close') {
    await browser.close();
    process.exit(0);
  }
});
try {
  await open(Number(process.env.SESSIONS ?? '1'));
} catch (e) {
  console.log(`failed ${e.message}`);
  await browser.close();
  process.exit(1);
}
