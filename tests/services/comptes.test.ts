import { beforeEach, describe, expect, test } from 'vitest';
import { defautMotDePasse, ROLES, type Contract, type InputOf, type Role } from '../../src-main/contract';
import { nouvelleSession, type SessionPoste } from '../../src-main/host/sessions';
import { empreinteMotDePasse, verifierMotDePasse } from '../../src-main/services/comptes/motDePasse';
import { banc, installer, type Banc } from '../aide';
import { INSTALLATION_DE_TEST, MOT_DE_PASSE_ADMINISTRATEUR } from '../fixtures/installation';
import {
  appelerSur,
  compteActif,
  compter,
  dernierIdJournal,
  fuitesDansLeJournal,
  instantane,
  lignesJournal,
  MOT_DE_PASSE_PROVISOIRE,
} from '../fixtures/journal';

const REFUS_GENERIQUE = 'Identifiant ou mot de passe incorrect.';
const DURAND = { identifiant: 'mdurand', prenom: 'Marc', nom: 'Durand', roles: ['conseiller'] as Role[] };
const MOT_DE_PASSE_DURAND = 'Velo-Rouge-2026!';
const PETIT = { identifiant: 'lpetit', prenom: 'Lucie', nom: 'Petit', roles: ['accueil'] as Role[] };
const MOT_DE_PASSE_PETIT = 'Tilleul-Bleu-77?';

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;

beforeEach(async () => {
  // 10:15 in Paris (winter time, UTC+1).
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
});

const sqlite = () => b.app.base.sqlite;
const dernierId = () => dernierIdJournal(sqlite());
const lignes = (depuis: number) => lignesJournal(sqlite(), depuis);
const actions = (depuis: number) => lignes(depuis).map((l) => l.action);

function ouvrir(poste: SessionPoste, identifiant: string, motDePasse: string) {
  return appelerSur(b, poste, 'session.ouvrir', { identifiant, motDePasse });
}

function etat(poste: SessionPoste) {
  return appelerSur(b, poste, 'session.etat', {});
}

/** Moves the shared clock by whole seconds. */
function plusSecondes(secondes: number) {
  b.horloge.regler(new Date(b.horloge.maintenant().getTime() + secondes * 1000).toISOString());
}

async function compte(id: number) {
  const c = (await b.appeler('comptes.lister', {})).find((x) => x.id === id);
  if (!c) throw new Error(`Compte ${id} absent de la liste`);
  return c;
}

/** The five failures that lock an account, each one after the delay of the one before. */
async function bloquer(poste: SessionPoste, identifiant: string) {
  await ouvrir(poste, identifiant, 'Mauvais-Essai-1');
  await ouvrir(poste, identifiant, 'Mauvais-Essai-2');
  await ouvrir(poste, identifiant, 'Mauvais-Essai-3');
  plusSecondes(6);
  await ouvrir(poste, identifiant, 'Mauvais-Essai-4');
  plusSecondes(11);
  const cinquieme = await ouvrir(poste, identifiant, 'Mauvais-Essai-5');
  expect(cinquieme).toMatchObject({ statut: 'refusee', bloqueJusqua: expect.any(String) });
  return cinquieme;
}

function modifierCompte(id: number, valeurs: Partial<InputOf<Contract, 'comptes.modifier'>>, session = b.session) {
  return b.brut('comptes.modifier', { id, email: null, siteId: null, actif: true, ...valeurs }, session);
}

