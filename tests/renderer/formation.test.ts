import { describe, expect, test } from 'vitest';
import {
  actionSaisieSchema,
  contract,
  type ActionFormation,
  type Personnel,
  type Positionnement,
  type RapportImportActions,
} from '../../src-main/contract';
import {
  ageSaisi,
  bilanRemplace,
  candidaturesExaminables,
  criteresActions,
  dateDerniereEtape,
  entreeAction,
  entreeBilanAction,
  entreeCommission,
  entreeStatut,
  erreurAgeFiltre,
  erreurDateFiltre,
  etapeAnnulable,
  etatPlaces,
  FILTRES_ACTIONS,
  filtresActionsActifs,
  filtresPourJeune,
  gereLAction,
  libelleAges,
  libelleDelai,
  libellePlaces,
  lignesAEcrire,
  lignesChiffres,
  manquesCommission,
  manquesStatut,
  messagesCommission,
  nomFichierProcesVerbal,
  periodeAction,
  positionnementSupprimable,
  precisionsAction,
  pourcentage,
  programmesConnus,
  referentsPossibles,
  resumeDecisions,
  resumeImportActions,
  routeFormation,
  saisieAction,
  saisieBilanAction,
  saisieCommission,
  saisieStatut,
  statutsSuivants,
  type SaisieCommission,
} from '../../src-renderer/screens/formation/logique';

const AUJOURDHUI = '2026-03-20';

function positionnement(p: Partial<Positionnement> = {}): Positionnement {
  return {
    id: 11,
    actionId: 3,
    actionIntitule: 'CAP Cuisine',
    organismeNom: 'AFPA Valence',
    jeuneId: 40,
    jeuneNom: 'Léa MARTIN',
    date: '2026-03-02',
    statut: 'propose',
    statutLe: '2026-03-02',
    motifNonRetenu: null,
    certificationObtenue: null,
    commentaire: null,
    situationId: null,
    suivants: ['candidature_transmise', 'information_collective', 'en_commission', 'non_retenu', 'desiste'],
    etapes: [
      {
        id: 100,
        statut: 'propose',
        date: '2026-03-02',
        motifNonRetenu: null,
        commentaire: null,
        commissionId: null,
        parNom: 'Julie Reynaud',
      },
    ],
    bilan: null,
    auteurNom: 'Julie Reynaud',
    modifieLe: '2026-03-02T09:00:00.000Z',
    ...p,
  };
}

const tableau = {
  places: 12,
  parStatut: [],
  positionnements: 0,
  entres: 0,
  tauxRemplissage: null,
  delaiMoyenJours: null,
  delaiMedianJours: null,
  abandons: 0,
  tauxAbandon: null,
};

const action: ActionFormation = {
  id: 3,
  intitule: 'CAP Cuisine',
  programme: 'Programme régional 2026',
  financeur: 'region',
  organismeId: 8,
  organismeNom: 'AFPA Valence',
  typeFormation: 'qualifiante',
  domaine: 'G',
  certification: 'CAP Cuisine',
  commune: 'Valence',
  codeInsee: '26362',
  debut: '2026-04-06',
  fin: '2026-12-18',
  places: 12,
  placesRestantes: 12,
  niveauMinimum: 'infra_3',
  ageMinimum: 16,
  ageMaximum: 25,
  prerequis: 'Projet validé',
  referentId: 4,
  referentNom: 'Julie Reynaud',
  statut: 'en_recrutement',
  positionnements: 0,
  entres: 0,
  reference: 'R-2026-014',
  lieu: 'Plateau technique',
  description: 'Six mois en centre, deux en entreprise.',
  positionnementsListe: [],
  commissions: [],
  bilans: [],
  tableau,
  besoins: 0,
  modifieLe: '2026-03-01T08:00:00.000Z',
};

describe('address of the Formation tab', () => {
  test('an action’s page wins over the view; anything unknown shows the lookup', () => {
    expect(routeFormation(new URLSearchParams('action=7&vue=tableau'))).toEqual({ ecran: 'action', id: 7 });
    expect(routeFormation(new URLSearchParams('vue=besoins'))).toEqual({ ecran: 'vue', vue: 'besoins' });
    expect(routeFormation(new URLSearchParams('vue=tableau'))).toEqual({ ecran: 'vue', vue: 'tableau' });
    expect(routeFormation(new URLSearchParams(''))).toEqual({ ecran: 'vue', vue: 'actions' });
    expect(routeFormation(new URLSearchParams('action=0'))).toEqual({ ecran: 'vue', vue: 'actions' });
    expect(routeFormation(new URLSearchParams('action=abc&vue=nimporte'))).toEqual({ ecran: 'vue', vue: 'actions' });
  });
});

