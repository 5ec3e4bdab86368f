import { beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import { banc, installer, type Banc } from '../aide';
import { dernierIdJournal, lignesJournal } from '../fixtures/journal';
import { texteDuPdf } from '../fixtures/pdf';

/**
 * The printable contrat d'engagement (issue 4): a PDF from the template of
 * src-main/services/parcours/modeleContrat.ts. The PDF is produced as shipped (compressed): the
 * test inflates its content streams and reads the text operators back, so what is asserted is
 * what a printer receives.
 */

let b: Banc;
let jeune: number;
let claire: number;

const sqlite = () => b.app.base.sqlite;

type Ouverture = InputOf<Contract, 'parcours.ouvrir'>;

async function ouvrir(autres: Partial<Ouverture> = {}) {
  return (
    await b.appeler('parcours.ouvrir', {
      jeuneId: jeune,
      typeCode: 'cej',
      signatureDate: '2026-03-02',
      debut: '2026-03-02',
      finPrevue: '2027-03-01',
      referentId: claire,
      objectifs:
        '- Obtenir le permis B\n- Entrer en apprentissage « boulangerie » à l’automne\n\nCœur de métier : s’orienter à Valence, reçu(e) en atelier',
      sequences: [
        { type: 'orientation', debut: '2026-03-02', fin: '2026-04-30' },
        { type: 'accompagnement', debut: '2026-05-01', fin: null },
      ],
      ...autres,
    })
  ).id;
}

async function contrat(id: number) {
  const r = await b.appeler('parcours.contrat', { id });
  return { ...r, pdf: Buffer.from(r.pdfBase64, 'base64') };
}

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  const lieux = await installer(b);
  claire = lieux.conseillers[0]!;
  sqlite().prepare("UPDATE structure SET president = 'Jean Morin', direction = 'Nina Chabert' WHERE id = 1").run();
  jeune = (
    await b.appeler('jeunes.creer', {
      nomNaissance: 'Dupont',
      prenoms: 'Élodie',
      dateNaissance: '2006-04-12',
      sexe: 'F',
      communeInsee: '26281',
    })
  ).id;
  sqlite().prepare("UPDATE jeune SET adresse = '12 rue des Tanneurs' WHERE id = ?").run(jeune);
});

describe("contrat d'engagement", () => {
  test('un PDF qui nomme la structure, le jeune, le type, les dates, le référent, les objectifs et les séquences', async () => {
    const { pdf, nomFichier } = await contrat(await ouvrir());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(nomFichier).toBe('contrat-engagement-dupont-elodie-2026-03-02.pdf');
    const texte = texteDuPdf(pdf);
    for (const attendu of [
      'Mission Locale des Collines',
      '1 place de la Mairie, 26100 Romans-sur-Isère',
      'SIRET 732 829 320 00074',
      'représentée par Nina Chabert',
      "CONTRAT D'ENGAGEMENT",
      "Contrat d'engagement jeune (CEJ)",
      'et Élodie DUPONT, née le 12/04/2006, demeurant 12 rue des Tanneurs, 26100 Romans-sur-Isère',
      'Le parcours commence le 02/03/2026 et prend fin au plus tard le 01/03/2027, soit une durée prévue de 12 mois (au plus 12 mois',
      'Claire Fabre, conseiller(ère) de la Mission Locale',
      '• Obtenir le permis B',
      '• Entrer en apprentissage « boulangerie » à l’automne',
      '• Cœur de métier : s’orienter à Valence, reçu(e) en atelier',
      'Orientation et consolidation de projet 02/03/2026 30/04/2026',
      "Accompagnement vers l'emploi et/ou la formation 01/05/2026 —",
      'une activité de 15 à 20 heures par semaine',
      'Fait à Romans-sur-Isère, le 02/03/2026, en deux exemplaires.',
      'Le jeune Élodie DUPONT Lu et approuvé',
      'Le conseiller référent Claire Fabre',
      'La direction Nina Chabert',
      "Mission Locale des Collines – Contrat d'engagement de Élodie DUPONT – page 1 / 2",
    ]) {
      expect(texte).toContain(attendu);
    }
    // Of age at signature: no legal representative.
    expect(texte).not.toContain('représentant légal');
  });

  test('les caractères français sont écrits dans l’encodage des polices standard (WinAnsi)', async () => {
    const { pdf } = await contrat(await ouvrir());
    const texte = texteDuPdf(pdf);
    // é è à ç œ ’ « » each decoded from its WinAnsi byte, not from a substitute.
    for (const c of ['é', 'è', 'à', 'ç', 'œ', '’', '«', '»']) expect(texte).toContain(c);
    expect(texte).not.toMatch(/[\u0080-\u009f]/);
  });

  test('un nom hors de l’alphabet des polices standard s’imprime sans accents plutôt qu’illisible', async () => {
    sqlite()
      .prepare("UPDATE jeune SET prenoms = 'Ștefan Łukasz', nom_naissance = 'Öztürk-Ğül' WHERE id = ?")
      .run(jeune);
    const texte = texteDuPdf((await contrat(await ouvrir())).pdf);
    expect(texte).toContain('Stefan Lukasz ÖZTÜRK-GÜL');
  });

  test('un jeune mineur à la signature : la case du représentant légal apparaît', async () => {
    sqlite().prepare("UPDATE jeune SET date_naissance = '2008-06-01' WHERE id = ?").run(jeune);
    const texte = texteDuPdf((await contrat(await ouvrir())).pdf);
    expect(texte).toContain('Le représentant légal Le jeune étant mineur à la signature');
  });

  test('un contrat non signé laisse la date à remplir ; sans objectifs ni séquences, le texte le dit', async () => {
    const id = await ouvrir({ typeCode: 'pacea', signatureDate: null, objectifs: null, sequences: [] });
    const texte = texteDuPdf((await contrat(id)).pdf);
    expect(texte).toContain('Fait à Romans-sur-Isère, le ____ / ____ / ________');
    expect(texte).toContain('Les objectifs seront précisés avec le conseiller référent lors du prochain entretien.');
    expect(texte).toContain('Les étapes seront définies avec le conseiller référent.');
    // PACEA sets no hours target.
    expect(texte).not.toContain('heures par semaine');
    expect(texte).toContain('PACEA');
  });

  test("l'impression est tracée comme un export du dossier", async () => {
    const id = await ouvrir();
    const avant = dernierIdJournal(sqlite());
    await contrat(id);
    expect(lignesJournal(sqlite(), avant).map((l) => [l.action, l.objet_type, l.objet_id, l.methode])).toEqual([
      ['export', 'jeune', jeune, 'parcours.contrat'],
    ]);
  });

  test('un parcours inconnu', async () => {
    const r = await b.brut('parcours.contrat', { id: 9999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'introuvable' } });
  });
});