describe('empreinte des mots de passe (coût de production)', () => {
  test('scrypt N=2^17, r=8, p=1, sel de 16 octets, paramètres rangés avec l’empreinte ; calculé hors du fil principal', async () => {
    let tics = 0;
    const minuterie = setInterval(() => void tics++, 1);
    const empreinte = await empreinteMotDePasse('Cheval-Agrafe-42!');
    clearInterval(minuterie);
    // The event loop kept turning during the ~0.3 s of hashing: the main process stays responsive.
    expect(tics).toBeGreaterThan(0);

    const m = /^scrypt\$131072\$8\$1\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(empreinte);
    expect(m, empreinte).not.toBeNull();
    expect(Buffer.from(m![1]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(m![2]!, 'base64').length).toBeGreaterThanOrEqual(32);

    expect(await verifierMotDePasse('Cheval-Agrafe-42!', empreinte)).toBe(true);
    expect(await verifierMotDePasse('cheval-Agrafe-42!', empreinte)).toBe(false);
    // A fresh salt each time: two people with the same password do not share a hash.
    expect(await empreinteMotDePasse('Cheval-Agrafe-42!')).not.toBe(empreinte);
  });
});

describe('politique des mots de passe', () => {
  test('12 caractères des 4 familles, ou une phrase de passe de 7 mots ; sinon un message en français', () => {
    expect(defautMotDePasse('Abcdefgh12!x')).toBeNull();
    expect(defautMotDePasse('le chat dort sous la table verte')).toBeNull();

    const onze = defautMotDePasse('Abcdefg12!x');
    expect(onze).toMatch(/^Mot de passe trop faible : au moins 12 caractères/);
    // Three families only (no special character).
    expect(defautMotDePasse('Abcdefgh123x')).toMatch(/trop faible/);
    // Seven words but short, or long but six words: not a passphrase.
    expect(defautMotDePasse('un de la le du et ou')).toMatch(/trop faible/);
    expect(defautMotDePasse('les grandes maisons anciennes du village')).toMatch(/trop faible/);
    expect(defautMotDePasse('x'.repeat(201))).toBe('Mot de passe : 200 caractères au plus.');
  });

  test('le mot de passe ne contient pas l’identifiant, quelle que soit la casse', () => {
    expect(defautMotDePasse('Smorel-2026!xy', 'smorel')).toBe("Mot de passe : il ne doit pas contenir l'identifiant.");
    expect(defautMotDePasse('Collines-2026!', 'smorel')).toBeNull();
  });

  test('le processus principal applique la politique à la création d’un compte', async () => {
    const avant = compter(sqlite(), 'utilisateur');
    const faible = await b.brut('comptes.creer', { ...DURAND, motDePasseProvisoire: 'durand2026' });
    expect(faible).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    if (!faible.ok) expect(faible.error.message).toContain('trop faible');
    const avecIdentifiant = await b.brut('comptes.creer', { ...DURAND, motDePasseProvisoire: 'Mdurand-2026!' });
    expect(avecIdentifiant.ok).toBe(false);
    if (!avecIdentifiant.ok) expect(avecIdentifiant.error.message).toContain("il ne doit pas contenir l'identifiant");
    expect(compter(sqlite(), 'utilisateur')).toBe(avant);
  });
});

describe('connexion', () => {
  test('le bon mot de passe ouvre la session du poste et inscrit une connexion', async () => {
    const poste = nouvelleSession('poste-accueil-1');
    expect(await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).toMatchObject({
      ok: false,
      error: { code: 'non_connecte' },
    });
    const avant = dernierId();
    // The identifiant is typed in capitals with spaces: it is the same login.
    const r = await ouvrir(poste, ' SMorel ', MOT_DE_PASSE_ADMINISTRATEUR);
    expect(r.statut).toBe('ouverte');
    expect(await etat(poste)).toEqual({
      installee: true,
      structure: 'Mission Locale des Collines',
      administrateurADefinir: false,
      utilisateur: {
        id: 1,
        prenom: 'Sophie',
        nom: 'Morel',
        identifiant: 'smorel',
        roles: [...ROLES],
        siteId: lieux.siege,
      },
      verrouillee: false,
      doitChangerMotDePasse: false,
      verrouillageMinutes: 10,
    });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        horodatage: '2026-03-10T09:15:00.000Z',
        utilisateur_id: 1,
        action: 'connexion',
        objet_type: 'utilisateur',
        objet_id: 1,
        poste: 'poste-accueil-1',
        methode: 'session.ouvrir',
      }),
    ]);
    expect((await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).ok).toBe(true);
  });

  test('un mauvais mot de passe est refusé, compté et inscrit ; la session reste fermée', async () => {
    const poste = nouvelleSession('poste-accueil-1');
    const avant = dernierId();
    expect(await ouvrir(poste, 'smorel', 'Collines-2025!')).toEqual({
      statut: 'refusee',
      message: REFUS_GENERIQUE,
      attendreSecondes: null,
      bloqueJusqua: null,
    });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        utilisateur_id: 1,
        action: 'echec_connexion',
        objet_type: 'utilisateur',
        objet_id: 1,
        poste: 'poste-accueil-1',
      }),
    ]);
    expect((await compte(1)).echecsConsecutifs).toBe(1);
    expect((await etat(poste)).utilisateur).toBeNull();
  });

  test('un identifiant inconnu reçoit le même message, sans personne dans l’entrée', async () => {
    const poste = nouvelleSession('poste-accueil-1');
    const comptes = instantane(sqlite(), 'compte_acces');
    const avant = dernierId();
    expect(await ouvrir(poste, 'inconnu', 'Collines-2026!')).toEqual({
      statut: 'refusee',
      message: REFUS_GENERIQUE,
      attendreSecondes: null,
      bloqueJusqua: null,
    });
    // A staff member declared at installation but given no password yet: same answer.
    expect(await ouvrir(poste, 'cfabre', 'Collines-2026!')).toMatchObject({ message: REFUS_GENERIQUE });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({ utilisateur_id: null, action: 'echec_connexion', objet_type: null, objet_id: null }),
      expect.objectContaining({ utilisateur_id: null, action: 'echec_connexion', objet_type: null, objet_id: null }),
    ]);
    expect(instantane(sqlite(), 'compte_acces')).toBe(comptes);
    expect((await etat(poste)).utilisateur).toBeNull();
  });

  test.each([
    ['identifiant vide', { identifiant: '', motDePasse: MOT_DE_PASSE_ADMINISTRATEUR }, 'identifiant', 'Identifiant'],
    ['mot de passe vide', { identifiant: 'smorel', motDePasse: '' }, 'motDePasse', 'Mot de passe : champ obligatoire.'],
    [
      'mot de passe de 201 caractères',
      { identifiant: 'smorel', motDePasse: 'A1!'.padEnd(201, 'x') },
      'motDePasse',
      'Mot de passe : 200 caractères au plus.',
    ],
    [
      'identifiant de 41 caractères',
      { identifiant: 's'.repeat(41), motDePasse: MOT_DE_PASSE_ADMINISTRATEUR },
      'identifiant',
      'Identifiant : 2 à 40 caractères',
    ],
  ])('%s : message clair en français, rien n’est écrit', async (_cas, entree, champ, message) => {
    const poste = nouvelleSession('poste-accueil-1');
    const journal = compter(sqlite(), 'journal_acces');
    const comptes = instantane(sqlite(), 'compte_acces');
    const r = await b.brut('session.ouvrir', entree, poste);
    expect(r).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    if (r.ok) return;
    expect(r.error.message).toContain("rien n'a été enregistré");
    expect(r.error.message).toContain(message);
    expect(r.error.champs?.map((c) => c.champ)).toContain(champ);
    expect(compter(sqlite(), 'journal_acces')).toBe(journal);
    expect(instantane(sqlite(), 'compte_acces')).toBe(comptes);
    expect(poste.utilisateurId).toBeNull();
  });
});

