import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire } from '../fixtures/annuaire';
import { saisieAction } from '../fixtures/formation';

/**
 * Import of a funder's programme of training actions from CSV (issue 7, docs/formation.md): the
 * report (created, updated, unchanged, refused with row number and every reason), the training
 * body found by SIRET, by name, or added to the directory, idempotence, all-or-nothing, files
 * refused as a whole, and an analysis that writes nothing. "Today" is 10/03/2026.
 */

const DOSSIER = join(import.meta.dirname, '..', 'fixtures', 'formation');
const PROGRAMME = readFileSync(join(DOSSIER, 'programme-region-2026.csv'), 'utf8');
const ERREURS = readFileSync(join(DOSSIER, 'programme-region-2026-erreurs.csv'), 'utf8');

let b: Banc;
let claire: number;
let greta: number;
let afpa: number;

const sqlite = () => b.app.base.sqlite;
const compter = (table: string) => (sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Everything an import may write, to compare before and after. */
function instantane(): string {
  return JSON.stringify(
    ['action_formation', 'partenaire'].map((t) => sqlite().prepare(`SELECT * FROM ${t} ORDER BY id`).all()),
  );
}

const analyser = (contenu: string, toutOuRien = false) => b.appeler('actions.analyserCsv', { contenu, toutOuRien });
const importer = (contenu: string, toutOuRien = false) => b.appeler('actions.importerCsv', { contenu, toutOuRien });

async function refuseFichier(contenu: string, message: string) {
  const avant = instantane();
  for (const methode of ['actions.analyserCsv', 'actions.importerCsv']) {
    const r = await b.brut(methode, { contenu });
    if (r.ok) throw new Error('aurait dû être refusé');
    expect(r.error.code).toBe('entree_invalide');
    expect(r.error.message).toBe(message);
  }
  expect(instantane()).toBe(avant);
}

function action(reference: string) {
  return sqlite().prepare('SELECT * FROM action_formation WHERE reference = ?').get(reference) as Record<
    string,
    unknown
  >;
}

/** The file with one line's cells replaced (by header name). */
function modifier(csv: string, reference: string, changements: Record<string, string>): string {
  const lignes = csv.split('\r\n');
  const entete = lignes[0]!.replace(/^\uFEFF/, '').split(';');
  return lignes
    .map((l) => {
      if (!l.startsWith(`${reference};`)) return l;
      const cellules = l.split(';');
      for (const [colonne, valeur] of Object.entries(changements)) cellules[entete.indexOf(colonne)] = valeur;
      return cellules.join(';');
    })
    .join('\r\n');
}

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  const lieux = await installer(b);
  claire = lieux.conseillers[0]!;
  // Known by SIRET under a longer name; known by name only (no SIRET, punctuation aside).
  greta = (
    await b.appeler('partenaires.creer', {
      nom: 'GRETA Viva 5 Drôme-Ardèche',
      type: 'organisme_formation',
      siret: '19260036800018',
    })
  ).id;
  afpa = insererPartenaire(b, 'A.F.P.A. Valence', { type: 'organisme_formation' });
});