describe('the lookup’s filters', () => {
  test('by default: the actions a jeune can still join, nothing else narrowed, and the contract accepts it', () => {
    const c = criteresActions(FILTRES_ACTIONS, '  cuisine ', 4);
    expect(c).toMatchObject({
      texte: 'cuisine',
      statuts: ['programmee', 'en_recrutement'],
      domaines: [],
      niveau: null,
      age: null,
      avecPlacesSeulement: false,
      referentId: null,
      programme: null,
    });
    expect(contract['actions.rechercher'].input.safeParse(c).success).toBe(true);
    expect(filtresActionsActifs(FILTRES_ACTIONS)).toBe(false);
    expect(filtresActionsActifs({ ...FILTRES_ACTIONS, texte: 'cap' })).toBe(false);
  });

  test('no status ticked means every status; « mes actions » is the référent signed in', () => {
    const f = { ...FILTRES_ACTIONS, statuts: [], mesActions: true, avecPlaces: true, domaines: ['G' as const] };
    const c = criteresActions(f, '', 4);
    expect(c.statuts).toEqual(['programmee', 'en_recrutement', 'en_cours', 'terminee', 'annulee']);
    expect(c.referentId).toBe(4);
    expect(c.avecPlacesSeulement).toBe(true);
    expect(c.domaines).toEqual(['G']);
    expect(filtresActionsActifs(f)).toBe(true);
  });

  test('dates typed JJ/MM/AAAA bound the start; a date or an age that cannot be read narrows nothing and says so', () => {
    const f = { ...FILTRES_ACTIONS, debutApres: '01/04/2026', debutAvant: '31/02/2026', age: '7' };
    const c = criteresActions(f, '', 4);
    expect(c.debutApres).toBe('2026-04-01');
    expect(c.debutAvant).toBeNull();
    expect(c.age).toBeNull();
    expect(erreurDateFiltre('31/02/2026')).toBe('Date JJ/MM/AAAA : non prise en compte.');
    expect(erreurDateFiltre('')).toBeUndefined();
    expect(erreurAgeFiltre('7')).toBe('Un âge de 10 à 99 ans.');
    expect(erreurAgeFiltre('19')).toBeUndefined();
    expect(ageSaisi('19')).toBe(19);
    expect(ageSaisi('19,5')).toBeNull();
  });

  test('« pour un jeune »: the age on the day, the level of the file, or the level typed when the file could not be read', () => {
    const jeune = { id: 40, nom: 'Léa MARTIN', dateNaissance: '2006-03-21' };
    const f = filtresPourJeune({ ...FILTRES_ACTIONS, niveau: 'niveau_4' }, jeune, 'niveau_3', AUJOURDHUI);
    expect(f.jeune).toEqual({ id: 40, nom: 'Léa MARTIN' });
    // Born 21/03/2006: 19 on 20/03/2026, the day before the birthday.
    expect(f.age).toBe('19');
    expect(f.niveau).toBe('niveau_3');
    expect(criteresActions(f, '', 4)).toMatchObject({ age: 19, niveau: 'niveau_3' });
    expect(filtresPourJeune({ ...FILTRES_ACTIONS, niveau: 'niveau_4' }, jeune, undefined, AUJOURDHUI).niveau).toBe(
      'niveau_4',
    );
    expect(filtresPourJeune({ ...FILTRES_ACTIONS, niveau: 'niveau_4' }, jeune, null, AUJOURDHUI).niveau).toBeNull();
  });
});