describe('échecs répétés : délai croissant puis blocage', () => {
  let durand: number;
  let poste: SessionPoste;

  beforeEach(async () => {
    durand = await compteActif(b, DURAND, MOT_DE_PASSE_DURAND);
    poste = nouvelleSession('poste-accueil-1');
  });

  test('au 3e échec l’essai suivant attend 5 s, au 4e 10 s ; pendant l’attente même le bon mot de passe est refusé', async () => {
    expect(await ouvrir(poste, 'mdurand', 'Mauvais-Essai-1')).toMatchObject({ attendreSecondes: null });
    expect(await ouvrir(poste, 'mdurand', 'Mauvais-Essai-2')).toMatchObject({ attendreSecondes: null });
    const troisieme = await ouvrir(poste, 'mdurand', 'Mauvais-Essai-3');
    expect(troisieme).toMatchObject({ statut: 'refusee', attendreSecondes: 5, bloqueJusqua: null });
    if (troisieme.statut === 'refusee') expect(troisieme.message).toContain('Patientez 5 s');

    // During the delay the password is not even tried: the right one is refused, and not counted.
    const avant = dernierId();
    const pendant = await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND);
    expect(pendant).toMatchObject({ statut: 'refusee', attendreSecondes: 5 });
    if (pendant.statut === 'refusee') expect(pendant.message).toMatch(/^Trop d'essais : patientez 5 s/);
    expect(actions(avant)).toEqual(['echec_connexion']);
    expect((await compte(durand)).echecsConsecutifs).toBe(3);
    plusSecondes(3);
    expect(await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND)).toMatchObject({ attendreSecondes: 2 });
    expect((await etat(poste)).utilisateur).toBeNull();

    plusSecondes(3);
    expect(await ouvrir(poste, 'mdurand', 'Mauvais-Essai-4')).toMatchObject({
      statut: 'refusee',
      attendreSecondes: 10,
      bloqueJusqua: null,
    });
    expect((await compte(durand)).echecsConsecutifs).toBe(4);
  });

  test('au 5e échec le compte est bloqué 15 minutes, puis se débloque seul (inscrit)', async () => {
    const avant = dernierId();
    await ouvrir(poste, 'mdurand', 'Mauvais-Essai-1');
    await ouvrir(poste, 'mdurand', 'Mauvais-Essai-2');
    await ouvrir(poste, 'mdurand', 'Mauvais-Essai-3');
    plusSecondes(6);
    await ouvrir(poste, 'mdurand', 'Mauvais-Essai-4');
    plusSecondes(11);
    const avantCinquieme = dernierId();
    // 09:15:17 UTC, 10:15 in Paris: locked until 10:30.
    const cinquieme = await ouvrir(poste, 'mdurand', 'Mauvais-Essai-5');
    expect(cinquieme).toMatchObject({
      statut: 'refusee',
      attendreSecondes: null,
      bloqueJusqua: '2026-03-10T09:30:17.000Z',
    });
    if (cinquieme.statut === 'refusee') expect(cinquieme.message).toContain("bloqué jusqu'à 10 h 30");
    expect(lignes(avantCinquieme)).toEqual([
      expect.objectContaining({ action: 'echec_connexion', utilisateur_id: durand, objet_id: durand }),
      expect.objectContaining({ action: 'compte_bloque', utilisateur_id: durand, objet_id: durand }),
    ]);
    expect(actions(avant).filter((a) => a === 'compte_bloque')).toHaveLength(1);

    // Fourteen minutes later the right password is still refused.
    b.horloge.avancer(14);
    const bloque = await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND);
    expect(bloque).toMatchObject({ statut: 'refusee', bloqueJusqua: '2026-03-10T09:30:17.000Z' });
    if (bloque.statut === 'refusee') expect(bloque.message).toMatch(/^Compte bloqué jusqu'à 10 h 30/);
    expect((await etat(poste)).utilisateur).toBeNull();

    // Once the 15 minutes are over, the right password works; the end of the lock is logged.
    b.horloge.avancer(1);
    plusSecondes(1);
    const avantRetour = dernierId();
    expect((await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND)).statut).toBe('ouverte');
    expect(lignes(avantRetour)).toEqual([
      expect.objectContaining({ action: 'compte_debloque', utilisateur_id: durand, objet_id: durand }),
      expect.objectContaining({ action: 'connexion', utilisateur_id: durand }),
    ]);
    expect(await compte(durand)).toMatchObject({ echecsConsecutifs: 0, bloqueJusqua: null });
  });

  test('un administrateur débloque avant l’échéance ; c’est inscrit', async () => {
    const { bloqueJusqua } = (await bloquer(poste, 'mdurand')) as { bloqueJusqua: string };
    expect(await compte(durand)).toMatchObject({ echecsConsecutifs: 5, bloqueJusqua });

    const conseiller = b.sessionDe(lieux.conseillers[0]!);
    expect(await b.brut('comptes.debloquer', { id: durand }, conseiller)).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });

    const avant = dernierId();
    await b.appeler('comptes.debloquer', { id: durand });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        action: 'compte_debloque',
        utilisateur_id: 1,
        objet_type: 'utilisateur',
        objet_id: durand,
        methode: 'comptes.debloquer',
      }),
    ]);
    expect(await compte(durand)).toMatchObject({ echecsConsecutifs: 0, bloqueJusqua: null });
    expect((await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND)).statut).toBe('ouverte');

    const rien = await b.brut('comptes.debloquer', { id: durand });
    expect(rien).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    if (!rien.ok) expect(rien.error.message).toContain("n'est pas bloqué");
  });

  test('une connexion réussie remet le compteur à zéro', async () => {
    await ouvrir(poste, 'mdurand', 'Mauvais-Essai-1');
    await ouvrir(poste, 'mdurand', 'Mauvais-Essai-2');
    expect((await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND)).statut).toBe('ouverte');
    expect((await compte(durand)).echecsConsecutifs).toBe(0);
    await appelerSur(b, poste, 'session.fermer', {});

    expect(await ouvrir(poste, 'mdurand', 'Mauvais-Essai-3')).toMatchObject({ attendreSecondes: null });
    expect(await ouvrir(poste, 'mdurand', 'Mauvais-Essai-4')).toMatchObject({ attendreSecondes: null });
    // Third failure since the success: the first delay, not a lock.
    expect(await ouvrir(poste, 'mdurand', 'Mauvais-Essai-5')).toMatchObject({
      attendreSecondes: 5,
      bloqueJusqua: null,
    });
  });
});