describe('le programme de la Région', () => {
  const ORGANISMES_NOUVEAUX = [
    'IFRA Drôme',
    'CFA BTP Drôme-Ardèche',
    'CCI Drôme Formation',
    'Le Mat Drôme',
    'MFR de Mondy',
  ];

  test('l’analyse dit ce que l’import ferait, sans rien écrire', async () => {
    const avant = instantane();
    expect(await analyser(PROGRAMME)).toEqual({
      lignes: 12,
      creees: 12,
      misesAJour: 0,
      inchangees: 0,
      organismesCrees: ORGANISMES_NOUVEAUX,
      refus: [],
      ecrit: false,
    });
    expect(instantane()).toBe(avant);
  });

  test('l’import crée les actions, trouve les organismes par SIRET ou par nom, ajoute les autres à l’annuaire', async () => {
    expect(await importer(PROGRAMME)).toEqual({
      lignes: 12,
      creees: 12,
      misesAJour: 0,
      inchangees: 0,
      organismesCrees: ORGANISMES_NOUVEAUX,
      refus: [],
      ecrit: true,
    });
    expect(compter('action_formation')).toBe(12);
    expect(action('PRF26-Q-0141').organisme_id).toBe(greta);
    expect(action('PRF26-PQ-0201').organisme_id).toBe(greta);
    expect(action('PRF26-Q-0142').organisme_id).toBe(afpa);
    expect(action('PRF26-Q-0148').organisme_id).toBe(afpa);
    const crees = sqlite()
      .prepare(`SELECT nom, type, siret, source, actif FROM partenaire WHERE id NOT IN (?, ?) ORDER BY id`)
      .all(greta, afpa);
    expect(crees).toEqual([
      { nom: 'IFRA Drôme', type: 'organisme_formation', siret: '41234567800012', source: 'tremplin', actif: 1 },
      {
        nom: 'CFA BTP Drôme-Ardèche',
        type: 'organisme_formation',
        siret: '88123456700033',
        source: 'tremplin',
        actif: 1,
      },
      {
        nom: 'CCI Drôme Formation',
        type: 'organisme_formation',
        siret: '53498765400017',
        source: 'tremplin',
        actif: 1,
      },
      { nom: 'Le Mat Drôme', type: 'organisme_formation', siret: null, source: 'tremplin', actif: 1 },
      { nom: 'MFR de Mondy', type: 'organisme_formation', siret: '77512345600029', source: 'tremplin', actif: 1 },
    ]);

    // Dates, levels, fields and types as the funder writes them; the commune's code from its name.
    const id = action('PRF26-Q-0143').id as number;
    expect(await b.appeler('actions.lire', { id })).toMatchObject({
      reference: 'PRF26-Q-0143',
      intitule: 'CAP Accompagnant éducatif petite enfance',
      programme: 'PRF 2026 – Parcours qualifiants',
      financeur: 'region',
      organismeNom: 'IFRA Drôme',
      typeFormation: 'qualifiante',
      domaine: 'K',
      certification: 'CAP AEPE',
      lieu: 'Espace Saint-Vincent',
      codeInsee: '26057',
      commune: 'Bourg-de-Péage',
      debut: '2026-10-05',
      fin: '2027-06-30',
      places: 14,
      prerequis: "Expérience auprès d'enfants (stage, baby-sitting)",
      niveauMinimum: 'infra_3',
      description: null,
      statut: 'programmee',
      referentId: null,
      ageMinimum: null,
      ageMaximum: null,
    });
    expect(action('PRF26-Q-0142')).toMatchObject({ code_insee: null, commune: 'Valence', niveau_minimum: null });
    expect(action('PRF26-Q-0146')).toMatchObject({ debut: '2026-10-12', fin: '2027-04-16', domaine: 'D' });
    expect(action('PRF26-PQ-0202')).toMatchObject({ type_formation: 'pre_qualifiante', niveau_minimum: 'niveau_3' });
    expect(action('PRF26-CP-0301')).toMatchObject({
      type_formation: 'remise_niveau',
      domaine: 'socle',
      code_insee: '26301',
      commune: "Saint-Donat-sur-l'Herbasse",
    });
    expect(action('PRF26-PQ-0201').description).toBe(
      "Découverte des métiers de la chaussure, de la mécanique et de la plasturgie; visites d'entreprises du bassin romanais.",
    );
    // Imported actions are « programmée »: the conseillers find them in the lookup.
    expect((await b.appeler('actions.rechercher', { domaines: ['K'] })).actions.map((a) => a.reference)).toEqual([
      'PRF26-Q-0143',
    ]);
  });

  test('réimporter le même fichier ne change rien', async () => {
    await importer(PROGRAMME);
    const avant = instantane();
    b.horloge.avancer(60);
    expect(await importer(PROGRAMME)).toEqual({
      lignes: 12,
      creees: 0,
      misesAJour: 0,
      inchangees: 12,
      organismesCrees: [],
      refus: [],
      ecrit: true,
    });
    expect(instantane()).toBe(avant);
  });

  test('une nouvelle version met à jour ce que le financeur a changé, sans toucher au référent, au statut ni aux âges', async () => {
    await importer(PROGRAMME);
    const id = action('PRF26-Q-0141').id as number;
    const lue = await b.appeler('actions.lire', { id });
    await b.appeler('actions.enregistrer', {
      id,
      modifieLeLu: lue.modifieLe,
      action: {
        ...saisieAction(greta, {
          intitule: lue.intitule,
          programme: lue.programme,
          certification: lue.certification,
          lieu: lue.lieu,
          debut: lue.debut,
          fin: lue.fin,
          prerequis: lue.prerequis,
          niveauMinimum: lue.niveauMinimum,
          description: lue.description,
          reference: lue.reference,
        }),
        referentId: claire,
        statut: 'en_recrutement',
        ageMinimum: 16,
        ageMaximum: 25,
      },
    });
    b.horloge.avancer(60);
    const v2 = modifier(PROGRAMME, 'PRF26-Q-0141', { Places: '14', 'Date de début': '14/09/2026' });
    expect(await importer(v2)).toMatchObject({ creees: 0, misesAJour: 1, inchangees: 11, refus: [], ecrit: true });
    expect(action('PRF26-Q-0141')).toMatchObject({
      places: 14,
      debut: '2026-09-14',
      referent_id: claire,
      statut: 'en_recrutement',
      age_minimum: 16,
      age_maximum: 25,
      modifie_le: '2026-03-10T10:15:00.000Z',
    });
  });

  test('une colonne facultative absente du fichier laisse ce champ tel quel', async () => {
    await importer(PROGRAMME);
    const sansDescription = PROGRAMME.split('\r\n')
      .map((l) => l.split(';').slice(0, 17).join(';'))
      .join('\r\n')
      // The cells with a quoted « ; » are cut: keep only the lines that stay whole.
      .split('\r\n')
      .filter((l) => !l.includes('"'))
      .join('\r\n');
    const r = await importer(sansDescription);
    expect(r.refus).toEqual([]);
    expect(r.misesAJour).toBe(0);
    expect(r.inchangees).toBe(r.lignes);
    expect(action('PRF26-Q-0142').description).toBe('Restauration collective et rapide.');
  });

  test('séparateur virgule, sans BOM, dates AAAA-MM-JJ, libellés de domaine et de niveau', async () => {
    const csv = [
      'N° action,Intitulé,Programme,Financeur,Organisme de formation,Date de début,Date de fin,Places,Domaine,Type,Niveau',
      'FT-AFC-2026-07,"Préparation au CACES R489, catégories 1A, 3 et 5",AFC 2026,France Travail,AFPA Valence,2026-05-11,2026-06-05,8,Transport et logistique,Qualifiante,Niveau 3',
      'OPCO-26-12,Titre pro Vendeur conseil en magasin,POEC commerce,OPCO EP,CCI Drôme Formation,2026-06-01,2026-09-25,10,D1211,Pré-qualifiante,',
    ].join('\n');
    expect(await importer(csv)).toMatchObject({ creees: 2, refus: [], organismesCrees: ['CCI Drôme Formation'] });
    expect(action('FT-AFC-2026-07')).toMatchObject({
      intitule: 'Préparation au CACES R489, catégories 1A, 3 et 5',
      financeur: 'france_travail',
      organisme_id: afpa,
      domaine: 'N',
      niveau_minimum: 'niveau_3',
      debut: '2026-05-11',
    });
    expect(action('OPCO-26-12')).toMatchObject({ financeur: 'opco', domaine: 'D', type_formation: 'pre_qualifiante' });
  });
});

