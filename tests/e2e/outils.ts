import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { CHEMIN_API, ENTETE_JETON, ENTETE_SESSION } from '../../src-main/contract/pont';
import type { Contract, InputOf, OutputOf, Resultat } from '../../src-main/contract';
import { COMPTES } from './comptes';

function env(nom: string): string {
  const v = process.env[nom];
  if (!v) throw new Error(`${nom} absent : les tests se lancent avec « node scripts/e2e.mjs » (global-setup).`);
  return v;
}

export interface Cible {
  url: () => string;
  origine: () => string;
  jeton: () => string;
}

export const bureau: Cible = {
  url: () => env('TREMPLIN_E2E_URL'),
  origine: () => env('TREMPLIN_E2E_ORIGINE'),
  jeton: () => env('TREMPLIN_E2E_JETON'),
};
export const assistant: Cible = {
  url: () => env('TREMPLIN_E2E_URL_ASSISTANT'),
  origine: () => env('TREMPLIN_E2E_ORIGINE_ASSISTANT'),
  jeton: () => env('TREMPLIN_E2E_JETON_ASSISTANT'),
};

/** The installed host at a fixed "today" (AUJOURDHUI_PARCOURS) for the jeune's path. */
export const parcours: Cible = {
  url: () => env('TREMPLIN_E2E_URL_PARCOURS'),
  origine: () => env('TREMPLIN_E2E_ORIGINE_PARCOURS'),
  jeton: () => env('TREMPLIN_E2E_JETON_PARCOURS'),
};

type Methode = keyof Contract & string;
interface Identite {
  identifiant: string;
  motDePasse: string;
}

async function poster<M extends Methode>(
  requete: APIRequestContext,
  cible: Pick<Cible, 'origine' | 'jeton'>,
  session: string,
  methode: M,
  entree: InputOf<Contract, M>,
): Promise<Resultat<OutputOf<Contract, M>>> {
  const reponse = await requete.post(`${cible.origine()}${CHEMIN_API}`, {
    headers: { [ENTETE_JETON]: cible.jeton(), [ENTETE_SESSION]: session, 'content-type': 'application/json' },
    data: { methode, entree },
  });
  return (await reponse.json()) as Resultat<OutputOf<Contract, M>>;
}

/** One signed-in session per host and person, for the checks made beside the page. */
const sessions = new Map<string, string>();

/**
 * A direct call to the host, as `compte` (the administrator by default) on a session of its own,
 * to check what was (not) written.
 */
export async function appelDirect<M extends Methode>(
  requete: APIRequestContext,
  cible: Pick<Cible, 'origine' | 'jeton'>,
  methode: M,
  entree: InputOf<Contract, M>,
  compte: Identite = COMPTES.administrateur,
): Promise<OutputOf<Contract, M>> {
  const cle = `${cible.origine()} ${compte.identifiant}`;
  let session = sessions.get(cle);
  if (!session) {
    session = randomBytes(24).toString('base64url');
    const ouverte = await poster(requete, cible, session, 'session.ouvrir', compte);
    if (!ouverte.ok || ouverte.value.statut !== 'ouverte') {
      throw new Error(`Connexion de ${compte.identifiant} refusée : ${JSON.stringify(ouverte)}`);
    }
    sessions.set(cle, session);
  }
  const r = await poster(requete, cible, session, methode, entree);
  if (!r.ok) throw new Error(`${methode} : ${r.error.message}`);
  return r.value;
}

/**
 * A call made from inside the page, with the page's own token and tab session: what a person
 * could send by hand from the browser's console.
 */
export async function appelDepuisLaPage(page: Page, methode: string, entree: unknown): Promise<Resultat<unknown>> {
  return page.evaluate(
    async ({ methode, entree, chemin, enteteJeton, enteteSession }) => {
      const reponse = await fetch(chemin, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [enteteJeton]: sessionStorage.getItem('tremplin.jeton') ?? '',
          [enteteSession]: sessionStorage.getItem('tremplin.session') ?? '',
        },
        body: JSON.stringify({ methode, entree }),
      });
      return (await reponse.json()) as Resultat<unknown>;
    },
    { methode, entree, chemin: CHEMIN_API, enteteJeton: ENTETE_JETON, enteteSession: ENTETE_SESSION },
  );
}

/** Opens the host's page and signs in as `compte`, until the workstation shows. */
export async function connecter(page: Page, compte: Identite & { nom: string }, cible: Cible = bureau): Promise<void> {
  await page.goto(cible.url());
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.getByLabel('Identifiant').fill(compte.identifiant);
  await page.getByLabel('Mot de passe', { exact: true }).fill(compte.motDePasse);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('menu-utilisateur')).toHaveText(compte.nom);
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
