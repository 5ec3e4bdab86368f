import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demarrerHoteDeTest, type HoteDeTest } from './hote';
import { AUJOURDHUI_PARCOURS, preparerPortefeuille } from './parcours-donnees';

const hotes: HoteDeTest[] = [];

/**
 * Three hosts on three fresh databases: an installed structure for the desk journey, an empty
 * one for the first-run wizard, and an installed one at a fixed "today" with a conseillère's
 * portfolio for the jeune's path. Their addresses go to the tests through the environment.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      'Interface non construite (dist/index.html absent) : lancez « npx vite build » ou « node scripts/e2e.mjs ». ' +
        '(Renderer not built: run `npx vite build` or `node scripts/e2e.mjs`.)',
    );
  }
  const bureau = await demarrerHoteDeTest({ installee: true, dossierStatique: dist });
  const assistant = await demarrerHoteDeTest({ installee: false, dossierStatique: dist });
  const parcours = await demarrerHoteDeTest({
    installee: true,
    dossierStatique: dist,
    maintenant: AUJOURDHUI_PARCOURS,
    preparer: preparerPortefeuille,
  });
  hotes.push(bureau, assistant, parcours);
  process.env.TREMPLIN_E2E_URL_PARCOURS = parcours.hote.url;
  process.env.TREMPLIN_E2E_ORIGINE_PARCOURS = parcours.hote.origine;
  process.env.TREMPLIN_E2E_JETON_PARCOURS = parcours.hote.jeton;
  process.env.TREMPLIN_E2E_URL = bureau.hote.url;
  process.env.TREMPLIN_E2E_ORIGINE = bureau.hote.origine;
  process.env.TREMPLIN_E2E_JETON = bureau.hote.jeton;
  process.env.TREMPLIN_E2E_URL_ASSISTANT = assistant.hote.url;
  process.env.TREMPLIN_E2E_ORIGINE_ASSISTANT = assistant.hote.origine;
  process.env.TREMPLIN_E2E_JETON_ASSISTANT = assistant.hote.jeton;
  return async () => {
    for (const h of hotes.splice(0)) await h.fermer();
  };
}
