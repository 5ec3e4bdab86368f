import { beforeEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../src-main/contract';
import type { Contract } from '../../src-main/contract';
import { banc, installer, type Banc } from '../aide';
import { dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

/**
 * The jeune's full file (issue 4, "The jeune's file"): read with every profile field and the
 * effective QPV mark, saved as a whole with the checks of creation, refused when someone saved
 * it meanwhile. Rules: docs/regles-dossier.md.
 */

let b: Banc;
let jeuneId: number;

const sqlite = () => b.app.base.sqlite;

type Saisie = InputOf<Contract, 'jeunes.modifier'>;

/** The profile as the file screen sends it: every field, as read, with one change or more. */
async function saisieLue(id: number, changements: Partial<Saisie> = {}): Promise<Saisie> {
  const { jeune: j } = await b.appeler('jeunes.lire', { id });
  return {
    id,
    modifieLeLu: j.modifieLe,
    nomNaissance: j.nomNaissance,
    nomUsage: j.nomUsage,
    prenoms: j.prenoms,
    dateNaissance: j.dateNaissance,
    sexe: j.sexe,
    telephone: j.telephone,
    email: j.email,
    communeInsee: j.communeInsee,
    rqth: j.rqth,
    adresse: j.adresse,
    qpv: j.qpvAdresse,
    niveau: j.niveau,
    diplome: j.diplome,
    situationPremierAccueil: j.situationPremierAccueil,
    logement: j.logement,
    ressources: j.ressources,
    permisB: j.permisB,
    vehicule: j.vehicule,
    inscritFranceTravail: j.inscritFranceTravail,
    identifiantFranceTravail: j.identifiantFranceTravail,
    ase: j.ase,
    rsa: j.rsa,
    informationDonneesLe: j.informationDonneesLe,
    consentementTransmissionLe: j.consentementTransmissionLe,
    ...changements,
  };
}

async function nomsTrouves(texte: string) {
  return (await b.appeler('jeunes.rechercher', { texte })).jeunes.map((j) => j.id);
}

beforeEach(async () => {
  // 10:15 in Paris.
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  await installer(b);
  jeuneId = (
    await b.appeler('jeunes.creer', {
      nomNaissance: 'Dupont',
      prenoms: 'Élodie',
      dateNaissance: '2006-04-12',
      sexe: 'F',
      communeInsee: '26281',
    })
  ).id;
  b.horloge.avancer(5);
});

describe('lecture de la fiche complète', () => {
  test('une fiche neuve : profil vide, QPV lu sur la commune, version lisible', async () => {
    const { jeune } = await b.appeler('jeunes.lire', { id: jeuneId });
    expect(jeune).toMatchObject({
      adresse: null,
      qpvAdresse: null,
      qpv: true, // Romans-sur-Isère is a QPV commune in the test structure
      zrr: false,
      niveau: null,
      logement: null,
      permisB: false,
      inscritFranceTravail: false,
      informationDonneesLe: null,
      modifieLe: '2026-03-10T09:15:00.000Z',
    });
  });

  test('le QPV connu par l’adresse l’emporte sur celui de la commune, dans les deux sens', async () => {
    await b.appeler('jeunes.modifier', await saisieLue(jeuneId, { adresse: '12 rue des Lilas', qpv: false }));
    let { jeune } = await b.appeler('jeunes.lire', { id: jeuneId });
    expect([jeune.qpvAdresse, jeune.qpv]).toEqual([false, false]);

    await b.appeler('jeunes.modifier', await saisieLue(jeuneId, { communeInsee: '26057', qpv: true }));
    ({ jeune } = await b.appeler('jeunes.lire', { id: jeuneId }));
    expect([jeune.qpvAdresse, jeune.qpv]).toEqual([true, true]);

    // Back to "read from the commune": Bourg-de-Péage is not a QPV commune.
    await b.appeler('jeunes.modifier', await saisieLue(jeuneId, { qpv: null }));
    ({ jeune } = await b.appeler('jeunes.lire', { id: jeuneId }));
    expect([jeune.qpvAdresse, jeune.qpv]).toEqual([null, false]);
  });
});

describe('enregistrer la fiche complète', () => {
  test('chaque champ est enregistré et relu, la nouvelle version est rendue', async () => {
    // As typed: the phone and e-mail are stored normalised, the rest as it is.
    const commeSaisi = { telephone: '06 12 34 56 78', email: 'Elodie.Dupont@exemple.fr' };
    const autres = {
      nomUsage: 'Martin',
      adresse: '3 place Jacquemart',
      niveau: 'niveau_4',
      diplome: 'Bac pro commerce',
      situationPremierAccueil: 'neet',
      logement: 'heberge_tiers',
      ressources: 'aucune',
      permisB: true,
      vehicule: false,
      inscritFranceTravail: true,
      identifiantFranceTravail: '1234567A',
      rqth: true,
      ase: true,
      rsa: false,
      informationDonneesLe: '2026-03-02',
      consentementTransmissionLe: '2026-03-10',
    } as const;
    const r = await b.appeler('jeunes.modifier', await saisieLue(jeuneId, { ...commeSaisi, ...autres, qpv: true }));
    expect(r).toEqual({ id: jeuneId, modifieLe: '2026-03-10T09:20:00.000Z', avertissements: [] });
    const { jeune } = await b.appeler('jeunes.lire', { id: jeuneId });
    expect(jeune).toMatchObject({
      ...autres,
      telephone: '0612345678',
      email: 'elodie.dupont@exemple.fr',
      qpvAdresse: true,
      modifieLe: r.modifieLe,
    });
    const ligne = sqlite().prepare('SELECT modifie_par AS par FROM jeune WHERE id = ?').get(jeuneId) as {
      par: number;
    };
    expect(ligne.par).toBe(b.session.utilisateurId);
  });

  test('la modification est tracée : une entrée « modification » du dossier, sans donnée personnelle', async () => {
    const depuis = dernierIdJournal(sqlite());
    await b.appeler('jeunes.modifier', await saisieLue(jeuneId, { adresse: '3 place Jacquemart' }));
    const entrees = lignesJournal(sqlite(), depuis).filter((l) => l.methode === 'jeunes.modifier');
    expect(entrees.map((l) => [l.action, l.objet_type, l.objet_id])).toEqual([['modification', 'jeune', jeuneId]]);
    expect(JSON.stringify(entrees)).not.toContain('Jacquemart');
  });

  test('un nom corrigé est retrouvé à la frappe, l’ancien ne l’est plus', async () => {
    expect(await nomsTrouves('dupont')).toEqual([jeuneId]);
    await b.appeler('jeunes.modifier', await saisieLue(jeuneId, { nomNaissance: 'Dupond', nomUsage: 'Le Goff' }));
    expect(await nomsTrouves('dupont')).toEqual([]);
    expect(await nomsTrouves('dupond elo')).toEqual([jeuneId]);
    expect(await nomsTrouves('legoff')).toEqual([jeuneId]);
  });

  test('avertissements : âge hors 16-25 ans, et fiche devenue semblable à un autre dossier', async () => {
    const autre = (
      await b.appeler('jeunes.creer', {
        nomNaissance: 'Benali',
        prenoms: 'Sarah',
        dateNaissance: '2005-09-09',
        sexe: 'F',
      })
    ).id;
    const r = await b.appeler(
      'jeunes.modifier',
      await saisieLue(jeuneId, { nomNaissance: 'Benali', prenoms: 'Sarah', dateNaissance: '1998-09-09' }),
    );
    expect(r.avertissements).toEqual([
      'Âge : 27 ans, au-delà de 25 ans. Vérifiez la date de naissance ; le dossier reste possible.',
    ]);
    const r2 = await b.appeler('jeunes.modifier', await saisieLue(jeuneId, { dateNaissance: '2005-09-10' }));
    expect(r2.avertissements).toEqual([
      `La fiche ressemble au dossier n° ${autre} (Sarah Benali, né(e) le 09/09/2005) : s'il s'agit de la même personne, fusionnez les deux dossiers.`,
    ]);
    // Saving again without touching the identity does not repeat the look-alike warning.
    expect((await b.appeler('jeunes.modifier', await saisieLue(jeuneId, { vehicule: true }))).avertissements).toEqual(
      [],
    );
  });

  test('quelqu’un a enregistré entre-temps : refus nommant qui et quand, rien n’est écrit', async () => {
    const claire = await b.personne(['conseiller']);
    const ouverteParMoi = await saisieLue(jeuneId);
    b.horloge.avancer(7); // 10:27 in Paris
    const r1 = await b.brut('jeunes.modifier', { ...(await saisieLue(jeuneId)), logement: 'autonome' }, claire.session);
    expect(r1.ok).toBe(true);
    const avant = instantane(sqlite(), 'jeune');
    const motsAvant = instantane(sqlite(), 'jeune_mot_cle');
    const r = await b.brut('jeunes.modifier', { ...ouverteParMoi, nomNaissance: 'Durand', logement: 'foyer' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'conflit',
        message:
          "Personne N° 1 a enregistré cette fiche le 10/03/2026 à 10 h 27, après que vous l'avez ouverte : rien n'a été enregistré. Vos saisies sont toujours à l'écran : notez-les, rechargez la fiche, puis reportez-les.",
      },
    });
    expect(instantane(sqlite(), 'jeune')).toBe(avant);
    expect(instantane(sqlite(), 'jeune_mot_cle')).toBe(motsAvant);
  });

  test('deux enregistrements dans la même milliseconde font deux versions', async () => {
    const lue = await saisieLue(jeuneId);
    const premiere = await b.appeler('jeunes.modifier', { ...lue, adresse: 'A' });
    // The clock has not moved: the second save with the first version read is still refused.
    const r = await b.brut('jeunes.modifier', { ...lue, adresse: 'B' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflit' } });
    const seconde = await b.appeler('jeunes.modifier', { ...lue, modifieLeLu: premiere.modifieLe, adresse: 'B' });
    expect(seconde.modifieLe > premiere.modifieLe).toBe(true);
  });

  const refus: [string, Partial<Saisie>, string, string][] = [
    [
      'naissance dans le futur',
      { dateNaissance: '2026-03-11' },
      'dateNaissance',
      'Date de naissance dans le futur : vérifiez la saisie (JJ/MM/AAAA).',
    ],
    [
      'naissance il y a 100 ans',
      { dateNaissance: '1926-03-10' },
      'dateNaissance',
      'Date de naissance improbable (100 ans ou plus) : vérifiez l’année.',
    ],
    [
      'commune hors du territoire',
      { communeInsee: '75056' },
      'communeInsee',
      'Commune 75056 inconnue : choisissez une commune du territoire.',
    ],
    [
      'information sur les données dans le futur',
      { informationDonneesLe: '2026-03-11' },
      'informationDonneesLe',
      "Information sur les données : le 11/03/2026 est dans le futur ; saisissez la date où c'est fait.",
    ],
    [
      'consentement dans le futur',
      { consentementTransmissionLe: '2026-04-01' },
      'consentementTransmissionLe',
      "Consentement à la transmission : le 01/04/2026 est dans le futur ; saisissez la date où c'est fait.",
    ],
    [
      'consentement avant la naissance',
      { consentementTransmissionLe: '2001-01-01' },
      'consentementTransmissionLe',
      'Consentement à la transmission : le 01/01/2001 précède la naissance ; vérifiez la date.',
    ],
  ];
  test.each(refus)(
    'refusé (%s) : message français sur le champ, rien n’est écrit',
    async (_cas, saisie, champ, message) => {
      const avant = instantane(sqlite(), 'jeune');
      const depuis = dernierIdJournal(sqlite());
      const r = await b.brut('jeunes.modifier', await saisieLue(jeuneId, { adresse: 'nouvelle adresse', ...saisie }));
      expect(r).toEqual({ ok: false, error: { code: 'regle_metier', message, champs: [{ champ, message }] } });
      expect(instantane(sqlite(), 'jeune')).toBe(avant);
      expect(lignesJournal(sqlite(), depuis).filter((l) => l.methode === 'jeunes.modifier')).toEqual([]);
    },
  );

  test('une valeur hors de la liste est refusée par le contrat, en français', async () => {
    const r = await b.brut('jeunes.modifier', { ...(await saisieLue(jeuneId)), logement: 'chateau' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'entree_invalide',
        champs: [{ champ: 'logement', message: 'Logement : choisissez une valeur de la liste.' }],
      },
    });
  });

  test('dossier inconnu : introuvable ; profil administrateur seul : refusé', async () => {
    const lue = await saisieLue(jeuneId);
    expect(await b.brut('jeunes.modifier', { ...lue, id: jeuneId + 50 })).toMatchObject({
      ok: false,
      error: {
        code: 'introuvable',
        message: 'Dossier jeune introuvable : la fiche a peut-être été supprimée ou fusionnée.',
      },
    });
    const admin = await b.personne(['administrateur']);
    const avant = instantane(sqlite(), 'jeune');
    expect(await b.brut('jeunes.modifier', { ...lue, adresse: 'X' }, admin.session)).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
    expect(instantane(sqlite(), 'jeune')).toBe(avant);
  });

  test('l’accueil corrige aussi la fiche (coordonnées, situation)', async () => {
    const accueil = await b.personne(['accueil']);
    const r = await b.brut('jeunes.modifier', await saisieLue(jeuneId, { telephone: '0798765432' }), accueil.session);
    expect(r.ok).toBe(true);
    expect((await b.appeler('jeunes.lire', { id: jeuneId })).jeune.telephone).toBe('0798765432');
  });
});
