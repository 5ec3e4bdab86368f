import { describe, expect, test } from 'vitest';
import { contract } from '../../src-main/contract';
import {
  ajouterMois,
  champsModifies,
  dateEnvoyee,
  dateOptionnelle,
  dimensionsAEnvoyer,
  entreeFiche,
  finPrevueDepuis,
  frise,
  moisDuParcours,
  moisFr,
  niveauHeures,
  nombreSaisi,
  pdfEnBlob,
  reporterModifications,
  saisieDimensions,
  saisieFiche,
  sequenceCourante,
  sequenceSuivante,
  sousTypeGarde,
  sousTypes,
  valeursDe,
  type JeuneLu,
} from '../../src-renderer/screens/dossier/logique';

const jeune: JeuneLu = {
  id: 12,
  nomNaissance: 'Dupont',
  nomUsage: null,
  prenoms: 'Élodie',
  dateNaissance: '2006-04-12',
  sexe: 'F',
  telephone: '0612345678',
  communeNom: 'Valence',
  conseillerNom: 'Claire Fabre',
  premierAccueilDate: '2026-01-05',
  dernierContactDate: '2026-03-02',
  email: null,
  communeInsee: '26362',
  rqth: false,
  age: 19,
  qpv: true,
  zrr: false,
  conseillerReferentId: 3,
  adresse: '4 rue des Alpes',
  qpvAdresse: null,
  niveau: 'niveau_3',
  diplome: 'CAP cuisine',
  situationPremierAccueil: 'neet',
  logement: 'parents',
  ressources: null,
  permisB: false,
  vehicule: false,
  inscritFranceTravail: true,
  identifiantFranceTravail: '1234567A',
  ase: false,
  rsa: false,
  informationDonneesLe: '2026-01-05',
  consentementTransmissionLe: null,
  modifieLe: '2026-03-02T09:15:00.000Z',
};

describe('fin prévue et mois d’un parcours', () => {
  test('un CEJ de 12 mois commencé le 10/03/2026 finit le 09/03/2027', () => {
    expect(finPrevueDepuis('2026-03-10', 12)).toBe('2027-03-09');
    expect(finPrevueDepuis('2026-01-01', 24)).toBe('2027-12-31');
  });

  test('un mois ajouté au 31 janvier tombe le dernier jour de février, bissextile ou non', () => {
    expect(ajouterMois('2026-01-31', 1)).toBe('2026-02-28');
    expect(ajouterMois('2028-01-31', 1)).toBe('2028-02-29');
    expect(ajouterMois('2026-11-15', 3)).toBe('2027-02-15');
  });

  test('les heures se déclarent du mois de début au mois courant, le plus récent en premier', () => {
    expect(moisDuParcours('2026-01-20', '2026-12-19', '2026-04-03')).toEqual([
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
    ]);
    // A parcours already over stops at its end; one not yet begun has no month.
    expect(moisDuParcours('2025-11-01', '2026-01-10', '2026-04-03')).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(moisDuParcours('2026-05-01', '2027-04-30', '2026-04-03')).toEqual([]);
    expect(moisFr('2026-08')).toBe('août 2026');
  });

  test("l'objectif de 15 à 20 h : en dessous, dedans, au-delà", () => {
    expect(niveauHeures(12, 15, 20)).toBe('sous');
    expect(niveauHeures(15, 15, 20)).toBe('dans');
    expect(niveauHeures(20, 15, 20)).toBe('dans');
    expect(niveauHeures(22.5, 15, 20)).toBe('au_dela');
  });
});

describe('saisie', () => {
  test('une date tapée JJ/MM/AAAA part au format du contrat ; une date impossible part telle quelle pour être refusée', () => {
    expect(dateEnvoyee('05/09/2026')).toBe('2026-09-05');
    expect(dateEnvoyee('31/02/2026')).toBe('31/02/2026');
    expect(
      contract['parcours.sortir'].input.safeParse({ id: 1, date: '31/02/2026', motif: 'autre' }).error?.issues[0]
        ?.message,
    ).toMatch(/^Date invalide/);
    expect(dateOptionnelle('  ')).toBeNull();
    expect(nombreSaisi('')).toBeNull();
    expect(nombreSaisi('17,5')).toBe(17.5);
    expect(Number.isNaN(nombreSaisi('quinze'))).toBe(true);
  });

  test('la fiche lue redevient une entrée que le contrat accepte, sans rien perdre', () => {
    const s = saisieFiche(jeune);
    expect(s.dateNaissance).toBe('12/04/2006');
    expect(s.consentementTransmissionLe).toBe('');
    const entree = entreeFiche(s, jeune.id, jeune.modifieLe);
    const lu = contract['jeunes.modifier'].input.parse(entree);
    expect(lu).toMatchObject({
      id: 12,
      modifieLeLu: jeune.modifieLe,
      dateNaissance: '2006-04-12',
      adresse: '4 rue des Alpes',
      qpv: null,
      niveau: 'niveau_3',
      identifiantFranceTravail: '1234567A',
      informationDonneesLe: '2026-01-05',
      consentementTransmissionLe: null,
      nomUsage: null,
    });
  });

  test("après un enregistrement concurrent, ce qui a été tapé est reporté sur la version à jour et rien d'autre", () => {
    const lue = saisieFiche(jeune);
    const tapee = { ...lue, diplome: 'CAP cuisine, BEP hôtellerie', permisB: true };
    // Meanwhile someone else corrected the phone number and the housing.
    const recente = { ...lue, telephone: '0699887766', logement: 'autonome' as const };
    const reprise = reporterModifications(lue, tapee, recente);
    expect(reprise).toEqual({ ...recente, diplome: 'CAP cuisine, BEP hôtellerie', permisB: true });
    expect(champsModifies(recente, reprise)).toEqual(['diplome', 'permisB']);
  });
});

