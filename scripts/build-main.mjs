// Bundles the Electron main process and the preload into dist-main/ (CommonJS, as Electron
// loads them). Usage: node scripts/build-main.mjs [--outdir <dossier>]
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const racine = fileURLToPath(new URL('..', import.meta.url));
const indice = process.argv.indexOf('--outdir');
const sortie =
  indice > 0 && process.argv[indice + 1] ? resolve(process.argv[indice + 1]) : resolve(racine, 'dist-main');

const commun = {
  absWorkingDir: racine,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

const resultats = await Promise.all([
  build({
    ...commun,
    entryPoints: ['src-main/app/main.ts'],
    outfile: resolve(sortie, 'main.cjs'),
    // Native module and Electron are resolved at run time; electron-updater stays a plain
    // dependency because it requires its own files lazily; pdfkit's ESM build reads
    // import.meta.url when loaded, which is empty once bundled to CommonJS.
    external: ['electron', 'better-sqlite3', 'electron-updater', 'pdfkit'],
    // import.meta is empty in CommonJS. Only dossierMigrationsDuDepot() (CLI and tests) reads
    // import.meta.dirname; app/ always passes explicit paths, so this merely keeps the bundle
    // free of an undefined value and of esbuild's warning.
    define: { 'import.meta.dirname': '__dirname' },
  }),
  build({
    ...commun,
    entryPoints: ['src-main/preload/index.ts'],
    outfile: resolve(sortie, 'preload.cjs'),
    // A sandboxed preload can require 'electron' and nothing else from disk.
    external: ['electron'],
  }),
]);

const avertissements = resultats.reduce((n, r) => n + r.warnings.length, 0);
console.log(`dist-main construit dans ${sortie}${avertissements ? ` (${avertissements} avertissement(s))` : ''}`);
