import { beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import type { SessionPoste } from '../../src-main/host/sessions';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire, insererService } from '../fixtures/annuaire';
import { dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

/**
 * Orientations of a jeune to the partners of the directory (issue 5, docs/orientations.md): made
 * from the file, with the consent rule for transmitting the diagnostic; their outcome; the
 * reminder after the delay set in Paramètres. "Today" is Tuesday 10/03/2026 in Paris. Partners
 * are written with plain SQL (tests/fixtures/annuaire.ts): this file tests orientations.
 */

let b: Banc;
let claire: number;
let jeune: number;
let autreJeune: number;
let adil: number;
let logementJeunes: number;
let cmp: number;
let consultation: number;

const sqlite = () => b.app.base.sqlite;

type Creation = InputOf<Contract, 'orientations.creer'>;

/** The rows a refused call must leave untouched. */
function etat(): string {
  return ['orientation', 'jeune', 'diagnostic'].map((t) => instantane(sqlite(), t)).join('\n');
}

async function orienter(saisie: Partial<Creation> = {}, session: SessionPoste = b.session): Promise<number> {
  const r = await b.brut(
    'orientations.creer',
    { jeuneId: jeune, partenaireId: adil, motif: 'Recherche d’un logement autonome', ...saisie },
    session,
  );
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: number }).id;
}

async function refuse(
  methode: string,
  entree: Record<string, unknown>,
  message: string | RegExp,
  code = 'regle_metier',
  session: SessionPoste = b.session,
) {
  const avant = etat();
  const r = await b.brut(methode, entree, session);
  if (r.ok) throw new Error('aurait dû être refusé');
  expect(r.error.code).toBe(code);
  if (typeof message === 'string') expect(r.error.message).toBe(message);
  else expect(r.error.message).toMatch(message);
  expect(etat()).toBe(avant);
}

const refuseCreation = (saisie: Partial<Creation>, message: string | RegExp, code?: string) =>
  refuse('orientations.creer', { jeuneId: jeune, partenaireId: adil, motif: 'Logement', ...saisie }, message, code);

async function duJeune(jeuneId = jeune) {
  return b.appeler('orientations.duJeune', { jeuneId });
}

async function lire(id: number) {
  const o = (await duJeune()).find((x) => x.id === id);
  if (!o) throw new Error(`orientation ${id} absente`);
  return o;
}

function consentement(date: string | null, jeuneId = jeune) {
  sqlite().prepare('UPDATE jeune SET consentement_transmission_le = ? WHERE id = ?').run(date, jeuneId);
}

async function diagnostic(debut: string, conclusion: string | null = null) {
  return (
    await b.appeler('diagnostics.enregistrer', {
      jeuneId: jeune,
      date: debut,
      dimensions: [],
      conclusion: conclusion ? { conclusion: 'reponse_ponctuelle', date: conclusion } : null,
    })
  ).id;
}

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  const lieux = await installer(b);
  claire = lieux.conseillers[0]!;
  const creer = async (nomNaissance: string, prenoms: string) =>
    (
      await b.appeler('jeunes.creer', {
        nomNaissance,
        prenoms,
        dateNaissance: '2006-04-12',
        sexe: 'F',
        confirmeMalgreRessemblants: true,
      })
    ).id;
  jeune = await creer('Dupont', 'Élodie');
  autreJeune = await creer('Martin', 'Lucas');
  adil = insererPartenaire(b, 'ADIL de la Drôme', { type: 'logement' });
  logementJeunes = insererService(b, adil, 'Logement des jeunes');
  cmp = insererPartenaire(b, 'CMP de Romans', { type: 'sante' });
  consultation = insererService(b, cmp, 'Consultation jeunes adultes');
});

