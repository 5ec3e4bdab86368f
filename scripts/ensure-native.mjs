// Checks that better-sqlite3's native module loads under the current Node. `npm start` rebuilds it
// for Electron's ABI, after which plain Node (tests, benchmark, CLI) cannot load it: in that case
// rebuild it once for this Node, and say so in French.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const racine = join(dirname(fileURLToPath(import.meta.url)), '..');

// Loaded in a child process: a failed native load cannot be retried in the same process.
function essayer() {
  const r = spawnSync(
    process.execPath,
    ['-e', "const D = require('better-sqlite3'); new D(':memory:').prepare('SELECT 1').get();"],
    {
      cwd: racine,
      encoding: 'utf8',
    },
  );
  return {
    ok: r.status === 0,
    message: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`,
  };
}

const premier = essayer();
if (premier.ok) process.exit(0);

const abi =
  /NODE_MODULE_VERSION|was compiled against a different Node\.js version|ERR_DLOPEN_FAILED|invalid ELF header|not a valid Win32 application/i;
if (!abi.test(premier.message)) {
  console.error('better-sqlite3 ne se charge pas sous Node, pour une autre raison que sa version de compilation :');
  console.error(premier.message.trim());
  console.error('Vérifiez l’installation des dépendances (npm ci), puis relancez.');
  process.exit(1);
}

console.log(
  `better-sqlite3 a été compilé pour une autre version (sans doute Electron, par « npm start ») : ` +
    `recompilation pour Node ${process.version}, une seule fois…`,
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rebuild = spawnSync(npm, ['rebuild', 'better-sqlite3'], {
  cwd: racine,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (rebuild.status !== 0) {
  console.error(
    'La recompilation de better-sqlite3 a échoué : lancez « npm rebuild better-sqlite3 » et lisez son message.',
  );
  process.exit(1);
}
const second = essayer();
if (!second.ok) {
  console.error('better-sqlite3 ne se charge toujours pas après recompilation :');
  console.error(second.message.trim());
  process.exit(1);
}
console.log('better-sqlite3 recompilé pour Node : prêt. (« npm start » le recompilera pour Electron.)');