describe('an action’s labels', () => {
  test('ages, period, places (red when none is left), rates and delays in French', () => {
    expect(libelleAges(16, 25)).toBe('16 à 25 ans');
    expect(libelleAges(18, null)).toBe('18 ans et plus');
    expect(libelleAges(null, 25)).toBe('jusqu’à 25 ans');
    expect(libelleAges(null, null)).toBe('tout âge');
    expect(periodeAction('2026-04-06', '2026-12-18')).toBe('du 06/04/2026 au 18/12/2026');
    expect(libellePlaces(3, 12)).toBe('3 places restantes sur 12');
    expect(libellePlaces(1, 12)).toBe('1 place restante sur 12');
    expect(libellePlaces(0, 12)).toBe('complet (12 places)');
    expect(libellePlaces(-2, 12)).toBe('2 places de trop sur 12');
    expect([etatPlaces(0), etatPlaces(-1), etatPlaces(2), etatPlaces(3)]).toEqual([
      'complet',
      'complet',
      'peu',
      'ouvert',
    ]);
    expect(pourcentage(0.75)).toBe('75\u00a0%');
    expect(pourcentage(0.6667)).toBe('66,7\u00a0%');
    expect(pourcentage(null)).toBe('—');
    expect(libelleDelai(12.5)).toBe('12,5 jours');
    expect(libelleDelai(1)).toBe('1 jour');
    expect(libelleDelai(null)).toBe('—');
  });

  test('the programmes already used, once each, in French order', () => {
    expect(
      programmesConnus([{ programme: 'Région 2026' }, { programme: ' Agefiph ' }, { programme: 'Région 2026' }]),
    ).toEqual(['Agefiph', 'Région 2026']);
  });
});

describe('who keeps an action', () => {
  test('the référent formation, direction, or the action’s own référent; not another conseiller', () => {
    expect(gereLAction({ referentId: 4 }, { id: 9, roles: ['referent_formation'] })).toBe(true);
    expect(gereLAction({ referentId: null }, { id: 9, roles: ['direction'] })).toBe(true);
    expect(gereLAction({ referentId: 4 }, { id: 4, roles: ['conseiller'] })).toBe(true);
    expect(gereLAction({ referentId: 4 }, { id: 5, roles: ['conseiller'] })).toBe(false);
    expect(gereLAction({ referentId: null }, { id: 5, roles: ['conseiller', 'accueil'] })).toBe(false);
  });

  test('a référent d’action is an active member of staff who accompanies jeunes', () => {
    const p = (id: number, nom: string, roles: Personnel['roles'], actif = true): Personnel => ({
      id,
      prenom: 'X',
      nom,
      identifiant: nom,
      email: null,
      roles,
      siteId: null,
      actif,
    });
    const liste = referentsPossibles([
      p(1, 'Zola', ['conseiller']),
      p(2, 'Accueil', ['accueil']),
      p(3, 'Ancien', ['conseiller'], false),
      p(4, 'Bernard', ['referent_formation']),
      p(5, 'Admin', ['administrateur']),
    ]);
    expect(liste.map((x) => x.nom)).toEqual(['Bernard', 'Zola']);
  });
});

describe('a candidacy’s next statuses', () => {
  test('the steps forward first, then the endings; what the main process says wins over the machine', () => {
    expect(statutsSuivants(positionnement())).toEqual([
      'candidature_transmise',
      'information_collective',
      'en_commission',
      'non_retenu',
      'desiste',
    ]);
    expect(statutsSuivants({ statut: 'entre' })).toEqual(['termine', 'abandon']);
    expect(statutsSuivants({ statut: 'retenu' })).toEqual(['entre', 'desiste']);
    expect(statutsSuivants({ statut: 'non_retenu' })).toEqual([]);
    expect(statutsSuivants({ statut: 'propose', suivants: ['desiste'] })).toEqual(['desiste']);
  });

  test('the initial proposal is never undone; a candidacy is deleted only while merely proposed', () => {
    const propose = positionnement();
    expect(etapeAnnulable(propose)).toBe(false);
    expect(positionnementSupprimable(propose)).toBe(true);
    const transmise = positionnement({
      statut: 'candidature_transmise',
      etapes: [
        ...propose.etapes,
        { ...propose.etapes[0]!, id: 101, statut: 'candidature_transmise', date: '2026-03-05' },
      ],
    });
    expect(etapeAnnulable(transmise)).toBe(true);
    expect(positionnementSupprimable(transmise)).toBe(false);
    expect(dateDerniereEtape(transmise)).toBe('2026-03-05');
  });
});

