import { beforeAll, describe, expect, test } from 'vitest';
import { contract, ROLES, type Contract, type MethodSpec, type Role } from '../../src-main/contract';
import { nouvelleSession, type SessionPoste } from '../../src-main/host/sessions';
import { INSTALLATION_DE_TEST } from '../fixtures/installation';
import { banc, choisirMotDePasse, connecter, installer, MOT_DE_PASSE_PROVISOIRE, POSTE_TEST, type Banc } from '../aide';

/**
 * The rights matrix of issue 3, written by hand: a method whose contract declaration drifts from
 * it (a role added by mistake, `'tous'` instead of a list) fails here, and a new method must be
 * given its rights here before its tests pass.
 */
const DROITS = {
  'installation.terminer': ['administrateur'],
  'installation.definirAdministrateur': 'public',
  'installation.analyserCommunesCsv': ['administrateur'],
  'structure.lire': 'tous',
  'communes.enregistrer': ['administrateur'],
  'personnel.lister': 'tous',
  'referentiels.lister': 'tous',
  'referentiels.enregistrerValeur': ['administrateur'],
  'jeunes.rechercher': [
    'accueil',
    'conseiller',
    'direction',
    'administrateur',
    'referent_formation',
    'charge_relation_entreprises',
  ],
  'jeunes.ressemblants': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'jeunes.creer': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'jeunes.lire': [
    'accueil',
    'conseiller',
    'direction',
    'administrateur',
    'referent_formation',
    'charge_relation_entreprises',
  ],
  // Health and justice notes: the referent conseiller and the direction, nobody else.
  'jeunes.ajouterMention': ['conseiller', 'direction'],
  'jeunes.designerReferent': ['conseiller', 'direction', 'administrateur'],
  'accueils.enregistrer': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'fileAttente.duJour': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'fileAttente.ajouter': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'fileAttente.prendreEnCharge': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'fileAttente.marquerParti': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'rendezVous.jour': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'rendezVous.creer': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'rendezVous.deplacer': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'rendezVous.changerStatut': ['accueil', 'conseiller', 'direction', 'administrateur'],
  'session.etat': 'public',
  'session.ouvrir': 'public',
  'session.verrouiller': 'tous',
  'session.fermer': 'tous',
  'session.activite': 'tous',
  'session.changerMotDePasse': 'tous',
  'comptes.lister': ['administrateur'],
  'comptes.creer': ['administrateur'],
  'comptes.modifier': ['administrateur'],
  'comptes.reinitialiserMotDePasse': ['administrateur'],
  'comptes.debloquer': ['administrateur'],
  'parametres.lire': 'tous',
  'parametres.enregistrer': ['administrateur'],
  'journal.rechercher': ['direction', 'administrateur'],
  'journal.consultationsJeune': ['direction', 'administrateur'],
  'journal.verifier': ['direction', 'administrateur'],
  'journal.apercuPurge': ['administrateur'],
  'journal.purger': ['administrateur'],
  // Issue 4. The accueil keeps the desk's view; the path is read by those who accompany jeunes.
  'jeunes.modifier': ['accueil', 'conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'jeunes.chronologie': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'jeunes.apercuFusion': ['conseiller', 'direction', 'administrateur'],
  'jeunes.fusionner': ['conseiller', 'direction', 'administrateur'],
  'typesParcours.lister': 'tous',
  'typesParcours.enregistrer': ['administrateur'],
  'diagnostics.duJeune': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'diagnostics.enregistrer': ['conseiller', 'direction'],
  'parcours.duJeune': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'parcours.ouvrir': ['conseiller', 'direction'],
  'parcours.modifier': ['conseiller', 'direction'],
  'parcours.sortir': ['conseiller', 'direction'],
  'parcours.annulerSortie': ['conseiller', 'direction'],
  'parcours.declarerHeures': ['conseiller', 'direction'],
  'parcours.contrat': ['conseiller', 'direction'],
  'evenements.duJeune': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'evenements.creer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'evenements.modifier': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'evenements.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'ateliers.lister': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'ateliers.lire': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'ateliers.creer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'ateliers.modifier': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'ateliers.inscrire': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'ateliers.desinscrire': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'ateliers.emarger': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'situations.duJeune': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'situations.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'situations.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'portefeuille.lister': ['conseiller', 'direction'],
  'portefeuille.conseillers': ['direction'],
  'portefeuille.reaffecter': ['direction', 'administrateur'],
  'partenaires.rechercher': 'tous',
  'partenaires.lire': 'tous',
  'partenaires.creer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'partenaires.modifier': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'services.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'services.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'permanences.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'permanences.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'permanences.lister': 'tous',
  'conventions.enregistrer': ['direction'],
  'conventions.supprimer': ['direction'],
  'conventions.aRenouveler': 'tous',
  'dataInclusion.analyser': ['direction', 'administrateur'],
  'dataInclusion.importer': ['direction', 'administrateur'],
  'dataInclusion.exporter': [
    'conseiller',
    'referent_formation',
    'charge_relation_entreprises',
    'direction',
    'administrateur',
  ],
  'partenaires.exporterCsv': [
    'conseiller',
    'referent_formation',
    'charge_relation_entreprises',
    'direction',
    'administrateur',
  ],
  'orientations.duJeune': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'orientations.creer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'orientations.enregistrerRetour': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'orientations.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'orientations.versPartenaire': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'entreprises.rechercher': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'entreprises.lire': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'entreprises.ressemblantes': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'entreprises.creer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'entreprises.modifier': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'entreprises.reaffecter': ['charge_relation_entreprises', 'direction'],
  'entreprises.aFaire': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'entreprises.compteurs': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'actes.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'actes.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'offres.rechercher': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'offres.lire': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'offres.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'offres.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'misesEnRelation.proposer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'misesEnRelation.enregistrerIssue': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'misesEnRelation.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'misesEnRelation.duJeune': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'actions.rechercher': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'actions.lire': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'actions.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'actions.supprimer': ['referent_formation', 'direction'],
  'actions.analyserCsv': ['referent_formation', 'direction'],
  'actions.importerCsv': ['referent_formation', 'direction'],
  'formation.tableauDeBord': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'positionnements.proposer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'positionnements.changerStatut': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'positionnements.annulerEtape': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'positionnements.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'positionnements.enregistrerBilan': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'positionnements.duJeune': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'commissions.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'commissions.procesVerbal': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'bilansAction.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'besoins.enregistrer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'besoins.supprimer': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'besoins.duJeune': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
  'besoins.synthese': ['conseiller', 'referent_formation', 'charge_relation_entreprises', 'direction'],
} satisfies Record<keyof Contract, MethodSpec['roles']>;

const METHODES = Object.keys(contract) as (keyof Contract)[];
const PUBLIQUES = METHODES.filter((m) => contract[m].roles === 'public');

function permis(roles: MethodSpec['roles'], role: Role): boolean {
  return roles === 'public' || roles === 'tous' || roles.includes(role);
}

/**
 * Not an object: every input of the contract refuses it, so an allowed call stops at validation
 * (the role gate comes first) and nothing runs.
 */
const ENTREE_REFUSEE = 42;

async function code(b: Banc, methode: string, session: SessionPoste, entree: unknown = ENTREE_REFUSEE) {
  const r = await b.brut(methode, entree, session);
  return r.ok ? 'ok' : r.error.code;
}

function compterJournal(b: Banc, action?: string): number {
  const sql = `SELECT count(*) AS n FROM journal_acces${action ? ' WHERE action = ?' : ''}`;
  return (b.app.base.sqlite.prepare(sql).get(...(action ? [action] : [])) as { n: number }).n;
}

describe('la matrice des droits', () => {
  test('le contrat déclare exactement les droits attendus', () => {
    expect(Object.keys(DROITS).sort()).toEqual([...METHODES].sort());
    for (const m of METHODES) expect(contract[m].roles, m).toEqual(DROITS[m]);
  });

  test('les actions sensibles sont réservées', () => {
    const appelables = (role: Role) => METHODES.filter((m) => permis(DROITS[m], role));
    const accueil = appelables('accueil');
    for (const m of METHODES.filter((m) => /^(journal|comptes)\./.test(m))) expect(accueil).not.toContain(m);
    expect(accueil).not.toContain('parametres.enregistrer');
    expect(accueil).not.toContain('referentiels.enregistrerValeur');
    expect(accueil).not.toContain('jeunes.ajouterMention');
    expect(appelables('conseiller').filter((m) => m.startsWith('comptes.'))).toEqual([]);
    expect(appelables('conseiller').filter((m) => m.startsWith('journal.'))).toEqual([]);
    for (const m of ['journal.purger', 'journal.apercuPurge', 'parametres.enregistrer'] as const) {
      expect(
        ROLES.filter((r) => permis(DROITS[m], r)),
        m,
      ).toEqual(['administrateur']);
    }
    expect(ROLES.filter((r) => permis(DROITS['jeunes.ajouterMention'], r))).toEqual(['conseiller', 'direction']);
  });

  describe('appliquée par le dispatcher : chaque méthode × chaque rôle seul', () => {
    let b: Banc;
    const titulaires = new Map<Role, number>();

    beforeAll(async () => {
      b = banc();
      await installer(b);
      for (const role of ROLES) titulaires.set(role, (await b.personne([role])).id);
    });

    test.each(METHODES)('%s', async (methode) => {
      const refusesAvant = compterJournal(b, 'acces_refuse');
      let refuses = 0;
      for (const role of ROLES) {
        const permise = permis(contract[methode].roles, role);
        // A fresh session per call: one call's outcome cannot change the next one's.
        const obtenu = await code(b, methode, b.sessionDe(titulaires.get(role)!));
        expect(obtenu, `${methode} par ${role}`).toBe(permise ? 'entree_invalide' : 'acces_refuse');
        if (!permise) refuses++;
      }
      // Each refusal is in the trail, once.
      expect(compterJournal(b, 'acces_refuse')).toBe(refusesAvant + refuses);
    });
  });
});

describe('les états de la session passent avant les rôles', () => {
  let b: Banc;
  let id: number;

  beforeAll(async () => {
    b = banc();
    await installer(b);
    // Every role: what is refused below is refused for the session's state, not for a role.
    ({ id } = await b.personne([...ROLES]));
  });

  test('sans session, seules les méthodes publiques répondent ; le reste : « non connecté », sans trace', async () => {
    const avant = compterJournal(b);
    for (const m of METHODES) {
      const attendu = contract[m].roles === 'public' ? 'entree_invalide' : 'non_connecte';
      expect(await code(b, m, nouvelleSession(POSTE_TEST)), m).toBe(attendu);
    }
    expect(compterJournal(b)).toBe(avant);
    const r = await b.brut('jeunes.rechercher', { texte: 'a' }, nouvelleSession(POSTE_TEST));
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/pas connecté/) } });
  });

  test('une session verrouillée : les méthodes publiques et la déconnexion, rien d’autre', async () => {
    const verrouillee = () => ({ ...b.sessionDe(id), verrouillee: true });
    for (const m of METHODES) {
      const permise = contract[m].roles === 'public' || m === 'session.fermer';
      expect(await code(b, m, verrouillee()), m).toBe(permise ? 'entree_invalide' : 'session_verrouillee');
    }
    const session = verrouillee();
    expect(await b.brut('session.fermer', {}, session)).toEqual({ ok: true, value: { fermee: true } });
    expect(session).toMatchObject({ utilisateurId: null, verrouillee: false });
  });

  test('un mot de passe à changer : rien d’autre que le changer, se déconnecter, signaler l’activité', async () => {
    const permises = new Set([...PUBLIQUES, 'session.changerMotDePasse', 'session.fermer', 'session.activite']);
    for (const m of METHODES) {
      const session = { ...b.sessionDe(id), doitChangerMotDePasse: true };
      expect(await code(b, m, session), m).toBe(permises.has(m) ? 'entree_invalide' : 'mot_de_passe_a_changer');
    }
  });

  test('après une réinitialisation, la connexion mène au changement de mot de passe, puis au travail', async () => {
    const { id: lea } = await b.personne(['accueil'], 'lea.essai');
    const session = await connecter(b, 'lea.essai', MOT_DE_PASSE_PROVISOIRE, nouvelleSession(POSTE_TEST));
    expect(session).toMatchObject({ utilisateurId: lea, doitChangerMotDePasse: true });
    expect(await code(b, 'jeunes.rechercher', session, { texte: 'a' })).toBe('mot_de_passe_a_changer');
    expect(await choisirMotDePasse(b, session, 'Accueil-Valence-26!')).toMatchObject({ doitChangerMotDePasse: false });
    expect(await code(b, 'jeunes.rechercher', session, { texte: 'a' })).toBe('ok');
  });
});

