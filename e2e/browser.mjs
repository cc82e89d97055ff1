import puppeteer from 'puppeteer-core';

// Debian's chromium (never a browser a package downloads), headless, in Chinese, kept from calling home
export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=zh-CN', ...extraArgs],
    defaultViewport: { width: 1400, height: 1000 },
  });
}
