// The production bundle under the UI's Content-Security-Policy, in Debian's headless Chromium: the login page carries
// the header, yulin.clerk signs in and opens the editor of a new report, the Vaadin components render and a click is
// answered, and Chromium reports no CSP violation on the way (securitypolicyviolation events and console messages).
// Run by e2e/production-csp.sh against `java -jar` of the -Pproduction jar.
import { launchChromium } from './browser.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:18080';
const browser = await launchChromium();

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

const violations = [];
try {
  const page = await browser.newPage();
  // exposed functions outlive navigations: a violation on any page of the walk is kept
  await page.exposeFunction('reportCspViolation', v => violations.push(v));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', e => window.reportCspViolation(
      `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('console', m => {
    if (/Content Security Policy|Refused to (execute|load|apply|evaluate|connect)/i.test(m.text())) {
      violations.push(`console: ${m.text()}`);
    }
  });

  const login = await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  const csp = login.headers()['content-security-policy'] ?? '';
  check(csp.includes("default-src 'self'") && csp.includes("object-src 'none'") && csp.includes("frame-ancestors 'none'"),
    `the login page carries the UI's Content-Security-Policy (${csp})`);
  await page.waitForSelector('pierce/input[name="username"]', { timeout: 30000 });
  check(await page.evaluate(() => !!customElements.get('vaadin-login-form')), 'vaadin-login-form is defined (the production bundle loaded)');
  await page.type('pierce/input[name="username"]', 'yulin.clerk');
  await page.type('pierce/input[name="password"]', 'demo');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  check(!page.url().includes('/login'), `yulin.clerk is signed in (${page.url()})`);

  const reports = await page.goto(`${base}/reports`, { waitUntil: 'networkidle0' });
  check((reports.headers()['content-security-policy'] ?? '') === csp, 'the signed-in pages carry the same policy');
  await page.waitForSelector('#new-report-lanxi-yulin', { timeout: 30000 });
  // the click is answered by the server: the draft is created and the editor opens
  await Promise.all([page.waitForFunction(() => location.pathname.endsWith('/edit'), { timeout: 30000 }),
    page.click('#new-report-lanxi-yulin')]);
  await page.waitForSelector('#findings', { timeout: 30000 });
  // the form's HTML is fetched after the editor's first answer (the format's, shared by every editor)
  await page.waitForSelector('.editor-form vaadin-text-area', { timeout: 30000 });
  const rendered = await page.evaluate(() => ['vaadin-text-area', 'vaadin-button']
    .filter(n => customElements.get(n) && document.querySelector(n) !== null).length);
  check(rendered === 2, 'the editor renders Vaadin components (vaadin-text-area and vaadin-button defined and on the page)');
  const editorText = await page.evaluate(() => document.body.innerText);
  check(editorText.includes('一、总体情况') && editorText.includes('校验结果'), 'the editor shows the format and the findings panel');
  await new Promise(r => setTimeout(r, 1000));
  check(violations.length === 0, `Chromium reported no CSP violation${violations.length ? ': ' + violations.join(' | ') : ''}`);
} catch (e) {
  console.log(`FAIL ${e.stack ?? e}`);
  failures++;
} finally {
  await browser.close();
}
console.log(failures ? `production-csp: ${failures} failed` : 'production-csp: all checks passed');
process.exit(failures ? 1 : 0);