describe('verrouillage et changement d’utilisateur', () => {
  let durand: number;
  let petit: number;
  let poste: SessionPoste;

  beforeEach(async () => {
    durand = await compteActif(b, DURAND, MOT_DE_PASSE_DURAND);
    petit = await compteActif(b, PETIT, MOT_DE_PASSE_PETIT);
    poste = nouvelleSession('poste-accueil-1');
    await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND);
  });

  test('verrouiller à la demande : plus rien n’est servi ; la même personne rouvre avec son mot de passe', async () => {
    const avant = dernierId();
    expect(await appelerSur(b, poste, 'session.verrouiller', {})).toEqual({ verrouillee: true });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        action: 'verrouillage_session',
        utilisateur_id: durand,
        objet_type: 'utilisateur',
        objet_id: durand,
        methode: 'session.verrouiller',
      }),
    ]);
    const verrouille = await etat(poste);
    expect(verrouille.verrouillee).toBe(true);
    expect(verrouille.utilisateur?.identifiant).toBe('mdurand');
    const refus = await b.brut('jeunes.rechercher', { texte: 'a' }, poste);
    expect(refus).toMatchObject({ ok: false, error: { code: 'session_verrouillee' } });
    if (!refus.ok) expect(refus.error.message).toContain('Session verrouillée');

    expect(await ouvrir(poste, 'mdurand', 'Mauvais-Essai-1')).toMatchObject({ statut: 'refusee' });
    expect((await etat(poste)).verrouillee).toBe(true);

    const avantRetour = dernierId();
    expect((await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND)).statut).toBe('ouverte');
    expect(lignes(avantRetour)).toEqual([
      expect.objectContaining({ action: 'deverrouillage_session', utilisateur_id: durand, objet_id: durand }),
    ]);
    expect((await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).ok).toBe(true);
  });

  test('changer d’utilisateur depuis l’écran verrouillé ferme la session de la première personne', async () => {
    await appelerSur(b, poste, 'session.verrouiller', {});
    const avant = dernierId();
    expect((await ouvrir(poste, 'lpetit', MOT_DE_PASSE_PETIT)).statut).toBe('ouverte');
    expect(lignes(avant)).toEqual([
      expect.objectContaining({ action: 'deconnexion', utilisateur_id: durand, objet_id: durand }),
      expect.objectContaining({ action: 'connexion', utilisateur_id: petit, objet_id: petit }),
    ]);
    const apres = await etat(poste);
    expect(apres.verrouillee).toBe(false);
    expect(apres.utilisateur).toMatchObject({ id: petit, identifiant: 'lpetit', roles: ['accueil'] });
  });

  test('se déconnecter : inscrit, et le poste revient à l’écran de connexion', async () => {
    const avant = dernierId();
    expect(await appelerSur(b, poste, 'session.fermer', {})).toEqual({ fermee: true });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({ action: 'deconnexion', utilisateur_id: durand, objet_id: durand }),
    ]);
    expect((await etat(poste)).utilisateur).toBeNull();
    expect(await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).toMatchObject({
      ok: false,
      error: { code: 'non_connecte' },
    });
  });
});