describe('un refus de droits', () => {
  test('écrit une seule entrée « acces_refuse » : la méthode, qui, le poste ; aucune donnée personnelle', async () => {
    const b = banc();
    await installer(b);
    const { id, session } = await b.personne(['charge_relation_entreprises']);
    const avant = compterJournal(b);
    const r = await b.brut(
      'jeunes.creer',
      { nomNaissance: 'Zanetti', prenoms: 'Aïssatou', dateNaissance: '2006-04-12', sexe: 'F', telephone: '0612345678' },
      session,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    expect(b.app.base.sqlite.prepare('SELECT count(*) AS n FROM jeune').get()).toEqual({ n: 0 });
    const lignes = b.app.base.sqlite.prepare('SELECT * FROM journal_acces WHERE id > ?').all(avant);
    expect(lignes).toEqual([
      expect.objectContaining({
        utilisateur_id: id,
        action: 'acces_refuse',
        objet_type: null,
        objet_id: null,
        poste: POSTE_TEST,
        methode: 'jeunes.creer',
        reference: null,
      }),
    ]);
    expect(JSON.stringify(lignes)).not.toMatch(/Zanetti|Aïssatou|2006|0612|Personne/);
  });
});

describe('un changement de compte vaut à l’appel suivant', () => {
  let b: Banc;

  beforeAll(async () => {
    b = banc();
    await installer(b);
  });

  function modifier(id: number, roles: Role[], actif: boolean) {
    return b.appeler('comptes.modifier', { id, prenom: 'Personne', nom: 'Essai', roles, siteId: null, actif });
  }

  test('un compte désactivé : sa session se ferme à son prochain appel', async () => {
    const { id, session } = await b.personne(['accueil']);
    expect(await code(b, 'jeunes.rechercher', session, { texte: 'a' })).toBe('ok');
    await modifier(id, ['accueil'], false);
    expect(await code(b, 'jeunes.rechercher', session, { texte: 'a' })).toBe('non_connecte');
    expect(session).toMatchObject({ utilisateurId: null, verrouillee: false, doitChangerMotDePasse: false });
    // Reactivating the account does not reopen a session that was closed.
    await modifier(id, ['accueil'], true);
    expect(await b.brut('session.etat', {}, session)).toMatchObject({ ok: true, value: { utilisateur: null } });
  });

  test('un rôle retiré, ou ajouté, vaut tout de suite', async () => {
    const { id, session } = await b.personne(['accueil']);
    expect(await code(b, 'jeunes.rechercher', session, { texte: 'a' })).toBe('ok');
    expect(await code(b, 'journal.verifier', session, {})).toBe('acces_refuse');
    await modifier(id, ['direction'], true);
    expect(await code(b, 'journal.verifier', session, {})).toBe('ok');
    await modifier(id, ['referent_formation'], true);
    expect(await code(b, 'accueils.enregistrer', session, {})).toBe('acces_refuse');
    expect(session.utilisateurId).toBe(id);
  });

  test('l’administrateur de l’installation a tous ses rôles dès la fin de l’assistant', async () => {
    const etat = await b.brut('session.etat', {}, b.session);
    expect(etat).toMatchObject({
      ok: true,
      value: {
        utilisateur: {
          identifiant: INSTALLATION_DE_TEST.administrateur.identifiant,
          roles: [...ROLES],
        },
      },
    });
  });
});
