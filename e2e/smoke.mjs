// Browser smoke test: signs in as lanhe.clerk, opens the published 2020 report and the editor of a new
// report, and screenshots them, the county cockpit and the public portal page, under target/e2e/.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:18080';
const out = process.env.OUT_DIR ?? 'target/e2e';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  defaultViewport: { width: 1400, height: 1000 },
});

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

async function signIn(page, user) {
  await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('pierce/input[name="username"]');
  await page.type('pierce/input[name="username"]', user);
  await page.type('pierce/input[name="password"]', 'demo');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
}

async function text(page) {
  return page.evaluate(() => document.body.innerText);
}

async function reportId(user, unit, year) {
  const res = await fetch(`${base}/api/v1/reports?unit=${unit}&year=${year}`,
    { headers: { Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64') } });
  const list = await res.json();
  return list.length ? list[0].id : null;
}

try {
  const page = await browser.newPage();
  await signIn(page, 'lanhe.clerk');
  check((await text(page)).includes('我的待办'), 'lanhe.clerk lands on 我的待办');
  await page.screenshot({ path: `${out}/01-inbox.png`, fullPage: true });

  const seedId = await reportId('lanhe.clerk', 'lanxi-lanhe', 2020);
  await page.goto(`${base}/reports/${seedId}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#official');
  const seedText = await text(page);
  check(seedText.includes('三、本年度办理结果') && seedText.includes('兰西县兰河乡人民政府2020年政府信息公开工作年度报告'),
    'the 2020 report shows in the official layout');
  await page.screenshot({ path: `${out}/02-report-2020.png`, fullPage: true });

  await page.goto(`${base}/reports`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#new-report-lanxi-lanhe');
  await Promise.all([page.waitForFunction(() => location.pathname.endsWith('/edit'), { timeout: 30000 }),
    page.click('#new-report-lanxi-lanhe')]);
  await page.waitForSelector('#findings');
  const editorText = await text(page);
  check(editorText.includes('一、总体情况') && editorText.includes('（六）其他处理') && editorText.includes('校验结果'),
    'the editor of a new report shows the 2021 format and the findings panel');
  await page.screenshot({ path: `${out}/03-editor-new-report.png`, fullPage: true });

  const county = await browser.newPage();
  await signIn(county, 'county');
  await county.goto(`${base}/county`, { waitUntil: 'networkidle0' });
  check((await text(county)).includes('县级工作台'), 'the county cockpit opens');
  await county.screenshot({ path: `${out}/04-county-cockpit.png`, fullPage: true });

  const portal = await browser.newPage();
  const res = await portal.goto(`${base}/public/reports/lanxi-lanhe/2020`, { waitUntil: 'networkidle0' });
  check(res.status() === 200 && !res.headers()['set-cookie'], 'the portal page answers 200 without a cookie');
  await portal.screenshot({ path: `${out}/05-portal-2020.png`, fullPage: true });
  await portal.setViewport({ width: 390, height: 844 });
  await portal.screenshot({ path: `${out}/06-portal-2020-phone.png`, fullPage: false });
} catch (e) {
  console.error(e);
  failures++;
} finally {
  await browser.close();
}
console.log(`${failures === 0 ? 5 : 5 - Math.min(failures, 5)} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
