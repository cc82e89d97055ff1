// Browser smoke test: signs in as lanhe.clerk, opens the published 2020 report and the editor of a new
// report, and screenshots them, the county cockpit and the public portal page, under target/e2e/.
// Then: a new clerk's home page, the editor's leave guard, the s3 table inside 1366 px, a return reason in the
// editor, the print preview printed to PDF (A4 pages, the report alone), the reviewer's text diff, the county
// office's publishing controls and 立即发布 confirmed, with the report then on the public portal (screenshots 07-…).
import { launchChromium } from './browser.mjs';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:18080';
const out = process.env.OUT_DIR ?? 'target/e2e';
// A screenshot is evidence, not a check: headless Chromium sometimes never delivers one of a busy Vaadin page,
// so each waits at most 20 s and a missing one is reported, not failed.
async function shot(page, path, fullPage = false) {
  let timer;
  const timeout = new Promise(resolve => { timer = setTimeout(() => resolve('timeout'), 20000); });
  const taken = page.screenshot({ path, fullPage }).then(() => 'ok', e => e.message);
  const outcome = await Promise.race([taken, timeout]);
  clearTimeout(timer);
  if (outcome !== 'ok') {
    console.log(`note: screenshot ${path} not taken (${outcome})`);
  }
}
mkdirSync(out, { recursive: true });

const browser = await launchChromium();

let failures = 0;
let checks = 0;
const check = (ok, what) => {
  checks++;
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

async function api(method, path, user, body, headers = {}) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'), 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
  });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, json, headers: res.headers };
}

async function taskOf(user, id) {
  const tasks = (await api('GET', '/tasks', user)).json;
  return tasks.find(t => t.reportId === id).taskId;
}