describe('réinitialisation par un administrateur', () => {
  const PROVISOIRE_2 = 'Provisoire-Avril-26!';
  const NOUVEAU = 'Nouveau-Chemin-2026!';
  let durand: number;

  beforeEach(async () => {
    durand = await compteActif(b, DURAND, MOT_DE_PASSE_DURAND);
  });

  test('la personne se connecte avec le provisoire et ne peut rien faire d’autre que choisir le sien', async () => {
    const avant = dernierId();
    await b.appeler('comptes.reinitialiserMotDePasse', { id: durand, motDePasseProvisoire: PROVISOIRE_2 });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        action: 'mot_de_passe_reinitialise',
        utilisateur_id: 1,
        objet_type: 'utilisateur',
        objet_id: durand,
      }),
    ]);
    const poste = nouvelleSession('poste-bureau-2');
    expect(await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND)).toMatchObject({ statut: 'refusee' });
    const ouverte = await ouvrir(poste, 'mdurand', PROVISOIRE_2);
    expect(ouverte).toMatchObject({ statut: 'ouverte', session: { doitChangerMotDePasse: true } });

    const bloque = await b.brut('jeunes.rechercher', { texte: 'a' }, poste);
    expect(bloque).toMatchObject({ ok: false, error: { code: 'mot_de_passe_a_changer' } });
    if (!bloque.ok) expect(bloque.error.message).toContain('nouveau mot de passe');

    // Wrong current password, weak, same as before, or containing the login: nothing changes.
    const acces = instantane(sqlite(), 'compte_acces');
    const avantRefus = dernierId();
    const mauvais = await b.brut('session.changerMotDePasse', { actuel: 'Pas-Le-Bon-2026!', nouveau: NOUVEAU }, poste);
    expect(mauvais).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    if (!mauvais.ok) expect(mauvais.error.message).toBe('Mot de passe actuel incorrect : rien n’a été changé.');
    const faible = await b.brut('session.changerMotDePasse', { actuel: PROVISOIRE_2, nouveau: 'marc2026' }, poste);
    expect(faible).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    if (!faible.ok) expect(faible.error.message).toContain('trop faible');
    const identique = await b.brut('session.changerMotDePasse', { actuel: PROVISOIRE_2, nouveau: PROVISOIRE_2 }, poste);
    expect(identique).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    const avecIdentifiant = await b.brut(
      'session.changerMotDePasse',
      { actuel: PROVISOIRE_2, nouveau: 'MDurand-2026-ok!' },
      poste,
    );
    expect(avecIdentifiant).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    if (!avecIdentifiant.ok) expect(avecIdentifiant.error.message).toContain("ne doit pas contenir l'identifiant");
    expect(instantane(sqlite(), 'compte_acces')).toBe(acces);
    expect(dernierId()).toBe(avantRefus);
    expect((await etat(poste)).doitChangerMotDePasse).toBe(true);

    const change = await appelerSur(b, poste, 'session.changerMotDePasse', { actuel: PROVISOIRE_2, nouveau: NOUVEAU });
    expect(change.doitChangerMotDePasse).toBe(false);
    expect(lignes(avantRefus)).toEqual([
      expect.objectContaining({ action: 'mot_de_passe_change', utilisateur_id: durand, objet_id: durand }),
    ]);
    expect((await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).ok).toBe(true);

    const autrePoste = nouvelleSession('poste-bureau-3');
    expect(await ouvrir(autrePoste, 'mdurand', PROVISOIRE_2)).toMatchObject({ statut: 'refusee' });
    expect(await ouvrir(autrePoste, 'mdurand', MOT_DE_PASSE_DURAND)).toMatchObject({ statut: 'refusee' });
    expect(await ouvrir(autrePoste, 'mdurand', NOUVEAU)).toMatchObject({
      statut: 'ouverte',
      session: { doitChangerMotDePasse: false },
    });
  });

  test('réinitialiser lève aussi un blocage ; seul un administrateur le peut', async () => {
    const poste = nouvelleSession('poste-bureau-2');
    await bloquer(poste, 'mdurand');
    const conseiller = b.sessionDe(lieux.conseillers[0]!);
    expect(
      await b.brut('comptes.reinitialiserMotDePasse', { id: durand, motDePasseProvisoire: PROVISOIRE_2 }, conseiller),
    ).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    await b.appeler('comptes.reinitialiserMotDePasse', { id: durand, motDePasseProvisoire: PROVISOIRE_2 });
    expect(await ouvrir(poste, 'mdurand', PROVISOIRE_2)).toMatchObject({ statut: 'ouverte' });
  });
});