describe('orienter depuis le dossier', () => {
  test('vers un partenaire ou l’un de ses services ; datée du jour, proposée, sans transmission', async () => {
    const id = await orienter({ serviceId: logementJeunes, commentaire: 'Rendez-vous pris par téléphone' });
    expect(await duJeune()).toEqual([
      {
        id,
        jeuneId: jeune,
        jeuneNom: 'Dupont Élodie',
        partenaireId: adil,
        partenaireNom: 'ADIL de la Drôme',
        partenaireType: 'logement',
        serviceId: logementJeunes,
        serviceNom: 'Logement des jeunes',
        date: '2026-03-10',
        motif: 'Recherche d’un logement autonome',
        transmissionDiagnostic: false,
        diagnosticId: null,
        origine: 'dossier',
        accueilId: null,
        statut: 'proposee',
        retourLe: null,
        motifRefus: null,
        commentaire: 'Rendez-vous pris par téléphone',
        auteurId: b.session.utilisateurId,
        auteurNom: 'Sophie Morel',
        aRelancer: false,
        modifieLe: '2026-03-10T09:15:00.000Z',
      },
    ]);
    // Another jeune's file shows none of it.
    expect(await duJeune(autreJeune)).toEqual([]);
  });

  test('les orientations d’un jeune, les plus récentes d’abord', async () => {
    const ancienne = await orienter({ date: '2026-01-15' });
    const recente = await orienter({ date: '2026-03-02', partenaireId: cmp });
    const memeJour = await orienter({ date: '2026-03-02' });
    expect((await duJeune()).map((o) => o.id)).toEqual([memeJour, recente, ancienne]);
  });

  test('refusé sans rien écrire : partenaire inconnu ou inactif, service d’un autre partenaire ou retiré', async () => {
    await refuseCreation(
      { partenaireId: 9999 },
      "Partenaire introuvable dans l'annuaire : choisissez-le dans la liste (il a peut-être été fusionné ou retiré).",
    );
    const ferme = insererPartenaire(b, 'Foyer fermé', { actif: false });
    await refuseCreation(
      { partenaireId: ferme },
      "« Foyer fermé » est marqué inactif dans l'annuaire : choisissez un partenaire actif, ou réactivez sa fiche.",
    );
    await refuseCreation(
      { serviceId: consultation },
      "Ce service n'est pas un service de « ADIL de la Drôme » : choisissez un de ses services, ou laissez le service vide.",
    );
    const retire = insererService(b, adil, 'Permanence juridique', { actif: false });
    await refuseCreation(
      { serviceId: retire },
      "Le service « Permanence juridique » de ADIL de la Drôme n'est plus proposé : choisissez un autre service, ou laissez le service vide.",
    );
    const r = await b.brut('orientations.creer', { jeuneId: jeune, partenaireId: adil, serviceId: retire, motif: 'x' });
    expect(r).toMatchObject({ ok: false, error: { champs: [{ champ: 'serviceId' }] } });
  });

  test('refusé sans rien écrire : date dans le futur ou avant la naissance, motif vide, dossier inconnu', async () => {
    await refuseCreation(
      { date: '2026-03-11' },
      'Orientation datée du 11/03/2026, dans le futur : datez-la du jour où elle est proposée au jeune.',
    );
    await refuseCreation(
      { date: '2006-04-11' },
      'Orientation datée du 11/04/2006, avant la naissance du jeune (12/04/2006) : corrigez la date.',
    );
    await refuseCreation({ motif: '  ' }, /Motif de l'orientation : champ obligatoire\./, 'entree_invalide');
    await refuseCreation(
      { jeuneId: 9999 },
      'Dossier jeune introuvable : la fiche a peut-être été supprimée ou fusionnée.',
      'introuvable',
    );
  });

  test('l’accueil seul ne fait pas d’orientation depuis le dossier (rôle)', async () => {
    const accueil = await b.personne(['accueil']);
    await refuse(
      'orientations.creer',
      { jeuneId: jeune, partenaireId: adil, motif: 'Logement' },
      /^Action non autorisée pour votre profil/,
      'acces_refuse',
      accueil.session,
    );
  });
});

describe('transmission du diagnostic : seulement avec le consentement du jeune', () => {
  test('sans consentement enregistré : refusée, rien n’est écrit ; avec : acceptée, le diagnostic est lié', async () => {
    const d = await diagnostic('2026-03-02');
    await refuseCreation(
      { transmissionDiagnostic: true },
      "Transmission du diagnostic : le consentement du jeune n'est pas enregistré. Enregistrez d'abord la date de son consentement dans la Fiche, ou décochez la transmission.",
    );
    const r = await b.brut('orientations.creer', {
      jeuneId: jeune,
      partenaireId: adil,
      motif: 'Logement',
      transmissionDiagnostic: true,
    });
    expect(r).toMatchObject({ ok: false, error: { champs: [{ champ: 'transmissionDiagnostic' }] } });

    consentement('2026-03-02');
    const id = await orienter({ transmissionDiagnostic: true });
    expect(await lire(id)).toMatchObject({ transmissionDiagnostic: true, diagnosticId: d });
    // Without transmission, no diagnostic is named even when there is one and consent too.
    expect(await lire(await orienter())).toMatchObject({ transmissionDiagnostic: false, diagnosticId: null });
  });

  test('un consentement donné après la date de l’orientation ne la couvre pas', async () => {
    await diagnostic('2026-01-12', '2026-01-12');
    consentement('2026-03-05');
    await refuseCreation(
      { transmissionDiagnostic: true, date: '2026-03-04' },
      "Transmission du diagnostic : le consentement du jeune est daté du 05/03/2026, après l'orientation du 04/03/2026. Vérifiez la date du consentement dans la Fiche, ou décochez la transmission.",
    );
    // The day of the consent itself is covered.
    await orienter({ transmissionDiagnostic: true, date: '2026-03-05' });
  });

  test('le diagnostic transmis est le dernier commencé à la date de l’orientation ; sans diagnostic, refusé', async () => {
    consentement('2025-12-01');
    await refuseCreation(
      { transmissionDiagnostic: true, date: '2026-01-05' },
      "Transmission du diagnostic : aucun diagnostic n'était commencé au 05/01/2026. Faites d'abord le diagnostic, ou décochez la transmission.",
    );
    const ancien = await diagnostic('2026-01-12', '2026-01-20');
    const recent = await diagnostic('2026-03-02');
    expect(await lire(await orienter({ transmissionDiagnostic: true, date: '2026-02-15' }))).toMatchObject({
      diagnosticId: ancien,
    });
    expect(await lire(await orienter({ transmissionDiagnostic: true }))).toMatchObject({ diagnosticId: recent });
  });
});

describe('la suite d’une orientation', () => {
  let id: number;
  beforeEach(async () => {
    id = await orienter({ date: '2026-02-20' });
  });

  async function retour(saisie: Record<string, unknown>, session: SessionPoste = b.session) {
    const { modifieLe } = await lire(id);
    const r = await b.brut('orientations.enregistrerRetour', { id, modifieLeLu: modifieLe, ...saisie }, session);
    if (!r.ok) throw new Error(r.error.message);
    return lire(id);
  }

  test('acceptée (datée du jour par défaut), refusée avec sa raison, sans suite ; retour à « proposée »', async () => {
    expect(await retour({ statut: 'acceptee' })).toMatchObject({
      statut: 'acceptee',
      retourLe: '2026-03-10',
      motifRefus: null,
      aRelancer: false,
    });
    expect(
      await retour({ statut: 'refusee', retourLe: '2026-03-03', motifRefus: 'Hors critères d’âge' }),
    ).toMatchObject({ statut: 'refusee', retourLe: '2026-03-03', motifRefus: 'Hors critères d’âge' });
    // The reason belongs to a refusal only.
    expect(
      await retour({
        statut: 'sans_suite',
        retourLe: '2026-02-20',
        motifRefus: 'Sans objet',
        commentaire: 'Injoignable',
      }),
    ).toMatchObject({ statut: 'sans_suite', retourLe: '2026-02-20', motifRefus: null, commentaire: 'Injoignable' });
    // Back to « proposée »: no outcome date any more; the comment stays when none is typed.
    expect(await retour({ statut: 'proposee', retourLe: '2026-03-01' })).toMatchObject({
      statut: 'proposee',
      retourLe: null,
      motifRefus: null,
      commentaire: 'Injoignable',
    });
  });

  test('refusé sans rien écrire : refus sans raison, date dans le futur ou avant l’orientation', async () => {
    const { modifieLe } = await lire(id);
    const base = { id, modifieLeLu: modifieLe };
    await refuse(
      'orientations.enregistrerRetour',
      { ...base, statut: 'refusee' },
      /Orientation refusée : indiquez la raison du refus\./,
      'entree_invalide',
    );
    await refuse(
      'orientations.enregistrerRetour',
      { ...base, statut: 'acceptee', retourLe: '2026-03-11' },
      'Suite datée du 11/03/2026, dans le futur : datez-la du jour où le partenaire ou le jeune a répondu.',
    );
    await refuse(
      'orientations.enregistrerRetour',
      { ...base, statut: 'acceptee', retourLe: '2026-02-19' },
      "Suite datée du 19/02/2026, avant l'orientation elle-même (20/02/2026) : corrigez la date de la suite.",
    );
  });

  test('deux personnes notent la suite en même temps : la seconde est refusée, rien n’est écrit', async () => {
    const { modifieLe } = await lire(id);
    const claireSession = b.sessionDe(claire);
    await retour({ statut: 'acceptee' }, claireSession);
    await refuse(
      'orientations.enregistrerRetour',
      { id, modifieLeLu: modifieLe, statut: 'refusee', motifRefus: 'Complet' },
      "Claire Fabre a enregistré cette orientation le 10/03/2026 à 10 h 15, après que vous l'avez ouverte : rien n'a été enregistré. Rechargez l'orientation, puis notez à nouveau sa suite.",
      'conflit',
    );
    expect(await lire(id)).toMatchObject({ statut: 'acceptee' });
  });

  test('la suite est tracée comme une modification du dossier', async () => {
    const depuis = dernierIdJournal(sqlite());
    await retour({ statut: 'acceptee' });
    expect(
      lignesJournal(sqlite(), depuis)
        .filter((l) => l.methode === 'orientations.enregistrerRetour')
        .map((l) => [l.action, l.objet_type, l.objet_id]),
    ).toEqual([['modification', 'jeune', jeune]]);
  });
});

describe('à relancer', () => {
  test('encore proposée 30 jours après (réglage par défaut), jour compris ; une suite notée l’efface', async () => {
    const trenteJours = await orienter({ date: '2026-02-08' });
    const vingtNeuf = await orienter({ date: '2026-02-09' });
    const accepte = await orienter({ date: '2026-01-05' });
    const { modifieLe } = await lire(accepte);
    await b.appeler('orientations.enregistrerRetour', { id: accepte, statut: 'acceptee', modifieLeLu: modifieLe });
    const relance = Object.fromEntries((await duJeune()).map((o) => [o.id, o.aRelancer]));
    expect(relance).toEqual({ [trenteJours]: true, [vingtNeuf]: false, [accepte]: false });
  });

  test('le délai suit le réglage des paramètres', async () => {
    const id = await orienter({ date: '2026-02-08' });
    const parametres = await b.appeler('parametres.lire', {});
    await b.appeler('parametres.enregistrer', { ...parametres, relanceOrientationJours: 45 });
    expect(await lire(id)).toMatchObject({ aRelancer: false });
    await b.appeler('parametres.enregistrer', { ...parametres, relanceOrientationJours: 7 });
    expect(await lire(id)).toMatchObject({ aRelancer: true });
  });
});

describe('supprimer une orientation saisie par erreur', () => {
  test('son auteur ou la direction ; un autre conseiller est refusé, rien n’est écrit', async () => {
    const karim = b.sessionDe((await b.appeler('personnel.lister', {})).find((p) => p.identifiant === 'kbenali')!.id);
    const deClaire = await orienter({}, b.sessionDe(claire));
    const autre = await b.personne(['conseiller']);
    await refuse(
      'orientations.supprimer',
      { id: deClaire },
      "Seul l'auteur de l'orientation (Claire Fabre) ou la direction peut la supprimer ; si elle n'a pas eu lieu, notez-la « sans suite ».",
      'acces_refuse',
      autre.session,
    );
    const depuis = dernierIdJournal(sqlite());
    await b.brut('orientations.supprimer', { id: deClaire }, b.sessionDe(claire));
    expect(await duJeune()).toEqual([]);
    expect(
      lignesJournal(sqlite(), depuis)
        .filter((l) => l.methode === 'orientations.supprimer')
        .map((l) => [l.action, l.objet_id]),
    ).toEqual([['suppression', jeune]]);
    // Karim holds the direction role.
    const deClaireBis = await orienter({}, b.sessionDe(claire));
    expect(await b.brut('orientations.supprimer', { id: deClaireBis }, karim)).toMatchObject({ ok: true });
    expect(await duJeune()).toEqual([]);
  });

  test('celle d’un accueil ou d’un diagnostic se corrige là où elle a été faite', async () => {
    const lieux = (await b.appeler('structure.lire', {})).sites;
    await b.appeler('accueils.enregistrer', {
      jeuneId: jeune,
      date: '2026-03-09',
      heure: '14:00',
      siteId: lieux[0]!.id,
      canal: 'physique',
      motifs: ['logement'],
      reponse: 'orientation_partenaire',
      orientation: { partenaireId: adil, motif: 'Logement' },
    });
    await b.appeler('diagnostics.enregistrer', {
      jeuneId: jeune,
      date: '2026-03-10',
      dimensions: [],
      conclusion: { conclusion: 'orientation', date: '2026-03-10', orientation: { partenaireId: cmp, motif: 'Soins' } },
    });
    const [duDiagnostic, deLAccueil] = await duJeune();
    expect([deLAccueil!.origine, duDiagnostic!.origine]).toEqual(['accueil', 'diagnostic']);
    await refuse(
      'orientations.supprimer',
      { id: deLAccueil!.id },
      "Cette orientation est la réponse donnée à l'accueil du 09/03/2026 : elle reste attachée à cet accueil. Si elle n'a pas eu lieu, notez-la « sans suite ».",
    );
    await refuse(
      'orientations.supprimer',
      { id: duDiagnostic!.id },
      "Cette orientation est la conclusion d'un diagnostic : pour la retirer, changez la conclusion du diagnostic (onglet Diagnostic).",
    );
  });
});

describe('les orientations reçues par un partenaire', () => {
  test('tous jeunes confondus, les plus récentes d’abord, sans trace de dossier', async () => {
    const a = await orienter({ date: '2026-01-15' });
    const c = await orienter({ date: '2026-03-01', jeuneId: autreJeune });
    await orienter({ partenaireId: cmp });
    const depuis = dernierIdJournal(sqlite());
    const liste = await b.appeler('orientations.versPartenaire', { partenaireId: adil });
    expect(liste.map((o) => [o.id, o.jeuneNom, o.date])).toEqual([
      [c, 'Martin Lucas', '2026-03-01'],
      [a, 'Dupont Élodie', '2026-01-15'],
    ]);
    expect(
      (await b.appeler('orientations.versPartenaire', { partenaireId: adil, limite: 1 })).map((o) => o.id),
    ).toEqual([c]);
    expect(lignesJournal(sqlite(), depuis)).toEqual([]);
    expect(await b.brut('orientations.versPartenaire', { partenaireId: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'introuvable' },
    });
  });

  test('créer et lire sont tracés sur le dossier du jeune', async () => {
    const depuis = dernierIdJournal(sqlite());
    await orienter();
    await duJeune();
    expect(lignesJournal(sqlite(), depuis).map((l) => [l.action, l.objet_type, l.objet_id, l.methode])).toEqual([
      ['modification', 'jeune', jeune, 'orientations.creer'],
      ['lecture', 'jeune', jeune, 'orientations.duJeune'],
    ]);
  });
});