describe('a status change', () => {
  const propose = positionnement().etapes[0]!;
  const p = positionnement({
    statut: 'en_commission',
    statutLe: '2026-03-10',
    etapes: [propose, { ...propose, id: 101, statut: 'en_commission', date: '2026-03-10' }],
  });

  test('today by default; the motif only for « non retenu », the certification only for « terminé »', () => {
    const s = { ...saisieStatut('retenu', AUJOURDHUI), motifNonRetenu: 'tests' as const, certificationObtenue: true };
    expect(s.date).toBe('20/03/2026');
    expect(entreeStatut(s, p)).toEqual({
      id: 11,
      statut: 'retenu',
      date: '2026-03-20',
      motifNonRetenu: null,
      certificationObtenue: null,
      commentaire: '',
      modifieLeLu: p.modifieLe,
    });
    expect(manquesStatut(s, p, AUJOURDHUI)).toEqual({});
  });

  test('« non retenu » asks the motif, « autre » a comment, « terminé » the certification', () => {
    expect(manquesStatut(saisieStatut('non_retenu', AUJOURDHUI), p, AUJOURDHUI)).toEqual({
      motifNonRetenu: 'Non retenu : indiquez le motif.',
    });
    expect(
      manquesStatut({ ...saisieStatut('non_retenu', AUJOURDHUI), motifNonRetenu: 'autre' }, p, AUJOURDHUI),
    ).toEqual({ commentaire: 'Motif « autre » : précisez-le dans le commentaire.' });
    expect(manquesStatut(saisieStatut('termine', AUJOURDHUI), p, AUJOURDHUI)).toEqual({
      certificationObtenue: 'Terminé : indiquez si la certification a été obtenue.',
    });
  });

  test('the date: a real one, not in the future, not before the previous step', () => {
    const m = (date: string) => manquesStatut({ ...saisieStatut('retenu', AUJOURDHUI), date }, p, AUJOURDHUI).date;
    expect(m('21/03/2026')).toBe('Date : elle ne peut pas être dans le futur.');
    expect(m('05/03/2026')).toBe('Date : elle ne peut pas précéder l’étape précédente (10/03/2026).');
    expect(m('32/03/2026')).toBeDefined();
    expect(m('10/03/2026')).toBeUndefined();
  });
});

