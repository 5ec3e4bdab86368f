#!/usr/bin/env node
// Runs the end-to-end tests in a Chromium that is already on the machine: never downloads one,
// and never skips silently when none is found.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

async function navigateurPlaywright() {
  try {
    const { chromium } = await import('playwright');
    const chemin = chromium.executablePath();
    return chemin && existsSync(chemin) ? chemin : null;
  } catch {
    return null;
  }
}

const chromium =
  process.env.TREMPLIN_CHROMIUM ||
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null) ||
  (await navigateurPlaywright());

if (!chromium) {
  console.error(
    [
      'Tests de bout en bout : aucun navigateur Chromium trouvé.',
      '  Installez-en un (Debian/Ubuntu : « sudo apt-get install -y chromium »),',
      '  ou indiquez son chemin dans la variable TREMPLIN_CHROMIUM=/chemin/vers/chromium.',
      'End-to-end tests: no Chromium browser found.',
      '  Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`),',
      '  or set TREMPLIN_CHROMIUM=/path/to/chromium.',
    ].join('\n'),
  );
  process.exit(1);
}
if (!existsSync(chromium)) {
  console.error(
    `TREMPLIN_CHROMIUM désigne un fichier absent : ${chromium}\nTREMPLIN_CHROMIUM points to a missing file: ${chromium}`,
  );
  process.exit(1);
}

const env = { ...process.env, TREMPLIN_CHROMIUM: chromium };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (process.env.TREMPLIN_E2E_SANS_BUILD !== '1') {
  const build = spawnSync(npx, ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`Chromium : ${chromium}`);
const r = spawnSync(npx, ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
