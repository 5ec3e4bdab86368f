import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demarrerHoteDeTest, type HoteDeTest } from './hote';

const hotes: HoteDeTest[] = [];

/**
 * Two hosts on two fresh databases: an installed structure for the desk journey, and an empty
 * one for the first-run wizard. Their addresses go to the tests through the environment.
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
  hotes.push(bureau, assistant);
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
