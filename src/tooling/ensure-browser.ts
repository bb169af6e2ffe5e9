/**
 * Finds a Chromium for the end-to-end tests, installing one if there is none, and says what it
 * did. Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, `apt-get install chromium` when root
 * on Debian or Ubuntu, and last Playwright's own download. Prints the path it settled on, which
 * playwright.config.ts finds again the same way.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../../e2e/browser.ts';

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

const found = findChromium();
if (found) {
  console.log(`browser: using ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('browser: no Chromium found; installing Debian’s chromium with apt-get…');
  process.env['DEBIAN_FRONTEND'] = 'noninteractive';
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && findChromium()) {
    console.log(`browser: installed ${findChromium()}`);
    process.exit(0);
  }
  console.log('browser: apt-get could not install chromium; trying Playwright’s own browser.');
}

console.log('browser: downloading Playwright’s Chromium (npx playwright install chromium)…');
if (!run('npx', ['playwright', 'install', 'chromium'])) {
  console.error(
    'browser: no Chromium available. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
console.log('browser: using Playwright’s Chromium');