describe('diagnostic', () => {
  test('les huit dimensions partent du pré-remplissage ; seules celles écrites ou cochées sont envoyées', () => {
    const s = saisieDimensions([
      { dimension: 'logement', situation: 'Chez ses parents', frein: false, freins: null, note: null },
      { dimension: 'mobilite', situation: 'Sans permis', frein: true, freins: null, note: null },
    ]);
    expect(Object.keys(s)).toHaveLength(8);
    expect(s.emploi).toEqual({ situation: '', frein: false, freins: '', note: '' });
    s.sante = { situation: '', frein: false, freins: '', note: '   ' };
    s.emploi = { ...s.emploi, note: 'Cherche en restauration' };
    expect(dimensionsAEnvoyer(s).map((d) => d.dimension)).toEqual(['emploi', 'logement', 'mobilite']);
  });
});

describe('séquences', () => {
  test("la séquence ajoutée suit l'ordre usuel et commence le lendemain de la précédente", () => {
    expect(sequenceSuivante([], '10/03/2026')).toEqual({ type: 'orientation', debut: '10/03/2026', fin: '' });
    expect(sequenceSuivante([{ type: 'orientation', debut: '10/03/2026', fin: '30/06/2026' }], '10/03/2026')).toEqual({
      type: 'accompagnement',
      debut: '01/07/2026',
      fin: '',
    });
    expect(sequenceSuivante([{ type: 'suivi_emploi', debut: '10/03/2026', fin: '' }], '10/03/2026')).toEqual({
      type: 'suivi_emploi',
      debut: '',
      fin: '',
    });
  });

  test("la frise place les séquences sur la durée du parcours ; une séquence ouverte court jusqu'à aujourd'hui", () => {
    const p = {
      debut: '2026-01-01',
      finPrevue: '2026-12-31',
      finReelle: null,
      sequences: [
        { type: 'orientation' as const, debut: '2026-01-01', fin: '2026-04-30' },
        { type: 'accompagnement' as const, debut: '2026-05-01', fin: null },
      ],
    };
    const { segments, aujourdhui } = frise(p, '2026-07-02');
    expect(segments[0]).toMatchObject({ gauche: 0, enCours: false });
    expect(segments[0]!.largeur).toBeCloseTo((120 / 365) * 100, 1);
    expect(segments[1]).toMatchObject({ enCours: true });
    expect(segments[1]!.gauche + segments[1]!.largeur).toBeCloseTo((183 / 365) * 100, 1);
    expect(aujourdhui).toBeCloseTo((182 / 365) * 100, 1);
    // After the exit, nothing is under way and today is off the frieze.
    const sorti = frise({ ...p, finReelle: '2026-06-30' }, '2026-07-02');
    expect(sorti.segments.every((s) => !s.enCours)).toBe(true);
    expect(sorti.aujourdhui).toBeNull();
    expect(sequenceCourante(p.sequences, '2026-07-02')?.type).toBe('accompagnement');
    expect(sequenceCourante(p.sequences, '2025-12-01')).toBeNull();
  });
});

describe('situations et fusion', () => {
  test('les sous-types suivent le type ; un sous-type qui ne va plus avec le type est retiré', () => {
    expect(sousTypes('alternance').map((o) => o.valeur)).toEqual(['apprentissage', 'professionnalisation']);
    expect(sousTypes('service_civique')).toEqual([]);
    expect(sousTypeGarde('emploi', 'cdd')).toBe('cdd');
    expect(sousTypeGarde('formation', 'cdd')).toBeNull();
  });

  test('seuls les champs pris au dossier absorbé sont envoyés', () => {
    expect(valeursDe({ telephone: 'absorbe', email: 'conserve', adresse: 'absorbe' })).toEqual({
      telephone: 'absorbe',
      adresse: 'absorbe',
    });
  });

  test('le contrat reçu en base64 redevient un PDF', async () => {
    const pdf = '%PDF-1.4\n%âãÏÓ';
    const octets = Uint8Array.from(pdf, (c) => c.charCodeAt(0));
    const blob = pdfEnBlob(btoa(String.fromCharCode(...octets)));
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(octets);
  });
});