describe('les lignes refusées', () => {
  const REFUS = [
    {
      ligne: 3,
      reference: null,
      raisons: [
        "N° action : obligatoire ; l'import s'en sert pour reconnaître l'action à chaque nouvelle version du programme.",
      ],
    },
    {
      ligne: 4,
      reference: 'PRF26-Q-0160',
      raisons: [
        "Financeur : « Fondation de France » n'est pas reconnu ; écrivez Région, France Travail, État, OPCO, Agefiph, Collectivité ou Autre financeur.",
        "Date de début : « 31/02/2026 » n'est pas une date ; écrivez JJ/MM/AAAA (ex. 07/09/2026) ou AAAA-MM-JJ.",
      ],
    },
    {
      ligne: 6,
      reference: 'PRF26-Q-0162',
      raisons: [
        "Places : « douze » n'est pas un nombre entier de places.",
        "Domaine : « Z » n'est pas reconnu ; écrivez la lettre du grand domaine ROME (A à N, ex. G pour l'hôtellerie-restauration), un code ROME, ou « socle » pour les savoirs de base.",
        "Type : « Apprentissage » n'est pas reconnu ; écrivez Qualifiante, Pré-qualifiante ou Remise à niveau.",
      ],
    },
    {
      ligne: 7,
      reference: 'PRF26-Q-0163',
      raisons: [
        'SIRET organisme : la clé de contrôle de 881 234 567 00034 ne correspond pas ; vérifiez les 14 chiffres.',
        'Date de fin : l’action ne peut pas finir avant de commencer.',
      ],
    },
    {
      ligne: 8,
      reference: 'PRF26-Q-0141',
      raisons: ['N° action « PRF26-Q-0141 » déjà présent ligne 2 : seule la première ligne est reprise.'],
    },
    {
      ligne: 9,
      reference: 'PRF26-Q-0164',
      raisons: [
        'Code INSEE : 5 caractères attendus (ex. 26281, 2A004).',
        'Places : 1 au moins.',
        "Niveau : « Master » n'est pas reconnu ; écrivez Infra 3, 3 (CAP), 4 (Bac), 5 (Bac+2), ou laissez vide si aucun niveau n'est exigé.",
      ],
    },
  ];

  test('chaque ligne refusée l’est entière, avec son numéro (celui du tableur) et toutes ses raisons ; les autres sont reprises', async () => {
    expect(await importer(ERREURS)).toEqual({
      lignes: 8,
      creees: 2,
      misesAJour: 0,
      inchangees: 0,
      organismesCrees: [],
      refus: REFUS,
      ecrit: true,
    });
    expect(sqlite().prepare('SELECT reference, description FROM action_formation ORDER BY reference').all()).toEqual([
      {
        reference: 'PRF26-Q-0141',
        description: 'Parcours de 1 050 h dont 420 h en entreprise ; entrées sur tests et entretien.',
      },
      { reference: 'PRF26-Q-0161', description: 'Module 1 : sécurité.\r\nModule 2 : conduite de chariots.' },
    ]);
    // The organisms of refused lines are not added to the directory.
    expect(compter('partenaire')).toBe(2);
  });

  test('tout ou rien : une ligne refusée et rien n’est écrit ; le rapport dit ce que l’import ferait', async () => {
    const avant = instantane();
    expect(await importer(ERREURS, true)).toEqual({
      lignes: 8,
      creees: 2,
      misesAJour: 0,
      inchangees: 0,
      organismesCrees: [],
      refus: REFUS,
      ecrit: false,
    });
    expect(instantane()).toBe(avant);
    expect(await analyser(ERREURS, true)).toMatchObject({ refus: REFUS, ecrit: false });
  });

  test('un organisme inactif de l’annuaire n’est pas repris pour une nouvelle action', async () => {
    sqlite().prepare('UPDATE partenaire SET actif = 0 WHERE id = ?').run(afpa);
    const r = await analyser(PROGRAMME);
    expect(r.refus.map((x) => [x.ligne, x.reference, x.raisons])).toEqual(
      [
        [3, 'PRF26-Q-0142'],
        [5, 'PRF26-Q-0144'],
        [13, 'PRF26-Q-0148'],
      ].map(([ligne, reference]) => [
        ligne,
        reference,
        [
          "Organisme de formation : « A.F.P.A. Valence » est marqué inactif dans l'annuaire ; réactivez sa fiche, puis relancez l'import.",
        ],
      ]),
    );
  });
});