describe('gestion des comptes', () => {
  test('un identifiant déjà pris est refusé en français, rien n’est créé', async () => {
    const avant = compter(sqlite(), 'utilisateur');
    const journal = dernierId();
    const r = await b.brut('comptes.creer', {
      prenom: 'Clara',
      nom: 'Fabre',
      identifiant: 'CFabre',
      roles: ['conseiller'],
      motDePasseProvisoire: MOT_DE_PASSE_PROVISOIRE,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    if (!r.ok) {
      expect(r.error.message).toBe("L'identifiant « cfabre » est déjà pris : choisissez-en un autre.");
      expect(r.error.champs?.[0]?.champ).toBe('identifiant');
    }
    expect(compter(sqlite(), 'utilisateur')).toBe(avant);
    expect(dernierId()).toBe(journal);
  });

  test('créer un compte : mot de passe provisoire à changer, une entrée « compte créé »', async () => {
    const avant = dernierId();
    const { id } = await b.appeler('comptes.creer', { ...DURAND, motDePasseProvisoire: MOT_DE_PASSE_PROVISOIRE });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({ action: 'compte_cree', utilisateur_id: 1, objet_type: 'utilisateur', objet_id: id }),
    ]);
    expect(await compte(id)).toMatchObject({
      identifiant: 'mdurand',
      roles: ['conseiller'],
      actif: true,
      motDePasseDefini: true,
      doitChangerMotDePasse: true,
    });
  });

  test('changer les rôles : une seule entrée « rôles modifiés », effet immédiat sur la session ouverte', async () => {
    const durand = await compteActif(b, DURAND, MOT_DE_PASSE_DURAND);
    const poste = nouvelleSession('poste-bureau-2');
    await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND);
    expect(await b.brut('journal.rechercher', {}, poste)).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });

    const avant = dernierId();
    expect(
      (await modifierCompte(durand, { prenom: 'Marc', nom: 'Durand', roles: ['direction', 'conseiller'] })).ok,
    ).toBe(true);
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        action: 'roles_modifies',
        utilisateur_id: 1,
        objet_type: 'utilisateur',
        objet_id: durand,
        methode: 'comptes.modifier',
      }),
    ]);
    expect((await compte(durand)).roles).toEqual(['conseiller', 'direction']);
    expect((await b.brut('journal.rechercher', {}, poste)).ok).toBe(true);

    // Same roles in another order, new first name: a plain change, not a change of roles.
    const avantNom = dernierId();
    await modifierCompte(durand, { prenom: 'Marc-Antoine', nom: 'Durand', roles: ['conseiller', 'direction'] });
    expect(actions(avantNom)).toEqual(['compte_modifie']);
  });

  test('désactiver : inscrit, la session ouverte se ferme et la personne ne peut plus se connecter', async () => {
    const durand = await compteActif(b, DURAND, MOT_DE_PASSE_DURAND);
    const poste = nouvelleSession('poste-bureau-2');
    await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND);

    const avant = dernierId();
    await modifierCompte(durand, { prenom: 'Marc', nom: 'Durand', roles: ['conseiller'], actif: false });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({ action: 'compte_desactive', utilisateur_id: 1, objet_id: durand }),
    ]);
    expect(await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).toMatchObject({
      ok: false,
      error: { code: 'non_connecte' },
    });
    const autre = nouvelleSession('poste-bureau-3');
    expect(await ouvrir(autre, 'mdurand', MOT_DE_PASSE_DURAND)).toMatchObject({
      statut: 'refusee',
      message: REFUS_GENERIQUE,
    });

    const avantRetour = dernierId();
    await modifierCompte(durand, { prenom: 'Marc', nom: 'Durand', roles: ['conseiller'], actif: true });
    expect(actions(avantRetour)).toEqual(['compte_reactive']);
    expect((await ouvrir(autre, 'mdurand', MOT_DE_PASSE_DURAND)).statut).toBe('ouverte');
  });

  test('il reste toujours un administrateur actif avec un mot de passe', async () => {
    const sansAdministrateur = {
      prenom: 'Sophie',
      nom: 'Morel',
      roles: ['accueil', 'conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'] as Role[],
    };
    const utilisateurs = instantane(sqlite(), 'utilisateur');
    const roles = instantane(sqlite(), 'utilisateur_role');
    const journal = dernierId();

    // The only administrator removes their own role, or deactivates their account: refused.
    const sansRole = await modifierCompte(1, sansAdministrateur);
    expect(sansRole).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    if (!sansRole.ok) expect(sansRole.error.message).toContain('Il doit rester au moins un administrateur actif');
    const inactif = await modifierCompte(1, { ...sansAdministrateur, roles: [...ROLES], actif: false });
    expect(inactif).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    expect(instantane(sqlite(), 'utilisateur')).toBe(utilisateurs);
    expect(instantane(sqlite(), 'utilisateur_role')).toBe(roles);
    expect(dernierId()).toBe(journal);

    // An administrator who has no password yet cannot sign in: they do not count.
    const fabre = lieux.conseillers[0]!;
    expect(
      (await modifierCompte(fabre, { prenom: 'Claire', nom: 'Fabre', roles: ['conseiller', 'administrateur'] })).ok,
    ).toBe(true);
    expect((await modifierCompte(1, sansAdministrateur)).ok).toBe(false);
    expect((await compte(1)).roles).toContain('administrateur');

    // With a second administrator who can sign in, the first may step down.
    await compteActif(
      b,
      { identifiant: 'hblanc', prenom: 'Hugo', nom: 'Blanc', roles: ['administrateur'] },
      'Second-Admin-2026!',
    );
    const avant = dernierId();
    expect((await modifierCompte(1, sansAdministrateur)).ok).toBe(true);
    expect(lignes(avant)).toEqual([expect.objectContaining({ action: 'roles_modifies', objet_id: 1 })]);
  });
});

describe('aucune donnée personnelle dans le journal', () => {
  test('ni nom, ni identifiant, ni mot de passe, après une journée de connexions et de gestion des comptes', async () => {
    const durand = await compteActif(b, DURAND, MOT_DE_PASSE_DURAND);
    await compteActif(b, PETIT, MOT_DE_PASSE_PETIT);
    const poste = nouvelleSession('poste-accueil-1');
    await ouvrir(poste, 'inconnu.x', 'Essai-Inconnu-1!');
    await bloquer(poste, 'mdurand');
    await b.appeler('comptes.debloquer', { id: durand });
    await b.appeler('comptes.reinitialiserMotDePasse', { id: durand, motDePasseProvisoire: 'Provisoire-Mai-26!' });
    await ouvrir(poste, 'mdurand', 'Provisoire-Mai-26!');
    await appelerSur(b, poste, 'session.changerMotDePasse', {
      actuel: 'Provisoire-Mai-26!',
      nouveau: 'Dernier-Choix-2026!',
    });
    await appelerSur(b, poste, 'session.verrouiller', {});
    await ouvrir(poste, 'lpetit', MOT_DE_PASSE_PETIT);
    await modifierCompte(durand, { prenom: 'Marc', nom: 'Durand', roles: ['conseiller', 'direction'] });
    await ouvrir(nouvelleSession('poste-2'), 'smorel', MOT_DE_PASSE_ADMINISTRATEUR);
    await b.appeler('parametres.enregistrer', { verrouillageMinutes: 15, conservationJournalMois: 24 });

    expect(compter(sqlite(), 'journal_acces')).toBeGreaterThan(25);
    expect(
      fuitesDansLeJournal(sqlite(), [
        'Sophie',
        'Morel',
        'Marc',
        'Durand',
        'Lucie',
        'Petit',
        'mdurand',
        'lpetit',
        'inconnu.x',
        MOT_DE_PASSE_ADMINISTRATEUR,
        MOT_DE_PASSE_DURAND,
        MOT_DE_PASSE_PETIT,
        MOT_DE_PASSE_PROVISOIRE,
        'Provisoire-Mai-26!',
        'Dernier-Choix-2026!',
        'Essai-Inconnu-1!',
        'Mauvais-Essai',
      ]),
    ).toEqual([]);
  });
});