describe('an entry commission', () => {
  const liste = [
    positionnement({ id: 1, jeuneNom: 'Zoé ROUX', statut: 'en_commission' }),
    positionnement({ id: 2, jeuneNom: 'Adam BLANC', statut: 'propose' }),
    positionnement({ id: 3, jeuneNom: 'Léa MARTIN', statut: 'retenu' }),
    positionnement({ id: 4, jeuneNom: 'Hugo PETIT', statut: 'information_collective' }),
    positionnement({ id: 5, jeuneNom: 'Inès FAURE', statut: 'non_retenu' }),
  ];
  const ordre = candidaturesExaminables(liste).map((p) => p.id);

  test('examines the candidacies still undecided, by name, none decided at first', () => {
    expect(ordre).toEqual([2, 4, 1]);
    const s = saisieCommission(liste, AUJOURDHUI);
    expect(s.date).toBe('20/03/2026');
    expect(Object.keys(s.decisions).map(Number).sort()).toEqual([1, 2, 4]);
    expect(Object.values(s.decisions).every((d) => d.choix === 'non_examine')).toBe(true);
  });

  test('sends only the candidacies examined, in the form’s order; the motif only for « non retenu »', () => {
    const s: SaisieCommission = {
      ...saisieCommission(liste, AUJOURDHUI),
      participants: 'AFPA, Mission Locale',
      decisions: {
        1: { choix: 'retenu', motifNonRetenu: 'tests', commentaire: '' },
        2: { choix: 'non_retenu', motifNonRetenu: 'prerequis', commentaire: 'Revoir après remise à niveau' },
        4: { choix: 'non_examine', motifNonRetenu: null, commentaire: '' },
      },
    };
    const e = entreeCommission(s, 3, ordre);
    expect(e).toEqual({
      actionId: 3,
      date: '2026-03-20',
      participants: 'AFPA, Mission Locale',
      note: '',
      decisions: [
        {
          positionnementId: 2,
          decision: 'non_retenu',
          motifNonRetenu: 'prerequis',
          commentaire: 'Revoir après remise à niveau',
        },
        { positionnementId: 1, decision: 'retenu', motifNonRetenu: null, commentaire: '' },
      ],
    });
    expect(manquesCommission(s, 3, ordre)).toEqual({});
    expect(contract['commissions.enregistrer'].input.safeParse(e).success).toBe(true);
  });

  test('refuses a commission that examined nobody, and puts a missing motif on that jeune’s line', () => {
    const vide = saisieCommission(liste, AUJOURDHUI);
    expect(manquesCommission(vide, 3, ordre)).toEqual({ decisions: 'Commission : examinez au moins une candidature.' });
    const sansMotif: SaisieCommission = {
      ...vide,
      decisions: { ...vide.decisions, 4: { choix: 'non_retenu', motifNonRetenu: null, commentaire: '' } },
    };
    expect(manquesCommission(sansMotif, 3, ordre)).toEqual({
      'decision.4.motifNonRetenu': 'Non retenu : indiquez le motif.',
    });
  });

  test('a refusal of the main process about the n-th decision goes to its candidacy', () => {
    const entree = { decisions: [{ positionnementId: 9 }, { positionnementId: 7 }] } as Parameters<
      typeof messagesCommission
    >[1];
    expect(
      messagesCommission(
        [
          { champ: 'decisions.1', message: 'Léa MARTIN est déjà retenue.' },
          { champ: 'decisions.0.commentaire', message: 'Trop long.' },
          { champ: 'date', message: 'Date future.' },
        ],
        entree,
      ),
    ).toEqual({
      'decision.7': 'Léa MARTIN est déjà retenue.',
      'decision.9.commentaire': 'Trop long.',
      date: 'Date future.',
    });
  });

  test('its decisions in a few words', () => {
    expect(resumeDecisions([{ decision: 'retenu' }, { decision: 'retenu' }, { decision: 'non_retenu' }])).toBe(
      '2 retenus · 1 non retenu',
    );
    expect(resumeDecisions([{ decision: 'ajourne' }])).toBe('1 ajourné');
    expect(resumeDecisions([])).toBe('Aucune décision');
  });

  test('the minutes’ file: the main process’s name when usable, else one made from the action and the date', () => {
    expect(nomFichierProcesVerbal('PV-commission-2026-03-20.pdf', 'CAP Cuisine', '2026-03-20')).toBe(
      'PV-commission-2026-03-20.pdf',
    );
    expect(nomFichierProcesVerbal('', 'CAP Cuisine (Valence) — session d’été', '2026-03-20')).toBe(
      'proces-verbal-cap-cuisine-valence-session-d-ete-2026-03-20.pdf',
    );
    expect(nomFichierProcesVerbal('../etc/pv.pdf', '!!!', '2026-03-20')).toBe('proces-verbal-action-2026-03-20.pdf');
  });
});

describe('the bilans', () => {
  test('a second final bilan is the first one changed; an intermediate one is new', () => {
    const bilans = [
      { id: 5, type: 'intermediaire' as const },
      { id: 6, type: 'final' as const },
    ];
    expect(bilanRemplace(bilans, 'final', null)).toBe(6);
    expect(bilanRemplace(bilans, 'intermediaire', null)).toBeNull();
    expect(bilanRemplace(bilans, 'intermediaire', 5)).toBe(5);
    expect(bilanRemplace([], 'final', null)).toBeNull();
  });

  test('a bilan without its type is refused by the contract; with it, the date is sent as ISO', () => {
    const s = saisieBilanAction(null, AUJOURDHUI);
    const refus = contract['bilansAction.enregistrer'].input.safeParse(entreeBilanAction(s, 3, null));
    expect(refus.success).toBe(false);
    expect(refus.error?.issues[0]?.message).toBe('Bilan : intermédiaire ou final.');
    const ok = contract['bilansAction.enregistrer'].input.safeParse(
      entreeBilanAction({ ...s, type: 'final', note: 'Bonne dynamique de groupe.' }, 3, 6),
    );
    expect(ok.success && ok.data).toMatchObject({ actionId: 3, id: 6, type: 'final', date: AUJOURDHUI });
  });

  test('the figures in the templates’ order, the rate in percent', () => {
    const lignes = lignesChiffres({
      places: 12,
      positionnements: 20,
      entres: 9,
      enCours: 6,
      abandons: 1,
      termines: 2,
      certifies: 2,
      sortiesEmploi: 1,
      sortiesFormation: 0,
      tauxRemplissage: 0.75,
    });
    expect(lignes.slice(0, 4)).toEqual([
      { libelle: 'Places', valeur: '12' },
      { libelle: 'Positionnements', valeur: '20' },
      { libelle: 'Entrées', valeur: '9' },
      { libelle: 'Taux de remplissage', valeur: '75\u00a0%' },
    ]);
  });
});