describe('les fichiers refusés en entier', () => {
  const SUITE = ' Rien n’a été importé : corrigez le fichier puis relancez.';

  test('fichier vide, en-tête seul, colonnes obligatoires absentes, guillemet non fermé', async () => {
    await refuseFichier('', `Fichier vide : rien à importer.${SUITE}`);
    await refuseFichier(
      `${PROGRAMME.split('\r\n')[0]}\r\n`,
      `Aucune action dans le fichier : seule la ligne d’en-tête est remplie.${SUITE}`,
    );
    await refuseFichier(
      'Intitulé;Places;Commune\r\nCAP Cuisine;12;Romans-sur-Isère\r\n',
      `Colonnes absentes de la ligne d'en-tête (ligne 1) : « N° action », « Programme », « Financeur », « Organisme de formation », « Date de début », « Date de fin », « Domaine », « Type ». La première ligne nomme les colonnes : N° action ; Intitulé ; Programme ; Financeur ; Organisme de formation ; SIRET organisme ; Lieu ; Code INSEE ; Commune ; Date de début ; Date de fin ; Places ; Pré-requis ; Niveau ; Domaine ; Type ; Certification ; Description.${SUITE}`,
    );
    // The line after it has no quote: the cell runs to the end of the file.
    const lignes = PROGRAMME.split('\r\n').slice(0, 4);
    lignes[2] = lignes[2]!.replace('Restauration collective', '"Restauration collective');
    await refuseFichier(
      lignes.join('\r\n'),
      `Fichier mal formé, ligne 3 : guillemet ouvrant sans guillemet fermant : la cellule court jusqu’à la fin du fichier.${SUITE}`,
    );
  });

  test('seuls le référent formation et la direction importent un programme', async () => {
    const conseillere = b.sessionDe(claire);
    for (const methode of ['actions.analyserCsv', 'actions.importerCsv']) {
      const r = await b.brut(methode, { contenu: PROGRAMME }, conseillere);
      expect(r.ok ? null : r.error.code).toBe('acces_refuse');
    }
    expect(compter('action_formation')).toBe(0);
  });
});
