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

// CHECK=1: in the first session, what this bench's changes to the editor must keep working in a real browser (the
// tables' buttons and cells reach the server through the form's listeners; the user menu's items are data)
async function check(page) {
  const say = (ok, what) => console.log(`check ${ok ? 'ok' : 'FAILED'}: ${what}`);
  // a closing dialog's overlay stays over the page for its animation and would take the next click
  const overlaysGone = () => page.waitForFunction(() => ![...document.querySelectorAll('vaadin-dialog-overlay')]
    .some(o => o.opened || o.hasAttribute('closing')), { timeout: 5000 }).catch(() => {});
  const notified = () => page.evaluate(() => [...document.querySelectorAll('vaadin-notification-card')].map(c => c.textContent).join(' | '));
  // the form's HTML is fetched (the format's, shared); the report's figures and texts follow once it is in
  const filled = await page.evaluate(() => ({ cells: [...document.querySelectorAll('input.cell')].filter(i => i.value !== '').length,
    text: document.getElementById('text-s1')?.value?.length ?? 0 }));
  say(filled.cells > 50 && filled.text > 0, `the fetched form shows the report: ${filled.cells} cells filled, text-s1 ${filled.text} characters`);
  // the toolbar's downloads are links to the session's resources
  const files = await page.evaluate(async () => {
    const get = async id => { const r = await fetch(document.getElementById(id).href); return { ok: r.ok, head: new Uint8Array(await r.arrayBuffer()).slice(0, 2) }; };
    const json = await get('export');
    const xlsx = await get('template');
    return { json: json.ok && json.head[0] === 0x7b, xlsx: xlsx.ok && xlsx.head[0] === 0x50 && xlsx.head[1] === 0x4b };
  });
  say(files.json && files.xlsx, `export link gives JSON (${files.json}), template link an XLSX (${files.xlsx})`);
  const cell = await page.evaluate(() => document.querySelector('input.cell:not([readonly])').id);
  await page.evaluate(id => { const i = document.getElementById(id); i.value = 'x1'; i.dispatchEvent(new Event('change', { bubbles: true })); }, cell);
  await page.waitForFunction(id => document.getElementById(id).getAttribute('aria-invalid') === 'true', { timeout: 15000 }, cell)
    .then(() => say(true, `a refused entry in ${cell} is marked invalid`), () => say(false, `cell ${cell} not marked invalid`));
  await page.click('#fill-zero-s3');
  await page.waitForFunction(() => [...document.querySelectorAll('vaadin-notification-card')].some(c => /0/.test(c.textContent)), { timeout: 15000 })
    .then(async () => say(true, `fill-zero-s3 answered: ${await notified()}`), () => say(false, 'fill-zero-s3 gave no notification'));
  await page.click('#paste-s3');
  await page.waitForFunction(() => document.getElementById('paste-dialog')?.opened === true, { timeout: 15000 })
    .then(() => say(true, 'paste-s3 opened the paste dialog'), () => say(false, 'paste-s3 opened no dialog'));
  await page.keyboard.press('Escape');
  await overlaysGone();
  // a section's text reaches the server after a pause in the typing: the counter under it (the server's) follows
  const counter = () => page.evaluate(() => document.getElementById('text-s5').helperText);
  const counted = await counter();
  await page.click('#text-s5 textarea');
  await page.keyboard.type('补充');
  await page.waitForFunction(c => document.getElementById('text-s5').helperText !== c, { timeout: 15000 }, counted)
    .then(async () => say(true, `text-s5 typed: counter "${counted}" became "${await counter()}"`), () => say(false, `text-s5 counter stayed "${counted}"`));
  // and taken back, so that the editor holds nothing unsaved when the menu leaves it
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(c => document.getElementById('text-s5').helperText === c, { timeout: 15000 }, counted)
    .then(() => say(true, 'text-s5 taken back'), () => say(false, 'text-s5 counter did not come back'));
  // a finding's text takes the clerk to what it is about, through the panel's one listener for its list
  if (await page.$('.finding-text')) {
    await page.evaluate(() => document.activeElement?.blur());
    await page.click('.finding-text');
    await page.waitForFunction(() => { const a = document.activeElement; return a && (a.classList.contains('cell') || a.tagName === 'TEXTAREA' || a.tagName === 'VAADIN-TEXT-AREA'); }, { timeout: 15000 })
      .then(async () => say(true, `a finding's text focused ${await page.evaluate(() => document.activeElement.id || document.activeElement.closest('vaadin-text-area')?.id)}`), () => say(false, 'a finding\'s text focused nothing'));
  } else {
    console.log('check skipped: the draft shows no finding to click');
  }
  // the toolbar's buttons are HTML too: a click reaches the editor's one click listener with the button's id
  await page.click('#toggle-findings');
  await page.waitForFunction(() => document.getElementById('findings')?.hidden === true && document.getElementById('toggle-findings').textContent === '展开校验结果', { timeout: 15000 })
    .then(() => say(true, 'toggle-findings folded the findings away (展开校验结果)'), () => say(false, 'toggle-findings did not fold the findings'));
  await page.click('#toggle-findings');
  await page.waitForFunction(() => document.getElementById('findings')?.hidden === false && document.getElementById('toggle-findings').textContent === '收起校验结果', { timeout: 15000 })
    .then(() => say(true, 'toggle-findings brought them back (收起校验结果)'), () => say(false, 'toggle-findings did not bring the findings back'));
  await page.click('#save');
  await page.waitForFunction(() => [...document.querySelectorAll('vaadin-notification-card')].some(c => c.textContent.includes('无需保存')), { timeout: 15000 })
    .then(() => say(true, 'save answered 内容没有变化，无需保存'), async () => say(false, `save gave no answer: ${await notified()}`));
  await page.click('#import');
  await page.waitForFunction(() => document.getElementById('import-dialog')?.opened === true && !!document.querySelector('vaadin-upload#import-file'), { timeout: 15000 })
    .then(() => say(true, 'import opened its dialog with the upload'), () => say(false, 'import opened no upload'));
  await page.keyboard.press('Escape');
  await overlaysGone();
  await page.click('#preview');
  await page.waitForFunction(() => document.getElementById('preview-dialog')?.opened === true, { timeout: 15000 })
    .then(() => say(true, 'preview opened the print preview'), () => say(false, 'preview opened no dialog'));
  await page.keyboard.press('Escape');
  await overlaysGone();
  const root = await page.evaluate(() => document.querySelector('#user-menu vaadin-menu-bar-button')?.textContent ?? '');
  say(root.includes('lanhe.clerk'), `user menu shows "${root.trim()}"`);
  await page.click('#user-menu vaadin-menu-bar-button');
  // the sub-menu's items are in its overlay's list (the root button holds an item of its own, with the name)
  const listed = 'pierce/vaadin-menu-bar-list-box vaadin-menu-bar-item';
  await page.waitForSelector(listed, { timeout: 15000 }).catch(() => {});
  const items = await page.$$eval(listed, els => els.map(e => e.textContent.trim()));
  say(items.join(',') === '英文界面,我的账户,修改密码,退出登录', `user menu items: ${items.join(', ')}`);
  const password = (await page.$$(listed))[2];
  if (password) { await password.click(); }
  await page.waitForFunction(() => [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened), { timeout: 15000 })
    .then(() => say(true, 'user menu 修改密码 opened its dialog'), () => say(false, 'user menu 修改密码 opened no dialog'));
  await page.keyboard.press('Escape');
  await overlaysGone();
  await page.click('#user-menu vaadin-menu-bar-button');
  await page.waitForSelector(listed, { timeout: 15000 }).catch(() => {});
  const account = (await page.$$(listed))[1];
  if (account) { await account.click(); }
  await page.waitForFunction(() => location.pathname.endsWith('/account'), { timeout: 15000 })
    .then(() => say(true, 'user menu 我的账户 went to /account'), () => say(false, `user menu 我的账户 stayed at ${page.url()}`));
  // the side nav's links are plain elements: the browser follows them, the router answers
  await page.click('pierce/vaadin-side-nav-item[path="inbox"]');
  await page.waitForFunction(() => location.pathname.endsWith('/inbox'), { timeout: 15000 })
    .then(() => say(true, 'side nav 我的待办 went to /inbox'), () => say(false, `side nav 我的待办 stayed at ${page.url()}`));
  console.log('check done');
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
  if (process.env.CHECK === '1') {
    await check(pages[0]);
  }
} catch (e) {
  console.log(`failed ${e.message}`);
  await browser.close();
  process.exit(1);
}