describe('réglages de sécurité', () => {
  test.each([
    [{ verrouillageMinutes: 0, conservationJournalMois: 12 }, 'Verrouillage : 1 minute au moins.'],
    [{ verrouillageMinutes: 121, conservationJournalMois: 12 }, 'Verrouillage : 120 minutes au plus.'],
    [{ verrouillageMinutes: 10, conservationJournalMois: 5 }, 'Conservation du journal : 6 mois au moins.'],
    [{ verrouillageMinutes: 10, conservationJournalMois: 37 }, 'Conservation du journal : 36 mois (3 ans) au plus.'],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, semainesSansContact: 1 },
      'Alerte sans contact : 2 semaines au moins.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, semainesSansContact: 27 },
      'Alerte sans contact : 26 semaines au plus.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, relanceOrientationJours: 6 },
      'Relance des orientations : 7 jours au moins.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, relanceOrientationJours: 181 },
      'Relance des orientations : 180 jours au plus.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, preavisConventionJours: 14 },
      'Échéance des conventions : 15 jours au moins.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, preavisConventionJours: 366 },
      'Échéance des conventions : 365 jours au plus.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, expirationOffreJours: 6 },
      'Expiration des offres : 7 jours au moins.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, offreSansMiseEnRelationJours: 0 },
      'Offres sans mise en relation : 1 jour au moins.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, finContratJours: 181 },
      'Fins de contrat à suivre : 180 jours au plus.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, entrepriseSansActeMois: 37 },
      'Entreprises sans acte : 36 mois au plus.',
    ],
    [
      { verrouillageMinutes: 10, conservationJournalMois: 12, finContratJours: 30.5 },
      'Fins de contrat à suivre : un nombre entier de jours.',
    ],
  ])('%o est refusé : « %s », rien n’est écrit', async (entree, message) => {
    const journal = dernierId();
    const r = await b.brut('parametres.enregistrer', entree);
    expect(r).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(compter(sqlite(), 'parametre')).toBe(0);
    expect(dernierId()).toBe(journal);
  });

  test('les bornes sont acceptées ; l’enregistrement est inscrit une fois ; réservé à l’administrateur', async () => {
    expect(await b.appeler('parametres.lire', {})).toEqual({
      verrouillageMinutes: 10,
      conservationJournalMois: 12,
      semainesSansContact: 6,
      relanceOrientationJours: 30,
      preavisConventionJours: 60,
      expirationOffreJours: 60,
      offreSansMiseEnRelationJours: 15,
      finContratJours: 60,
      entrepriseSansActeMois: 6,
    });
    const avant = dernierId();
    expect(
      await b.appeler('parametres.enregistrer', {
        verrouillageMinutes: 1,
        conservationJournalMois: 36,
        semainesSansContact: 2,
        relanceOrientationJours: 7,
        preavisConventionJours: 15,
        expirationOffreJours: 7,
        offreSansMiseEnRelationJours: 1,
        finContratJours: 7,
        entrepriseSansActeMois: 1,
      }),
    ).toEqual({
      verrouillageMinutes: 1,
      conservationJournalMois: 36,
      semainesSansContact: 2,
      relanceOrientationJours: 7,
      preavisConventionJours: 15,
      expirationOffreJours: 7,
      offreSansMiseEnRelationJours: 1,
      finContratJours: 7,
      entrepriseSansActeMois: 1,
    });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({ action: 'parametres_modifies', utilisateur_id: 1, methode: 'parametres.enregistrer' }),
    ]);
    const maxima = {
      verrouillageMinutes: 120,
      conservationJournalMois: 6,
      semainesSansContact: 26,
      relanceOrientationJours: 180,
      preavisConventionJours: 365,
      expirationOffreJours: 365,
      offreSansMiseEnRelationJours: 180,
      finContratJours: 180,
      entrepriseSansActeMois: 36,
    };
    await b.appeler('parametres.enregistrer', maxima);
    expect(await b.appeler('parametres.lire', {})).toEqual(maxima);

    const conseiller = b.sessionDe(lieux.conseillers[0]!);
    expect(
      await b.brut('parametres.enregistrer', { verrouillageMinutes: 60, conservationJournalMois: 12 }, conseiller),
    ).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    expect(await b.appeler('parametres.lire', {})).toEqual(maxima);
  });

  test('la session se verrouille après 10 minutes sans activité ; les lectures ne comptent pas, l’activité signalée oui', async () => {
    const durand = await compteActif(b, DURAND, MOT_DE_PASSE_DURAND);
    const poste = nouvelleSession('poste-accueil-1');
    await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND);
    b.horloge.avancer(9);
    expect((await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).ok).toBe(true);
    await appelerSur(b, poste, 'session.activite', {});
    b.horloge.avancer(9);
    expect((await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).ok).toBe(true);
    b.horloge.avancer(2);
    const avant = dernierId();
    expect(await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).toMatchObject({
      ok: false,
      error: { code: 'session_verrouillee' },
    });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({ action: 'verrouillage_session', utilisateur_id: durand, methode: null }),
    ]);
    expect((await etat(poste)).verrouillee).toBe(true);
  });

  test('le délai de verrouillage suit le réglage, dès l’appel suivant', async () => {
    await compteActif(b, DURAND, MOT_DE_PASSE_DURAND);
    const poste = nouvelleSession('poste-accueil-1');
    await ouvrir(poste, 'mdurand', MOT_DE_PASSE_DURAND);
    b.horloge.avancer(6);
    expect((await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).ok).toBe(true);

    await b.appeler('parametres.enregistrer', { verrouillageMinutes: 5, conservationJournalMois: 12 });
    expect((await etat(poste)).verrouillageMinutes).toBe(5);
    expect(await b.brut('jeunes.rechercher', { texte: 'a' }, poste)).toMatchObject({
      ok: false,
      error: { code: 'session_verrouillee' },
    });
  });
});