describe('the action’s form', () => {
  test('an action read back and sent again is what it was', () => {
    const r = actionSaisieSchema.safeParse(entreeAction(saisieAction(action)));
    expect(r.success && r.data).toEqual({
      intitule: 'CAP Cuisine',
      programme: 'Programme régional 2026',
      financeur: 'region',
      organismeId: 8,
      typeFormation: 'qualifiante',
      domaine: 'G',
      certification: 'CAP Cuisine',
      lieu: 'Plateau technique',
      codeInsee: '26362',
      commune: 'Valence',
      debut: '2026-04-06',
      fin: '2026-12-18',
      places: 12,
      prerequis: 'Projet validé',
      niveauMinimum: 'infra_3',
      ageMinimum: 16,
      ageMaximum: 25,
      description: 'Six mois en centre, deux en entreprise.',
      referentId: 4,
      statut: 'en_recrutement',
      reference: 'R-2026-014',
    });
  });

  test('an empty form names each missing field in French', () => {
    const r = actionSaisieSchema.safeParse(entreeAction(saisieAction(null)));
    expect(r.success).toBe(false);
    const champs = new Set(r.error?.issues.map((i) => i.path.join('.')));
    for (const c of [
      'intitule',
      'programme',
      'financeur',
      'organismeId',
      'typeFormation',
      'domaine',
      'debut',
      'fin',
      'places',
    ])
      expect(champs).toContain(c);
    expect(r.error?.issues.find((i) => i.path[0] === 'financeur')?.message).toBe(
      'Financeur : choisissez dans la liste.',
    ); // What the contract can only say in general terms, the page says in the form's words.
    const precises = precisionsAction(r.error?.issues ?? [], saisieAction(null));
    expect(precises.find((i) => i.path[0] === 'organismeId')?.message).toBe(
      'Organisme de formation : tapez son nom et choisissez-le dans l’annuaire.',
    );
    expect(precises.find((i) => i.path[0] === 'places')?.message).toBe('Places : champ obligatoire.');
    expect(precises.find((i) => i.path[0] === 'financeur')?.message).toBe('Financeur : choisissez dans la liste.');
  });

  test('the end before the start and the ages the wrong way round are refused under their field', () => {
    const s = { ...saisieAction(action), debut: '18/12/2026', fin: '06/04/2026', ageMinimum: '26', ageMaximum: '18' };
    const r = actionSaisieSchema.safeParse(entreeAction(s));
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fin', 'Fin : l’action ne peut pas finir avant de commencer.'],
      ['ageMaximum', 'Âge maximum : il ne peut pas être inférieur à l’âge minimum.'],
    ]);
  });
});

describe('the CSV import’s report', () => {
  const rapport: RapportImportActions = {
    lignes: 20,
    creees: 12,
    misesAJour: 3,
    inchangees: 3,
    organismesCrees: ['CFA du Rhône'],
    refus: [
      { ligne: 7, reference: 'R-7', raisons: ['Date de fin : avant le début.'] },
      { ligne: 9, reference: null, raisons: ['Places : un nombre.'] },
    ],
    ecrit: false,
  };
  test('what an import would do, then what it did', () => {
    expect(resumeImportActions(rapport)).toBe(
      '20 lignes : 12 à créer · 3 à mettre à jour · 3 inchangées · 2 refusées · 1 organisme à ajouter à l’annuaire.',
    );
    expect(resumeImportActions({ ...rapport, ecrit: true })).toBe(
      '20 lignes : 12 créées · 3 mises à jour · 3 inchangées · 2 refusées · 1 organisme ajouté à l’annuaire.',
    );
    expect(lignesAEcrire(rapport)).toBe(15);
  });
});