async function idle(page, ms = 600) {
  await new Promise(r => setTimeout(r, ms));
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 }).catch(() => {});
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
  await shot(page, `${out}/01-inbox.png`, true);

  const seedId = await reportId('lanhe.clerk', 'lanxi-lanhe', 2020);
  await page.goto(`${base}/reports/${seedId}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#official');
  const seedText = await text(page);
  check(seedText.includes('三、本年度办理结果') && seedText.includes('兰西县兰河乡人民政府2020年政府信息公开工作年度报告'),
    'the 2020 report shows in the official layout');
  await shot(page, `${out}/02-report-2020.png`, true);

  await page.goto(`${base}/reports`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#new-report-lanxi-lanhe');
  await Promise.all([page.waitForFunction(() => location.pathname.endsWith('/edit'), { timeout: 30000 }),
    page.click('#new-report-lanxi-lanhe')]);
  await page.waitForSelector('#findings');
  // the form's HTML is fetched after the editor's first answer (the format's, shared by every editor)
  await page.waitForSelector('.editor-form vaadin-text-area');
  const editorText = await text(page);
  check(editorText.includes('一、总体情况') && editorText.includes('（六）其他处理') && editorText.includes('校验结果'),
    'the editor of a new report shows the 2021 format and the findings panel');
  await shot(page, `${out}/03-editor-new-report.png`, true);

  const county = await browser.newPage();
  await signIn(county, 'county');
  await county.waitForSelector('pierce/#county-counts');
  check((await text(county)).includes('逾期单位'), "the county office's home page shows the year by status and the overdue units");
  await shot(county, `${out}/12-home-county.png`, true);
  await county.goto(`${base}/county`, { waitUntil: 'networkidle0' });
  check((await text(county)).includes('县级工作台'), 'the county cockpit opens');
  await shot(county, `${out}/04-county-cockpit.png`, true);

  const portal = await browser.newPage();
  const res = await portal.goto(`${base}/public/reports/lanxi-lanhe/2020`, { waitUntil: 'networkidle0' });
  check(res.status() === 200 && !res.headers()['set-cookie'], 'the portal page answers 200 without a cookie');
  await shot(portal, `${out}/05-portal-2020.png`, true);
  await portal.setViewport({ width: 390, height: 844 });
  await shot(portal, `${out}/06-portal-2020-phone.png`);

  // ---- a new clerk's home page: this report year's report, not there yet, with the button that creates it
  const reportYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) - 1;
  const clerk = await browser.newPage();
  await clerk.setViewport({ width: 1366, height: 768 });
  await signIn(clerk, 'beian.clerk');
  await clerk.waitForSelector('pierce/#home-new-lanxi-beian');
  const home = await text(clerk);
  check(home.includes(`新建 ${reportYear} 年度报告`) && /截止日期 .*(还有|已逾期) \d+ 天/.test(home), `the new clerk's home page offers the ${reportYear} report with its deadline`);
  await shot(clerk, `${out}/07-home-new-clerk.png`, true);

  // ---- the leave guard: typed text, a click in the navigation, and the editor asks first
  await Promise.all([clerk.waitForFunction(() => location.pathname.endsWith('/edit'), { timeout: 30000 }),
    clerk.click('pierce/#home-new-lanxi-beian')]);
  await clerk.waitForSelector('pierce/#text-s5 textarea');
  await clerk.type('pierce/#text-s5 textarea', '下一步将增加图解。');
  await idle(clerk, 1200);
  check(await clerk.evaluate(() => typeof window.onbeforeunload === 'function'), 'unsaved text sets the browser\'s beforeunload question');
  await clerk.click('pierce/vaadin-side-nav-item[path="inbox"]');
  await clerk.waitForSelector('pierce/#leave-stay', { visible: true, timeout: 10000 });
  check(clerk.url().endsWith('/edit') && (await text(clerk)).includes('有未保存的修改'), 'leaving with unsaved text asks first');
  await shot(clerk, `${out}/08-leave-guard.png`);
  await clerk.click('pierce/#leave-stay');
  await idle(clerk);

  // ---- the s3 table at 1366 × 768: the page does not widen, the table scrolls inside, row labels stay
  const layout = await clerk.evaluate(() => {
    const wrap = document.querySelector('#table-s3').closest('.table-wrap');
    wrap.scrollIntoView();
    const label = wrap.querySelector('th.frozen[scope=row]');
    const before = label.getBoundingClientRect().left;
    wrap.scrollLeft = 400;
    return { page: document.documentElement.scrollWidth, scrolls: wrap.scrollWidth > wrap.clientWidth,
      moved: Math.abs(label.getBoundingClientRect().left - before), width: label.getBoundingClientRect().width };
  });
  check(layout.page <= 1366, `the editor fits 1366 px (page scrollWidth ${layout.page})`);
  check(layout.moved < 2 && layout.width >= 8 * 13, `the s3 row labels stay in place while the numbers scroll (moved ${layout.moved}px, ${Math.round(layout.width)}px wide)`);
  await idle(clerk, 300);
  await shot(clerk, `${out}/09-editor-s3-1366.png`);
  await clerk.evaluate(() => { document.querySelector('#table-s3').closest('.table-wrap').scrollLeft = 0; });

  // ---- a return reason in the editor: 兰河乡's next report, returned by 保密审查 with a comment on section six
  const example = (await import('node:fs')).readFileSync(new URL('../docs/examples/lanxi-lanhe-2026.json', import.meta.url), 'utf8');
  const next = reportYear + 1;
  const body = example.replaceAll('2026', String(next));
  const created = await api('POST', '/reports', 'lanhe.clerk', { unit: 'lanxi-lanhe', year: next });
  const id = created.json.id;
  await api('PUT', `/reports/${id}`, 'lanhe.clerk', body, { 'If-Match': created.headers.get('etag') });
  await api('POST', `/reports/${id}/submit`, 'lanhe.clerk', { explanations: {} });
  const returned = await api('POST', `/tasks/${await taskOf('lanhe.secrecy', id)}/complete`, 'lanhe.secrecy',
    { decision: 'RETURN', comment: '请补充说明后重新提交', sections: { s6: '请写明信息处理费的收取依据' }, conclusion: '第六部分需补充，暂不同意公开' });
  check(returned.status === 200, 'the report is returned with a comment on section six');
  const lanhe = await browser.newPage();
  await lanhe.setViewport({ width: 1366, height: 768 });
  await signIn(lanhe, 'lanhe.clerk');
  await lanhe.goto(`${base}/reports/${id}/edit`, { waitUntil: 'networkidle0' });
  await lanhe.waitForSelector('pierce/#return-reasons');
  const editorWithReason = await text(lanhe);
  check(editorWithReason.includes('请补充说明后重新提交') && editorWithReason.includes('请写明信息处理费的收取依据'),
    'the return reasons stand at the top of the editor');
  check(await lanhe.$('pierce/#return-s6') !== null, 'the section comment stands at section six');
  await shot(lanhe, `${out}/10-editor-return-reason.png`);

  // ---- the print preview prints alone, on A4 pages like the PDF (Chromium's print to PDF uses the print rules).
  // Printed while Lumo's dialog still fades in, the sheet once printed invisible (A4 pages with page numbers only:
  // a loaded machine, a tab in the background): the animations are held at their first frame here, the worst case.
  await lanhe.bringToFront();
  const animations = await lanhe.createCDPSession();
  await animations.send('Animation.enable');
  await animations.send('Animation.setPlaybackRate', { playbackRate: 0 });
  await lanhe.click('pierce/#preview');
  await lanhe.waitForSelector('pierce/#print-preview');
  await lanhe.waitForFunction(() => document.documentElement.classList.contains('printing-preview'), { timeout: 10000 });
  await lanhe.pdf({ path: `${out}/11-print-preview.pdf`, preferCSSPageSize: true, printBackground: true });
  await animations.send('Animation.setPlaybackRate', { playbackRate: 1 });
  const { execFileSync } = await import('node:child_process');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${out}/11-print-preview.pdf`]).toString())[1]);
  const printedText = execFileSync('pdftotext', ['-layout', `${out}/11-print-preview.pdf`, '-']).toString();
  // a page is empty when nothing but its page number (n / m) is on it
  const printedPages = printedText.split('\f').slice(0, pages);
  const empty = printedPages.map((t, i) => [i + 1, t.replace(/\d+\s*\/\s*\d+/g, '').trim()]).filter(([, t]) => t.length === 0).map(([n]) => n);
  const sections = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '（七）总计',
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  const missing = sections.filter(t => !printedText.includes(t));
  check(pages >= 2 && empty.length === 0 && missing.length === 0 && !printedText.includes('校验结果'),
    `the print preview prints the whole report alone on ${pages} A4 pages (empty pages: ${empty.join(',') || 'none'}; missing: ${missing.join(',') || 'none'})`);
  // the dialog's opening animation was held and now runs again: a click during it can land beside the button
  // (the sheet is still scaled), so wait until the overlay has opened; poll by time, not by animation frame
  await lanhe.bringToFront();
  await lanhe.waitForFunction(() => !document.querySelector('vaadin-dialog-overlay[opening]'), { polling: 100, timeout: 10000 });
  await lanhe.click('pierce/#preview-close');
  await lanhe.waitForFunction(() => !document.documentElement.classList.contains('printing-preview'),
    { polling: 100, timeout: 20000 });

  // ---- the reviewer's text diff after the clerk's change
  const current = (await api('GET', `/reports/${id}`, 'lanhe.clerk'));
  const revised = body.replace('未收取信息处理费', '依据有关规定未收取信息处理费');
  await api('PUT', `/reports/${id}`, 'lanhe.clerk', revised, { 'If-Match': current.headers.get('etag') });
  await api('POST', `/reports/${id}/submit`, 'lanhe.clerk', { explanations: {} });
  const secrecy = await browser.newPage();
  await secrecy.setViewport({ width: 1366, height: 768 });
  await signIn(secrecy, 'lanhe.secrecy');
  await secrecy.goto(`${base}/reports/${id}`, { waitUntil: 'networkidle0' });
  await secrecy.waitForSelector('pierce/#changes');
  const inserted = await secrecy.evaluate(() => [...document.querySelectorAll('#changes ins')].map(e => e.textContent).join('|'));
  check(inserted.includes('依据有关规定'), `the change reads as a word-level diff (inserted: ${inserted})`);
  await secrecy.evaluate(() => document.querySelector('#changes').scrollIntoView());
  await shot(secrecy, `${out}/11-review-text-diff.png`);

  // ---- publishing controls: scheduled, with 改期, 取消定时 and 立即发布 (which asks first)
  await api('POST', `/tasks/${await taskOf('lanhe.secrecy', id)}/complete`, 'lanhe.secrecy', { decision: 'APPROVE', conclusion: '不涉密，同意公开' });
  await api('POST', `/tasks/${await taskOf('lanhe.leader', id)}/complete`, 'lanhe.leader', { decision: 'APPROVE', comment: '同意' });
  await api('POST', `/tasks/${await taskOf('county', id)}/complete`, 'county', { decision: 'APPROVE' });
  const at = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
  const scheduled = await api('POST', `/reports/${id}/publish`, 'county', { at });
  check(scheduled.status === 200, 'the county office schedules the publication');
  // the pages share one cookie jar: sign the county office in again after the other accounts.
  // The county's tab was opened first and has been behind the others since: a tab in the background gets no
  // animation frames, so puppeteer's click (which waits for a frame to see the button in view) and its screenshots
  // never came back, and Lumo's dialogs never finished opening. That was why 立即发布's confirmation "did not come
  // up": the driver was waiting on a hidden tab, the product answered. Each tab comes to the front before it is used.
  await county.bringToFront();
  await county.setViewport({ width: 1366, height: 768 });
  await signIn(county, 'county');
  await county.waitForSelector('pierce/#county-counts');
  check((await text(county)).includes('逾期单位'), "the county office's home page shows the year by status and the overdue units");
  await shot(county, `${out}/12-home-county.png`, true);
  await county.goto(`${base}/reports/${id}`, { waitUntil: 'networkidle0' });
  await county.waitForSelector('pierce/#scheduled-for', { timeout: 20000 }).catch(async e => {
    await shot(county, `${out}/13-publishing-controls-failed.png`, true);
    throw e;
  });
  const controls = await Promise.all(['#reschedule', '#cancel-schedule', '#publish'].map(s => county.$(`pierce/${s}`)));
  check(controls.every(c => c !== null) && (await text(county)).includes('已定时发布'), 'the scheduled time shows with 改期, 取消定时 and 立即发布');
  await shot(county, `${out}/13-publishing-controls.png`);

  // ---- 立即发布 asks first; confirmed, the report is on the public portal
  await county.click('pierce/#publish');
  await county.waitForSelector('pierce/#confirm-yes', { visible: true, timeout: 15000 });
  const question = await county.evaluate(() => document.querySelector('vaadin-dialog-overlay#overlay')?.innerText ?? '');
  const beforeAnswer = (await fetch(`${base}/api/v1/public/reports/lanxi-lanhe/${next}`)).status;
  check(question.includes('确定发布吗') && beforeAnswer === 404,
    `立即发布 asks first, and nothing is public before the answer (the public API answers ${beforeAnswer})`);
  await shot(county, `${out}/14-publish-confirm.png`);
  await county.click('pierce/#confirm-yes');
  await county.waitForSelector('pierce/#correction', { timeout: 20000 });
  check((await text(county)).includes('已发布') && await county.$('pierce/#scheduled-for') === null,
    'confirmed, the report is published and the schedule is gone');
  const published = await browser.newPage();
  const publicPage = await published.goto(`${base}/public/reports/lanxi-lanhe/${next}`, { waitUntil: 'networkidle0' });
  const publicText = await text(published);
  check(publicPage.status() === 200 && publicText.includes(`兰西县兰河乡人民政府${next}年政府信息公开工作年度报告`)
    && publicText.includes('依据有关规定未收取信息处理费'), `the ${next} report reads on the public portal`);
  await shot(published, `${out}/15-portal-published.png`, true);
} catch (e) {
  console.error(e);
  failures++;
} finally {
  await browser.close();
}
console.log(`${checks - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