describe('premier démarrage', () => {
  let neuf: Banc;

  beforeEach(() => {
    neuf = banc({ maintenant: '2026-03-10T09:15:00Z' });
  });

  test('l’assistant ouvre la session de l’administrateur créé ; création et connexion sont inscrites', async () => {
    const poste = nouvelleSession('poste-direction');
    expect(await appelerSur(neuf, poste, 'session.etat', {})).toMatchObject({
      installee: false,
      utilisateur: null,
      administrateurADefinir: false,
    });
    const r = await neuf.brut('installation.terminer', INSTALLATION_DE_TEST, poste);
    expect(r.ok).toBe(true);
    const session = await appelerSur(neuf, poste, 'session.etat', {});
    expect(session).toMatchObject({
      installee: true,
      administrateurADefinir: false,
      verrouillee: false,
      doitChangerMotDePasse: false,
      utilisateur: { id: 1, prenom: 'Sophie', nom: 'Morel', identifiant: 'smorel', roles: [...ROLES] },
    });
    expect(lignesJournal(neuf.app.base.sqlite)).toEqual([
      expect.objectContaining({
        action: 'compte_cree',
        utilisateur_id: 1,
        objet_type: 'utilisateur',
        objet_id: 1,
        poste: 'poste-direction',
      }),
      expect.objectContaining({ action: 'connexion', utilisateur_id: 1, objet_type: 'utilisateur', objet_id: 1 }),
    ]);
    expect(
      (
        await appelerSur(neuf, nouvelleSession('poste-2'), 'session.ouvrir', {
          identifiant: 'smorel',
          motDePasse: MOT_DE_PASSE_ADMINISTRATEUR,
        })
      ).statut,
    ).toBe('ouverte');
  });

  test('secours : sans administrateur qui puisse se connecter, l’écran de secours en crée un, une seule fois', async () => {
    const administrateur = {
      prenom: 'Nadia',
      nom: 'Chabert',
      identifiant: 'nchabert',
      email: null,
      autresRoles: ['direction'] as Role[],
      motDePasse: 'Secours-Colline-26!',
    };
    expect(
      await neuf.brut('installation.definirAdministrateur', { administrateur }, nouvelleSession('poste-1')),
    ).toMatchObject({ ok: false, error: { code: 'non_installe' } });

    await installer(neuf);
    const refuse = await neuf.brut(
      'installation.definirAdministrateur',
      { administrateur },
      nouvelleSession('poste-1'),
    );
    expect(refuse).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    if (!refuse.ok) expect(refuse.error.message).toContain('Un administrateur peut déjà se connecter');

    // A database from before accounts: installed, nobody has a password.
    neuf.app.base.sqlite.exec('DELETE FROM compte_acces');
    const poste = nouvelleSession('poste-direction');
    expect((await appelerSur(neuf, poste, 'session.etat', {})).administrateurADefinir).toBe(true);
    const pris = await neuf.brut(
      'installation.definirAdministrateur',
      { administrateur: { ...administrateur, identifiant: 'cfabre' } },
      poste,
    );
    expect(pris).toMatchObject({ ok: false, error: { code: 'regle_metier' } });

    const avant = dernierIdJournal(neuf.app.base.sqlite);
    expect(await appelerSur(neuf, poste, 'installation.definirAdministrateur', { administrateur })).toEqual({ id: 1 });
    expect(await appelerSur(neuf, poste, 'session.etat', {})).toMatchObject({
      administrateurADefinir: false,
      utilisateur: { id: 1, identifiant: 'nchabert', roles: ['direction', 'administrateur'] },
    });
    expect(lignesJournal(neuf.app.base.sqlite, avant).map((l) => [l.action, l.utilisateur_id, l.objet_id])).toEqual([
      ['compte_cree', 1, 1],
      ['connexion', 1, 1],
    ]);
    expect(
      (
        await appelerSur(neuf, nouvelleSession('poste-2'), 'session.ouvrir', {
          identifiant: 'nchabert',
          motDePasse: administrateur.motDePasse,
        })
      ).statut,
    ).toBe('ouverte');

    const encore = await neuf.brut(
      'installation.definirAdministrateur',
      { administrateur: { ...administrateur, identifiant: 'intrus', motDePasse: 'Cle-Secours-2026!' } },
      nouvelleSession('poste-3'),
    );
    expect(encore).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    expect(
      (
        neuf.app.base.sqlite.prepare('SELECT identifiant FROM utilisateur WHERE id = 1').get() as {
          identifiant: string;
        }
      ).identifiant,
    ).toBe('nchabert');
  });
});
