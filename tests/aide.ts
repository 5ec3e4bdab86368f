import { ouvrirApplication, dossierMigrationsDuDepot, type Application } from '../src-main/host/application';
import { nouvelleSession, type SessionPoste } from '../src-main/host/sessions';
import type { Resultat, Role } from '../src-main/contract';
import type { CoutScrypt } from '../src-main/services/commun/contexte';
import { INSTALLATION_DE_TEST, type Client } from './fixtures/installation';

export type { Client };

/**
 * A cheaper scrypt for tests of other rules (each sign-in would otherwise cost ~0.3 s). The
 * production cost is asserted by tests/services/comptes.test.ts on a real hash.
 */
export const COUT_SCRYPT_TEST: CoutScrypt = { N: 2 ** 10, r: 8, p: 1 };
export const POSTE_TEST = 'poste-test';
/** The provisional password `personne` gives each staff member it creates. */
export const MOT_DE_PASSE_PROVISOIRE = 'Provisoire-2026!';

/** A fixed clock, movable by tests: "today" is whatever the test says. */
export function horlogeFixe(iso: string) {
  let t = new Date(iso);
  return {
    maintenant: () => new Date(t),
    regler: (nouveau: string) => {
      t = new Date(nouveau);
    },
    avancer: (minutes: number) => {
      t = new Date(t.getTime() + minutes * 60_000);
    },
  };
}

export interface Banc {
  app: Application;
  horloge: ReturnType<typeof horlogeFixe>;
  /** The workstation session of `appeler` and `brut`: the administrator once `installer` ran. */
  session: SessionPoste;
  /** Calls through the dispatcher and throws the French message on failure. */
  appeler: Client;
  /**
   * The raw result. With the default session, the person counts as active at each call (tests of
   * other rules move the clock by hours); a session passed explicitly is left as it is.
   */
  brut: (methode: string, entree: unknown, session?: SessionPoste) => Promise<Resultat<unknown>>;
  /** A session already signed in as this staff member (the sign-in itself is tested apart). */
  sessionDe: (utilisateurId: number) => SessionPoste;
  /** Creates a staff member with these roles (through `comptes.creer`) and signs them in. */
  personne: (roles: Role[], identifiant?: string) => Promise<{ id: number; session: SessionPoste }>;
}

export function banc(options: { maintenant?: string; cheminBase?: string; coutScrypt?: CoutScrypt } = {}): Banc {
  const horloge = horlogeFixe(options.maintenant ?? '2026-03-10T09:15:00Z');
  const app = ouvrirApplication({
    cheminBase: options.cheminBase ?? ':memory:',
    dossierMigrations: dossierMigrationsDuDepot(),
    horloge,
    journaliser: () => {},
    coutScrypt: options.coutScrypt ?? COUT_SCRYPT_TEST,
  });
  const session = nouvelleSession(POSTE_TEST);
  const brut = (methode: string, entree: unknown, s: SessionPoste = session) => {
    if (s === session) session.derniereActivite = horloge.maintenant().getTime();
    return app.dispatcher.appeler(methode, entree, s);
  };
  const appeler = (async (methode: string, entree: unknown) => {
    const r = await brut(methode, entree);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  }) as Client;
  const sessionDe = (utilisateurId: number): SessionPoste => ({
    ...nouvelleSession(POSTE_TEST),
    utilisateurId,
    derniereActivite: horloge.maintenant().getTime(),
  });
  let numero = 0;
  const personne = async (roles: Role[], identifiant = `personne${++numero}`) => {
    const { id } = await appeler('comptes.creer', {
      prenom: 'Personne',
      nom: `N° ${numero}`,
      identifiant,
      roles,
      motDePasseProvisoire: MOT_DE_PASSE_PROVISOIRE,
    });
    return { id, session: sessionDe(id) };
  };
  return { app, horloge, session, appeler, brut, sessionDe, personne };
}

/**
 * Signs `session` (the default one unless told) in through `session.ouvrir`, as a person would,
 * and throws the refusal's message if the sign-in is refused.
 */
export async function connecter(b: Banc, identifiant: string, motDePasse: string, session = b.session) {
  const r = await b.brut('session.ouvrir', { identifiant, motDePasse }, session);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  const v = r.value as { statut: string; message?: string };
  if (v.statut !== 'ouverte') throw new Error(`Connexion refusée : ${v.message}`);
  return session;
}

/** Replaces the provisional password of `session`'s person by `nouveau`, as the person must. */
export async function choisirMotDePasse(b: Banc, session: SessionPoste, nouveau: string) {
  const r = await b.brut('session.changerMotDePasse', { actuel: MOT_DE_PASSE_PROVISOIRE, nouveau }, session);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as { doitChangerMotDePasse: boolean };
}

/** The test structure installed: siège + antenne, 3 communes (one QPV, one ZRR), 3 staff. */
export async function installer(b: Banc) {
  await b.appeler('installation.terminer', INSTALLATION_DE_TEST);
  const { sites } = await b.appeler('structure.lire', {});
  const personnel = await b.appeler('personnel.lister', {});
  const id = (identifiant: string) => personnel.find((p) => p.identifiant === identifiant)!.id;
  return {
    siege: sites[0]!.id,
    antenne: sites[1]!.id,
    // Claire Fabre first, then Karim Benali.
    conseillers: [id('cfabre'), id('kbenali')],
    /** Léa Roux, accueil only (the administrator holds every role, accueil and conseiller too). */
    accueil: id('lroux'),
  };
}
