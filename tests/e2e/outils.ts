import type { APIRequestContext, Page } from '@playwright/test';
import { CHEMIN_API, ENTETE_JETON } from '../../src-main/contract/pont';
import type { Contract, InputOf, OutputOf, Resultat } from '../../src-main/contract';

function env(nom: string): string {
  const v = process.env[nom];
  if (!v) throw new Error(`${nom} absent : les tests se lancent avec « node scripts/e2e.mjs » (global-setup).`);
  return v;
}

export const bureau = {
  url: () => env('TREMPLIN_E2E_URL'),
  origine: () => env('TREMPLIN_E2E_ORIGINE'),
  jeton: () => env('TREMPLIN_E2E_JETON'),
};
export const assistant = {
  url: () => env('TREMPLIN_E2E_URL_ASSISTANT'),
  origine: () => env('TREMPLIN_E2E_ORIGINE_ASSISTANT'),
  jeton: () => env('TREMPLIN_E2E_JETON_ASSISTANT'),
};

/** A direct call to the host with the token, to check what was (not) written. */
export async function appelDirect<M extends keyof Contract & string>(
  requete: APIRequestContext,
  cible: { origine: () => string; jeton: () => string },
  methode: M,
  entree: InputOf<Contract, M>,
): Promise<OutputOf<Contract, M>> {
  const reponse = await requete.post(`${cible.origine()}${CHEMIN_API}`, {
    headers: { [ENTETE_JETON]: cible.jeton(), 'content-type': 'application/json' },
    data: { methode, entree },
  });
  const r = (await reponse.json()) as Resultat<OutputOf<Contract, M>>;
  if (!r.ok) throw new Error(`${methode} : ${r.error.message}`);
  return r.value;
}

export function aujourdhuiFr(): string {
  const parties = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
  return parties;
}

/** With TREMPLIN_CAPTURES=<folder>, saves a full-page screenshot to look at the screens. */
export async function capture(page: Page, nom: string): Promise<void> {
  const dossier = process.env.TREMPLIN_CAPTURES;
  if (dossier) await page.screenshot({ path: `${dossier}/${nom}.png`, fullPage: true });
}
