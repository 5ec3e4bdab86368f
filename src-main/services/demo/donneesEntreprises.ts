/**
 * The raw material of the demo's employer portfolio (issue 6): firms of the Drôme-Ardèche
 * territory around Romans-sur-Isère and Valence, by sector, with the offers each sector sends to
 * a Mission Locale. Synthetic: the local names are invented; the chains and large employers the
 * demo's paths already name as employers (`donneesParcours.ts`) are listed too, so that those
 * situations can point at a firm of the portfolio. NAF rév. 2 and ROME codes are real codes.
 */
import type { TrancheEffectif, TypeContratOffre } from '../../contract/referentielsEntreprises';

export interface OffreTypeDemo {
  intitule: string;
  metier: string;
  rome: string;
  /** The NAF codes (or their first characters) of the firms that send it; all of the sector if absent. */
  naf?: readonly string[];
  /** Contract types with their weight; durations in months by contract (null: CDI or unsaid). */
  contrats: readonly (readonly [TypeContratOffre, number])[];
}

export interface SecteurDemo {
  /** Weight of the sector in the offers the ML receives. */
  poids: number;
  offres: readonly OffreTypeDemo[];
  /** Roles of the interlocuteurs met there, in the masculine (`feminin` gives the other form). */
  fonctions: readonly string[];
  /** Industrial sites sit in a business park rather than in a street. */
  zone: boolean;
}

export type CleSecteur =
  | 'boulangerie'
  | 'alimentation'
  | 'garage'
  | 'btp'
  | 'logistique'
  | 'sante'
  | 'commerce'
  | 'hotellerie'
  | 'agroalimentaire'
  | 'industrie'
  | 'agriculture'
  | 'services'
  | 'interim'
  | 'public';

/** Usual contract lengths, in months. */
export const DUREES: Record<TypeContratOffre, readonly (number | null)[]> = {
  cdi: [null],
  cdd: [1, 2, 3, 3, 6, 6, 6, 9, 12],
  interim: [1, 1, 2, 3, 6],
  apprentissage: [12, 24, 24, 24, 36],
  professionnalisation: [6, 12, 12, 12, 18, 24],
  contrat_aide: [6, 9, 12, 12],
  iae: [4, 6, 6, 12, 24],
  pmsmp: [1],
  stage: [1, 1, 2],
};

export const SECTEURS: Record<CleSecteur, SecteurDemo> = {
  boulangerie: {
    poids: 7,
    zone: false,
    fonctions: ['Gérant', 'Maître d’apprentissage', 'Responsable de boutique'],
    offres: [
      {
        intitule: 'Apprenti(e) boulanger(ère) – CAP Boulanger',
        metier: 'Boulanger',
        rome: 'D1102',
        naf: ['10.71C'],
        contrats: [['apprentissage', 1]],
      },
      {
        intitule: 'Apprenti(e) pâtissier(ère) – CAP Pâtissier',
        metier: 'Pâtissier',
        rome: 'D1104',
        contrats: [['apprentissage', 1]],
      },
      {
        intitule: 'Vendeur(se) en boulangerie-pâtisserie',
        metier: 'Vendeur en boulangerie',
        rome: 'D1106',
        contrats: [
          ['cdd', 5],
          ['cdi', 2],
          ['apprentissage', 2],
          ['pmsmp', 1],
        ],
      },
    ],
  },
  alimentation: {
    poids: 3,
    zone: false,
    fonctions: ['Gérant', 'Maître d’apprentissage'],
    offres: [
      {
        intitule: 'Apprenti(e) boucher(ère) – CAP Boucher',
        metier: 'Boucher',
        rome: 'D1101',
        naf: ['47.22'],
        contrats: [['apprentissage', 1]],
      },
      {
        intitule: 'Vendeur(se) en charcuterie-traiteur',
        metier: 'Vendeur en charcuterie',
        rome: 'D1103',
        naf: ['10.13B', '47.22', '56.21'],
        contrats: [
          ['cdd', 3],
          ['apprentissage', 2],
          ['cdi', 1],
        ],
      },
    ],
  },
  garage: {
    poids: 7,
    zone: true,
    fonctions: ['Chef d’atelier', 'Gérant', 'Responsable après-vente', 'Directeur de centre'],
    offres: [
      {
        intitule: 'Apprenti(e) mécanicien(ne) automobile – CAP Maintenance des véhicules',
        metier: 'Mécanicien automobile',
        rome: 'I1604',
        naf: ['45.'],
        contrats: [['apprentissage', 1]],
      },
      {
        intitule: 'Mécanicien(ne) entretien rapide',
        metier: 'Mécanicien',
        rome: 'I1604',
        naf: ['45.'],
        contrats: [
          ['cdi', 3],
          ['cdd', 2],
          ['professionnalisation', 2],
        ],
      },
      {
        intitule: 'Carrossier(ère)-peintre',
        metier: 'Carrossier',
        rome: 'I1606',
        naf: ['45.20A', '45.11'],
        contrats: [
          ['cdi', 2],
          ['apprentissage', 2],
        ],
      },
      {
        intitule: 'Préparateur(trice) de véhicules',
        metier: 'Préparateur de véhicules',
        rome: 'I1604',
        naf: ['45.'],
        contrats: [
          ['cdd', 3],
          ['pmsmp', 1],
        ],
      },
    ],
  },
  btp: {
    poids: 11,
    zone: true,
    fonctions: ['Gérant', 'Conducteur de travaux', 'Chef de chantier', 'Assistante de direction', 'Responsable RH'],
    offres: [
      {
        intitule: 'Aide-maçon(ne)',
        metier: 'Aide-maçon',
        rome: 'F1704',
        naf: ['43.99', '41.20'],
        contrats: contratsDeChantier(),
      },
      {
        intitule: 'Apprenti(e) maçon – CAP Maçon',
        metier: 'Maçon',
        rome: 'F1703',
        naf: ['43.99', '41.20'],
        contrats: [['apprentissage', 1]],
      },
      {
        intitule: 'Peintre en bâtiment',
        metier: 'Peintre en bâtiment',
        rome: 'F1606',
        naf: ['43.34', '41.20', '43.29'],
        contrats: [
          ['cdd', 3],
          ['apprentissage', 2],
          ['cdi', 1],
        ],
      },
      {
        intitule: 'Électricien(ne) du bâtiment',
        metier: 'Électricien',
        rome: 'F1602',
        naf: ['43.21'],
        contrats: [
          ['apprentissage', 3],
          ['cdi', 2],
          ['interim', 1],
        ],
      },
      {
        intitule: 'Plombier(ère) chauffagiste',
        metier: 'Plombier chauffagiste',
        rome: 'F1603',
        naf: ['43.22'],
        contrats: [
          ['apprentissage', 3],
          ['cdi', 2],
        ],
      },
      {
        intitule: 'Manœuvre de chantier',
        metier: 'Manœuvre',
        rome: 'F1704',
        contrats: [
          ['interim', 3],
          ['cdd', 2],
          ['iae', 1],
        ],
      },
      {
        intitule: 'Ouvrier(ère) de travaux publics',
        metier: 'Ouvrier des travaux publics',
        rome: 'F1702',
        naf: ['42.', '43.12'],
        contrats: [
          ['cdd', 2],
          ['professionnalisation', 2],
        ],
      },
      {
        intitule: 'Couvreur(se) – zingueur(se)',
        metier: 'Couvreur',
        rome: 'F1610',
        naf: ['43.91'],
        contrats: [
          ['apprentissage', 2],
          ['cdd', 1],
        ],
      },
    ],
  },
  logistique: {
    poids: 11,
    zone: true,
    fonctions: ['Responsable d’exploitation', 'Chef de quai', 'Responsable RH', 'Responsable de site'],
    offres: [
      {
        intitule: 'Préparateur(trice) de commandes',
        metier: 'Préparateur de commandes',
        rome: 'N1103',
        naf: ['52.'],
        contrats: [
          ['interim', 4],
          ['cdd', 3],
          ['cdi', 1],
          ['pmsmp', 1],
        ],
      },
      {
        intitule: 'Cariste CACES R489 catégorie 3',
        metier: 'Cariste',
        rome: 'N1101',
        naf: ['52.10', '49.41'],
        contrats: [
          ['cdd', 3],
          ['cdi', 2],
          ['interim', 2],
        ],
      },
      {
        intitule: 'Agent(e) de quai',
        metier: 'Manutentionnaire',
        rome: 'N1105',
        naf: ['52.', '49.41'],
        contrats: [
          ['interim', 3],
          ['cdd', 2],
        ],
      },
      {
        intitule: 'Chauffeur(se)-livreur(se) permis B',
        metier: 'Chauffeur livreur',
        rome: 'N4105',
        naf: ['49.4', '53.20', '52.29'],
        contrats: [
          ['cdd', 3],
          ['cdi', 2],
        ],
      },
      {
        intitule: 'Magasinier(ère) – Bac pro Logistique en alternance',
        metier: 'Magasinier',
        rome: 'N1103',
        naf: ['52.'],
        contrats: [
          ['apprentissage', 2],
          ['professionnalisation', 1],
        ],
      },
    ],
  },
  sante: {
    poids: 11,
    zone: false,
    fonctions: ['Cadre de santé', 'Directeur', 'Responsable RH', 'Infirmier coordinateur', 'Responsable de secteur'],
    offres: [
      {
        intitule: 'Agent(e) de service hospitalier (ASH)',
        metier: 'Agent de service hospitalier',
        rome: 'J1301',
        naf: ['86.10', '87.'],
        contrats: [
          ['cdd', 5],
          ['cdi', 1],
          ['pmsmp', 1],
        ],
      },
      {
        intitule: 'Aide-soignant(e) en apprentissage',
        metier: 'Aide-soignant',
        rome: 'J1501',
        naf: ['86.10', '87.10'],
        contrats: [
          ['apprentissage', 2],
          ['cdd', 1],
        ],
      },
      {
        intitule: 'Auxiliaire de vie à domicile',
        metier: 'Auxiliaire de vie',
        rome: 'K1302',
        naf: ['88.10', '87.30'],
        contrats: [
          ['cdd', 3],
          ['cdi', 2],
          ['professionnalisation', 1],
        ],
      },
      {
        intitule: 'Agent(e) de restauration en EHPAD',
        metier: 'Agent de restauration',
        rome: 'G1603',
        naf: ['87.'],
        contrats: [
          ['cdd', 3],
          ['contrat_aide', 1],
        ],
      },
      {
        intitule: 'Stage de découverte en service de soins',
        metier: 'Aide-soignant',
        rome: 'J1501',
        naf: ['86.10', '87.10'],
        contrats: [
          ['stage', 1],
          ['pmsmp', 2],
        ],
      },
    ],
  },
  commerce: {
    poids: 12,
    zone: false,
    fonctions: ['Directeur de magasin', 'Manager de rayon', 'Responsable RH', 'Gérant'],
    offres: [
      {
        intitule: 'Employé(e) de libre-service',
        metier: 'Employé de libre-service',
        rome: 'D1507',
        naf: ['47.11'],
        contrats: [
          ['cdd', 4],
          ['cdi', 1],
          ['pmsmp', 1],
        ],
      },
      {
        intitule: 'Hôte(sse) de caisse',
        metier: 'Caissier',
        rome: 'D1505',
        naf: ['47.11', '47.52', '47.64'],
        contrats: [
          ['cdd', 4],
          ['cdi', 1],
        ],
      },
      {
        intitule: 'Vendeur(se) en prêt-à-porter',
        metier: 'Vendeur en habillement',
        rome: 'D1214',
        naf: ['47.71', '47.72'],
        contrats: [
          ['cdd', 3],
          ['apprentissage', 1],
        ],
      },
      {
        intitule: 'Vendeur(se) articles de sport',
        metier: 'Vendeur articles de sport',
        rome: 'D1211',
        naf: ['47.64'],
        contrats: [
          ['cdd', 2],
          ['cdi', 1],
          ['apprentissage', 1],
        ],
      },
      {
        intitule: 'Vendeur(se) conseil en magasin',
        metier: 'Vendeur conseil',
        rome: 'D1212',
        naf: ['47.52', '47.59'],
        contrats: [
          ['cdd', 3],
          ['cdi', 1],
          ['apprentissage', 1],
        ],
      },
      {
        intitule: 'Vendeur(se) en jardinerie',
        metier: 'Vendeur en jardinerie',
        rome: 'D1209',
        naf: ['47.76'],
        contrats: [
          ['cdd', 2],
          ['apprentissage', 1],
        ],
      },
      {
        intitule: 'Préparateur(trice) en pharmacie en apprentissage',
        metier: 'Préparateur en pharmacie',
        rome: 'J1307',
        naf: ['47.73'],
        contrats: [['apprentissage', 1]],
      },
      {
        intitule: 'Manager de rayon en alternance – BTS MCO',
        metier: 'Manager de rayon',
        rome: 'D1502',
        naf: ['47.11D', '47.11F', '47.52'],
        contrats: [
          ['apprentissage', 2],
          ['professionnalisation', 1],
        ],
      },
    ],
  },
  hotellerie: {
    poids: 11,
    zone: false,
    fonctions: ['Chef de cuisine', 'Gérant', 'Directeur', 'Responsable de salle'],
    offres: [
      {
        intitule: 'Commis de cuisine',
        metier: 'Commis de cuisine',
        rome: 'G1602',
        naf: ['56.10A', '55.10', '56.21', '56.29'],
        contrats: [
          ['cdd', 4],
          ['apprentissage', 2],
          ['cdi', 1],
        ],
      },
      {
        intitule: 'Serveur(se) en restauration',
        metier: 'Serveur',
        rome: 'G1803',
        naf: ['56.10A', '55.10', '56.21', '56.30'],
        contrats: [
          ['cdd', 5],
          ['cdi', 1],
          ['apprentissage', 1],
        ],
      },
      {
        intitule: 'Plongeur(se)',
        metier: 'Plongeur',
        rome: 'G1605',
        naf: ['56.'],
        contrats: [
          ['cdd', 4],
          ['pmsmp', 1],
        ],
      },
      {
        intitule: 'Employé(e) polyvalent(e) de restauration rapide',
        metier: 'Employé polyvalent de restauration',
        rome: 'G1603',
        naf: ['56.10C', '56.29'],
        contrats: [
          ['cdi', 2],
          ['cdd', 2],
        ],
      },
      {
        intitule: 'Réceptionniste de nuit',
        metier: 'Réceptionniste',
        rome: 'G1703',
        naf: ['55.10'],
        contrats: [['cdd', 1]],
      },
      {
        intitule: 'Femme / valet de chambre',
        metier: 'Valet de chambre',
        rome: 'G1501',
        naf: ['55.10', '55.30'],
        contrats: [['cdd', 1]],
      },
    ],
  },
  agroalimentaire: {
    poids: 6,
    zone: true,
    fonctions: ['Responsable de production', 'Responsable RH', 'Chef d’équipe', 'Chargé de recrutement'],
    offres: [
      {
        intitule: 'Opérateur(trice) de production agroalimentaire',
        metier: 'Opérateur de production',
        rome: 'H2102',
        contrats: [
          ['interim', 3],
          ['cdd', 3],
          ['professionnalisation', 1],
        ],
      },
      {
        intitule: 'Agent(e) de conditionnement',
        metier: 'Agent de conditionnement',
        rome: 'H3302',
        contrats: [
          ['cdd', 3],
          ['interim', 2],
        ],
      },
      {
        intitule: 'Conducteur(trice) de ligne en alternance',
        metier: 'Conducteur de ligne',
        rome: 'H2102',
        naf: ['10.7', '10.82', '10.39', '10.13'],
        contrats: [
          ['professionnalisation', 2],
          ['apprentissage', 1],
        ],
      },
    ],
  },
  industrie: {
    poids: 8,
    zone: true,
    fonctions: ['Responsable de production', 'Responsable RH', 'Chef d’atelier', 'Dirigeant'],
    offres: [
      {
        intitule: 'Opérateur(trice) de fabrication',
        metier: 'Opérateur de fabrication',
        rome: 'H2909',
        contrats: [
          ['interim', 3],
          ['cdd', 2],
          ['pmsmp', 1],
        ],
      },
      {
        intitule: 'Piqueur(se) en chaussure',
        metier: 'Piqueur en chaussure',
        rome: 'B1802',
        naf: ['15.20', '15.12'],
        contrats: [
          ['cdd', 2],
          ['professionnalisation', 2],
          ['cdi', 1],
        ],
      },
      {
        intitule: 'Soudeur(se)',
        metier: 'Soudeur',
        rome: 'H2913',
        naf: ['25.', '30.30'],
        contrats: [
          ['cdi', 2],
          ['interim', 2],
          ['professionnalisation', 1],
        ],
      },
      {
        intitule: 'Conducteur(trice) de presse à injecter',
        metier: 'Régleur plasturgie',
        rome: 'H3201',
        naf: ['22.'],
        contrats: [
          ['cdd', 2],
          ['professionnalisation', 1],
        ],
      },
      {
        intitule: 'Agent(e) d’usinage – Bac pro en alternance',
        metier: 'Usineur',
        rome: 'H2903',
        naf: ['25.62', '30.30', '26.'],
        contrats: [['apprentissage', 1]],
      },
      {
        intitule: 'Menuisier(ère) d’atelier',
        metier: 'Menuisier',
        rome: 'H2206',
        naf: ['16.'],
        contrats: [
          ['apprentissage', 2],
          ['cdd', 1],
        ],
      },
    ],
  },
  agriculture: {
    poids: 6,
    zone: false,
    fonctions: ['Exploitant', 'Chef de culture', 'Responsable des saisonniers'],
    offres: [
      {
        intitule: 'Cueilleur(se) de fruits (saison)',
        metier: 'Cueilleur',
        rome: 'A1405',
        naf: ['01.24', '01.25'],
        contrats: [['cdd', 1]],
      },
      {
        intitule: 'Ouvrier(ère) agricole polyvalent(e)',
        metier: 'Ouvrier agricole',
        rome: 'A1414',
        naf: ['01.'],
        contrats: [
          ['cdd', 3],
          ['cdi', 1],
          ['apprentissage', 1],
        ],
      },
      {
        intitule: 'Ouvrier(ère) viticole',
        metier: 'Ouvrier viticole',
        rome: 'A1405',
        naf: ['01.21'],
        contrats: [['cdd', 1]],
      },
      {
        intitule: 'Agent(e) d’entretien des espaces verts',
        metier: 'Jardinier paysagiste',
        rome: 'A1203',
        naf: ['81.30', '01.30'],
        contrats: [
          ['apprentissage', 2],
          ['cdd', 2],
          ['pmsmp', 1],
        ],
      },
    ],
  },
  services: {
    poids: 4,
    zone: false,
    fonctions: ['Responsable d’agence', 'Gérant', 'Chef d’équipe', 'Responsable d’exploitation'],
    offres: [
      {
        intitule: 'Agent(e) de propreté',
        metier: 'Agent de propreté',
        rome: 'K2204',
        naf: ['81.21'],
        contrats: [
          ['cdd', 3],
          ['cdi', 2],
        ],
      },
      {
        intitule: 'Apprenti(e) coiffeur(se) – CAP Métiers de la coiffure',
        metier: 'Coiffeur',
        rome: 'D1202',
        naf: ['96.02'],
        contrats: [['apprentissage', 1]],
      },
      {
        intitule: 'Agent(e) de sécurité',
        metier: 'Agent de sécurité',
        rome: 'K2503',
        naf: ['80.10'],
        contrats: [
          ['cdd', 2],
          ['cdi', 1],
        ],
      },
    ],
  },
  interim: {
    poids: 5,
    zone: false,
    fonctions: ['Responsable d’agence', 'Chargé de recrutement', 'Attaché commercial'],
    offres: [
      {
        intitule: 'Missions de préparateur(trice) de commandes',
        metier: 'Préparateur de commandes',
        rome: 'N1103',
        contrats: [['interim', 1]],
      },
      {
        intitule: 'Missions d’opérateur(trice) de production',
        metier: 'Opérateur de production',
        rome: 'H2909',
        contrats: [['interim', 1]],
      },
      {
        intitule: 'Missions de manœuvre BTP',
        metier: 'Manœuvre',
        rome: 'F1704',
        contrats: [['interim', 1]],
      },
    ],
  },
  public: {
    poids: 4,
    zone: false,
    fonctions: ['Directeur', 'Responsable des ressources humaines', 'Encadrant technique', 'Coordinateur'],
    offres: [
      {
        intitule: 'Animateur(trice) périscolaire',
        metier: 'Animateur périscolaire',
        rome: 'G1203',
        naf: ['84.11', '88.99B', '55.90'],
        contrats: [
          ['contrat_aide', 3],
          ['cdd', 2],
        ],
      },
      {
        intitule: 'Agent(e) de crèche – CAP AEPE en alternance',
        metier: 'Agent de crèche',
        rome: 'K1303',
        naf: ['88.91'],
        contrats: [
          ['apprentissage', 2],
          ['cdd', 1],
        ],
      },
      {
        intitule: 'Salarié(e) polyvalent(e) en chantier d’insertion',
        metier: 'Agent polyvalent',
        rome: 'K2304',
        naf: ['88.99B', '38.32'],
        contrats: [['iae', 1]],
      },
      {
        intitule: 'Agent(e) d’entretien des locaux',
        metier: 'Agent d’entretien',
        rome: 'K2204',
        naf: ['84.11', '85.31', '55.90'],
        contrats: [
          ['contrat_aide', 2],
          ['cdd', 1],
        ],
      },
      {
        intitule: 'Agent(e) d’entretien des espaces publics',
        metier: 'Agent d’espaces verts',
        rome: 'A1203',
        naf: ['84.11', '88.99B'],
        contrats: [
          ['contrat_aide', 2],
          ['iae', 1],
        ],
      },
    ],
  },
};

/** Unskilled site work: short contracts, intérim, some immersions first. */
function contratsDeChantier(): readonly (readonly [TypeContratOffre, number])[] {
  return [
    ['cdd', 3],
    ['interim', 2],
    ['cdi', 1],
    ['pmsmp', 1],
  ];
}

export interface EntrepriseDemo {
  nom: string;
  secteur: CleSecteur;
  naf: string;
  tranche: TrancheEffectif;
  /** INSEE code of the establishment's commune (LIEUX). */
  insee: string;
  /** In a quartier prioritaire (a few shops and social employers of Valence and Romans). */
  qpv?: boolean;
  /** Another establishment of the same legal unit: the name of the first one in ENTREPRISES. */
  memeSirenQue?: string;
  /** Named as an employer by the demo's paths: in the file the ML brought over on day one. */
  historique?: boolean;
}

function e(
  nom: string,
  secteur: CleSecteur,
  naf: string,
  tranche: TrancheEffectif,
  insee: string,
  autres: Partial<Pick<EntrepriseDemo, 'qpv' | 'memeSirenQue' | 'historique'>> = {},
): EntrepriseDemo {
  return { nom, secteur, naf, tranche, insee, ...autres };
}

const H = { historique: true } as const;

/** Communes of the establishments outside the demo's territory (across the Rhône, Tain). */
export const LIEUX_HORS_TERRITOIRE: readonly { insee: string; nom: string; codePostal: string }[] = [
  { insee: '26347', nom: 'Tain-l’Hermitage', codePostal: '26600' },
  { insee: '07324', nom: 'Tournon-sur-Rhône', codePostal: '07300' },
  { insee: '07102', nom: 'Guilherand-Granges', codePostal: '07500' },
];

/** Business parks, by commune, for the sectors that sit in one. */
export const ZONES: Readonly<Record<string, readonly string[]>> = {
  '26281': ['ZA des Allobroges', 'ZI de la Monnaie', 'Parc d’activités des Revols'],
  '26057': ['ZA Pierre-Blanche', 'ZA des Plantas'],
  '26362': ['ZI Briffaut', 'Parc d’activités de Lautagne', 'ZA des Auréats'],
  '26058': ['ZI de la Motte', 'ZA du Gaulois'],
  '26252': ['ZI Les Couleures', 'ZA de l’Écosite'],
  '26004': ['Parc d’activités Rovaltain', 'ZA Les Chasses'],
  '26088': ['ZA Les Bérauds'],
  '26217': ['ZA du Mas'],
  '26108': ['ZA de la Condamine', 'ZI des Auberts'],
  '26165': ['ZA des Petits-Robins'],
  '26166': ['ZI de Champgrand'],
  '26347': ['ZA des Lauves'],
  '26301': ['ZA des Goules'],
  '26064': ['ZA Les Gaulois'],
};

/**
 * 150 establishments. Around Romans and Bourg-de-Péage first (the antenne the chargé(e) de
 * relation entreprises covers most), then Valence, Crest and the Diois.
 */
export const ENTREPRISES: readonly EntrepriseDemo[] = [
  // Boulangeries, pâtisseries, métiers de bouche.
  e('Boulangerie Fayolle', 'boulangerie', '10.71C', '1_9', '26281'),
  e('Au Fournil de Jacquemart', 'boulangerie', '10.71C', '1_9', '26281', { qpv: true }),
  e('Boulangerie-Pâtisserie Les Pognes de Romans', 'boulangerie', '10.71C', '10_49', '26281'),
  e('Maison Chaix, boulanger', 'boulangerie', '10.71C', '1_9', '26057'),
  e('Le Pain de Mours', 'boulangerie', '10.71C', '1_9', '26217'),
  e('Boulangerie du Vercors', 'boulangerie', '10.71C', '1_9', '26307'),
  e('Pâtisserie Reynaud', 'boulangerie', '10.71D', '1_9', '26362'),
  e('Boulangerie de Fontbarlettes', 'boulangerie', '10.71C', '1_9', '26362', { qpv: true }),
  e('Fournil de Saint-Donat', 'boulangerie', '10.71C', '1_9', '26301'),
  e('Boulangerie des Trois-Becs', 'boulangerie', '10.71C', '1_9', '26108'),
  e('Aux Délices du Diois', 'boulangerie', '10.71C', '1_9', '26113'),
  e('Boucherie Veyrier', 'alimentation', '47.22Z', '1_9', '26281'),
  e('Charcuterie-traiteur Blanc', 'alimentation', '10.13B', '1_9', '26057'),
  e('Boucherie du Marché', 'alimentation', '47.22Z', '1_9', '26362'),
  e('Maison Garnier, traiteur', 'alimentation', '56.21Z', '10_49', '26004'),
  // Garages et centres auto.
  e('Garage Moulin', 'garage', '45.20A', '1_9', '26281', H),
  e('Norauto Valence', 'garage', '45.32Z', '10_49', '26362', H),
  e('Speedy Romans', 'garage', '45.20A', '1_9', '26281', H),
  e('Garage des Allobroges', 'garage', '45.20A', '1_9', '26281'),
  e('Romans Automobiles', 'garage', '45.11Z', '10_49', '26281'),
  e('Carrosserie Péageoise', 'garage', '45.20A', '1_9', '26057'),
  e('Garage Bouvier et fils', 'garage', '45.20A', '1_9', '26088'),
  e('Valence Poids Lourds Services', 'garage', '45.20B', '10_49', '26058'),
  e('Garage de la Gervanne', 'garage', '45.20A', '1_9', '26108'),
  e('Auto Contrôle Drôme', 'garage', '71.20A', '1_9', '26362'),
  e('Garage du Royans', 'garage', '45.20A', '1_9', '26307'),
  e('Diois Motoculture', 'garage', '45.40Z', '1_9', '26113'),
  // Bâtiment et travaux publics.
  e('Chabert BTP', 'btp', '41.20B', '50_249', '26281', H),
  e('SARL Roux Maçonnerie', 'btp', '43.99C', '1_9', '26057', H),
  e('Eiffage Valence', 'btp', '41.20B', '50_249', '26362', H),
  e('Peinture Moulin', 'btp', '43.34Z', '1_9', '26362', H),
  e('Entreprise Faure Bâtiment', 'btp', '43.99C', '10_49', '26281'),
  e('Électricité Brunel', 'btp', '43.21A', '1_9', '26057'),
  e('Plomberie Chauffage Drômois', 'btp', '43.22B', '1_9', '26281'),
  e('Couverture Giraud', 'btp', '43.91B', '1_9', '26217'),
  e('Maisons de l’Isère', 'btp', '41.20A', '10_49', '26004'),
  e('Travaux Publics Rhône-Isère', 'btp', '42.11Z', '50_249', '26088'),
  e('Menuiserie Poulet', 'btp', '43.32A', '1_9', '26301'),
  e('Sols et Façades Romanais', 'btp', '43.34Z', '10_49', '26281'),
  e('Vercors Charpente', 'btp', '43.91A', '10_49', '26307'),
  e('Maçonnerie Gervanne', 'btp', '43.99C', '1_9', '26108'),
  e('Isolation Valentinoise', 'btp', '43.29A', '10_49', '26058'),
  e('Électricité Crestoise', 'btp', '43.21A', '1_9', '26108'),
  e('Terrassement du Diois', 'btp', '43.12A', '1_9', '26113'),
  // Logistique et transport.
  e('Entrepôts Jacquet Portes-lès-Valence', 'logistique', '52.10B', '50_249', '26252', H),
  e('Transports Gontard', 'logistique', '49.41A', '50_249', '26281', H),
  e('Transports Gontard – agence de Portes', 'logistique', '49.41A', '10_49', '26252', {
    memeSirenQue: 'Transports Gontard',
  }),
  e('Plateforme Leclerc Romans', 'logistique', '52.10B', '250_plus', '26281', H),
  e('Rovaltain Logistique', 'logistique', '52.10B', '50_249', '26004'),
  e('Messagerie Drôme Express', 'logistique', '52.29A', '10_49', '26058'),
  e('Transports Magnan', 'logistique', '49.41B', '10_49', '26057'),
  e('Logistique du Dauphiné', 'logistique', '52.10B', '50_249', '26088'),
  e('Livraisons Valentinoises', 'logistique', '53.20Z', '10_49', '26362'),
  e('Entrepôt frigorifique de Loriol', 'logistique', '52.10A', '50_249', '26166'),
  e('Transports Chapuis', 'logistique', '49.41A', '10_49', '26165'),
  e('Déménagements Peyrard', 'logistique', '49.42Z', '1_9', '26362'),
  // Santé, EHPAD, aide à domicile.
  e('EHPAD Les Tilleuls', 'sante', '87.10A', '50_249', '26281', H),
  e('ADMR de la Drôme', 'sante', '88.10A', '250_plus', '26362', H),
  e('Clinique générale de Valence', 'sante', '86.10Z', '250_plus', '26362', H),
  e('Centre hospitalier de Crest', 'sante', '86.10Z', '250_plus', '26108', H),
  e('Hôpitaux Drôme Nord – site de Romans', 'sante', '86.10Z', '250_plus', '26281'),
  e('EHPAD La Maison du Parc', 'sante', '87.10A', '50_249', '26057'),
  e('Résidence Les Clématites', 'sante', '87.10A', '50_249', '26301'),
  e('EHPAD Val de Drôme', 'sante', '87.10A', '50_249', '26165'),
  e('Aide et Présence Romans', 'sante', '88.10A', '50_249', '26281', { qpv: true }),
  e('Domicile Services Drôme', 'sante', '88.10A', '10_49', '26362'),
  e('Foyer d’accueil médicalisé Les Écureuils', 'sante', '87.30A', '50_249', '26088'),
  e('EHPAD du Diois', 'sante', '87.10A', '50_249', '26113'),
  // Commerce.
  e('Carrefour Market Valence', 'commerce', '47.11D', '50_249', '26362', H),
  e('Intermarché Romans', 'commerce', '47.11D', '50_249', '26281', H),
  e('Lidl Bourg-lès-Valence', 'commerce', '47.11D', '10_49', '26058', H),
  e('Decathlon Valence', 'commerce', '47.64Z', '50_249', '26362', H),
  e('Super U Bourg-de-Péage', 'commerce', '47.11D', '50_249', '26057'),
  e('Hypermarché des Allobroges', 'commerce', '47.11F', '250_plus', '26281'),
  e('Boutique Élégance', 'commerce', '47.71Z', '1_9', '26281'),
  e('Chaussures Romanaises', 'commerce', '47.72A', '1_9', '26281'),
  e('Bricolage de la Savasse', 'commerce', '47.52B', '50_249', '26057'),
  e('Jardinerie du Pont-des-Anglais', 'commerce', '47.76Z', '10_49', '26362'),
  e('Pharmacie de la Presle', 'commerce', '47.73Z', '1_9', '26281', { qpv: true }),
  e('Épicerie solidaire Fontbarlettes', 'commerce', '47.11B', '1_9', '26362', { qpv: true }),
  e('Sport 2000 Crest', 'commerce', '47.64Z', '1_9', '26108'),
  e('Carrefour Contact Die', 'commerce', '47.11C', '10_49', '26113'),
  e('Biocoop Valence Sud', 'commerce', '47.11B', '10_49', '26362'),
  e('Meubles Drôme Ardèche', 'commerce', '47.59A', '10_49', '07102'),
  e('Leclerc Tournon', 'commerce', '47.11F', '250_plus', '07324'),
  // Hôtellerie et restauration.
  e('Brasserie du Champ-de-Mars', 'hotellerie', '56.10A', '10_49', '26362', H),
  e('Hôtel Les Négociants', 'hotellerie', '55.10Z', '10_49', '26281', H),
  e('Crêperie du Vieux-Valence', 'hotellerie', '56.10A', '1_9', '26362', H),
  e('Pizzeria Bella Crest', 'hotellerie', '56.10C', '1_9', '26108', H),
  e('Restaurant La Cloche', 'hotellerie', '56.10A', '1_9', '26281'),
  e('Le Bistrot de la Place Jacquemart', 'hotellerie', '56.10A', '10_49', '26281'),
  e('Hôtel du Golf de Chatuzange', 'hotellerie', '55.10Z', '10_49', '26088'),
  e('Burger Isère – Bourg-de-Péage', 'hotellerie', '56.10C', '10_49', '26057'),
  e('Restaurant scolaire Sud Rhône Alpes', 'hotellerie', '56.29A', '50_249', '26362'),
  e('Auberge du Vercors', 'hotellerie', '55.10Z', '1_9', '26074'),
  e('Hôtel-restaurant Les Falaises', 'hotellerie', '55.10Z', '10_49', '26289'),
  e('Café des Sports', 'hotellerie', '56.30Z', '1_9', '26113'),
  e('Traiteur Rhône-Alpes Événements', 'hotellerie', '56.21Z', '10_49', '26058'),
  e('Camping Le Diois', 'hotellerie', '55.30Z', '1_9', '26167'),
  e('Kebab Le Palais', 'hotellerie', '56.10C', '1_9', '26281', { qpv: true }),
  e('Hôtel Rhône Valley', 'hotellerie', '55.10Z', '10_49', '07102'),
  // Agroalimentaire.
  e('Chocolaterie Valrhona', 'agroalimentaire', '10.82Z', '250_plus', '26347', H),
  e('Ravioles de Saint-Jean', 'agroalimentaire', '10.73Z', '50_249', '26307'),
  e('Fromagerie du Vercors', 'agroalimentaire', '10.51C', '10_49', '26074'),
  e('Conserverie de la Drôme', 'agroalimentaire', '10.39A', '50_249', '26057'),
  e('Biscuiterie de l’Isère', 'agroalimentaire', '10.72Z', '10_49', '26281'),
  e('Pognes et Suisses Industrie', 'agroalimentaire', '10.71A', '50_249', '26004'),
  e('Clairette Die Vignerons', 'agroalimentaire', '11.02B', '50_249', '26113'),
  e('Salaisons du Royans', 'agroalimentaire', '10.13A', '10_49', '26307'),
  // Industrie.
  e('Thales Valence', 'industrie', '30.30Z', '250_plus', '26362', H),
  e('Plasturgie Drômoise', 'industrie', '22.29A', '50_249', '26281', H),
  e('Manufacture de chaussures de Romans', 'industrie', '15.20Z', '50_249', '26281'),
  e('Atelier de piqûre Isère Cuir', 'industrie', '15.12Z', '10_49', '26057'),
  e('Mécanique de précision Revol', 'industrie', '25.62B', '10_49', '26088'),
  e('Chaudronnerie Valentinoise', 'industrie', '25.11Z', '10_49', '26252'),
  e('Menuiseries Industrielles du Royans', 'industrie', '16.23Z', '50_249', '26307'),
  e('Emballages Rhône-Isère', 'industrie', '17.21A', '50_249', '26217'),
  e('Crest Composites', 'industrie', '22.29A', '10_49', '26108'),
  e('Tanneries Romanaises', 'industrie', '15.11Z', '10_49', '26281'),
  e('Électronique Rovaltain', 'industrie', '26.11Z', '50_249', '26004'),
  // Agriculture et espaces verts.
  e('Vergers de la Vallée', 'agriculture', '01.24Z', '10_49', '26057', H),
  e('Pépinières Bouvier', 'agriculture', '01.30Z', '10_49', '26088', H),
  e('Coopérative de Die', 'agriculture', '01.21Z', '50_249', '26113', H),
  e('EARL Les Noyers de l’Isère', 'agriculture', '01.25Z', '1_9', '26301'),
  e('Maraîchage Bio de Chabeuil', 'agriculture', '01.13Z', '1_9', '26064'),
  e('Domaine des Coteaux de Tain', 'agriculture', '01.21Z', '10_49', '26347'),
  e('Paysages du Royans', 'agriculture', '81.30Z', '1_9', '26307'),
  e('Espaces Verts Valentinois', 'agriculture', '81.30Z', '10_49', '26058'),
  e('GAEC de la Gervanne', 'agriculture', '01.41Z', '1_9', '26131'),
  e('Lavande et Plantes du Diois', 'agriculture', '01.28Z', '1_9', '26086'),
  // Services.
  e('Nettoyage Industriel Drômois', 'services', '81.21Z', '50_249', '26281'),
  e('Propreté Valence Services', 'services', '81.21Z', '50_249', '26362', { qpv: true }),
  e('Salon Coiffure Isabelle', 'services', '96.02A', '1_9', '26057'),
  e('Atelier Coiffure Romans', 'services', '96.02A', '1_9', '26281'),
  e('Sécurité Gardiennage Rhône-Alpes', 'services', '80.10Z', '50_249', '26362'),
  e('Pressing du Centre', 'services', '96.01B', '1_9', '26108'),
  // Travail temporaire.
  e('Adecco Valence', 'interim', '78.20Z', '10_49', '26362', H),
  e('Manpower Romans', 'interim', '78.20Z', '1_9', '26281', H),
  e('Randstad Valence', 'interim', '78.20Z', '1_9', '26362', H),
  e('Synergie Crest', 'interim', '78.20Z', '1_9', '26108', H),
  // Employeurs publics et associatifs.
  e('Ville de Valence', 'public', '84.11Z', '250_plus', '26362', H),
  e('Mairie de Crest', 'public', '84.11Z', '50_249', '26108', H),
  e('Mairie de Bourg-lès-Valence', 'public', '84.11Z', '250_plus', '26058', H),
  e('Communauté de communes du Diois', 'public', '84.11Z', '50_249', '26113', H),
  e('Centre social de Fontbarlettes', 'public', '88.99B', '10_49', '26362', { ...H, qpv: true }),
  e('Crèche Les Petits Loups', 'public', '88.91A', '10_49', '26362', H),
  e('Association Habitat Jeunes', 'public', '55.90Z', '10_49', '26362', H),
  e('Collège Jean-Macé', 'public', '85.31Z', '50_249', '26058', H),
  e('Régie de quartier de Valence', 'public', '88.99B', '10_49', '26362', { ...H, qpv: true }),
  e('Emmaüs Romans (chantier d’insertion)', 'public', '88.99B', '10_49', '26281', H),
  e('Les Jardins de Crest (chantier d’insertion)', 'public', '88.99B', '10_49', '26108', H),
  e('Recyclerie Drôme Nord', 'public', '38.32Z', '10_49', '26281', H),
];

/** What a chargé(e) de relation entreprises notes after an act, by type. */
export const NOTES_ACTES: Readonly<Record<string, readonly string[]>> = {
  contact_telephone: [
    'Point sur les besoins de recrutement des prochains mois.',
    'Appel de suivi : l’employeur est satisfait des candidatures reçues.',
    'Relance sur l’offre en cours ; l’employeur attend encore deux candidatures.',
    'Premier contact : présentation de la Mission Locale et de l’offre de service.',
    'L’employeur cherche un(e) apprenti(e) pour la rentrée de septembre.',
  ],
  visite: [
    'Visite de l’atelier avec le gérant ; postes accessibles sans qualification repérés.',
    'Visite du site : conditions de travail et horaires présentés, accès en bus compliqué le matin.',
    'Rencontre avec la responsable RH : besoins saisonniers à anticiper dès avril.',
    'Visite de l’entreprise avec deux jeunes intéressés par le métier.',
  ],
  courriel: [
    'Envoi de la plaquette Mission Locale et des contacts de l’équipe.',
    'Transmission de trois CV de jeunes suivis.',
    'Envoi des informations sur les aides à l’embauche d’un apprenti.',
  ],
  presentation_aides: [
    'Présentation de l’aide à l’embauche des apprentis et du contrat de professionnalisation.',
    'Présentation du PEC et des emplois francs (quartier prioritaire).',
    'Information sur l’aide à l’embauche des travailleurs handicapés (AGEFIPH).',
  ],
  immersion: [
    'Convention PMSMP signée : deux semaines de découverte du métier.',
    'Mise en place d’une immersion pour confirmer un projet en alternance.',
  ],
  suivi_emploi: [
    'Point à un mois avec le tuteur : bonne intégration, ponctualité à surveiller.',
    'Visite de suivi : le jeune progresse, l’employeur envisage une prolongation.',
    'Point de fin de période d’essai : contrat confirmé.',
    'Échange avec le maître d’apprentissage sur le rythme au CFA.',
  ],
  mediation: [
    'Médiation après des retards répétés : engagement du jeune, point dans un mois.',
    'Médiation sur les horaires : aménagement trouvé avec l’employeur.',
  ],
  forum: [
    'Rencontre au forum de l’alternance de Romans.',
    'Participation au job dating de la Mission Locale : 12 jeunes reçus.',
    'Stand au forum des métiers de Valence.',
  ],
  information_rse: [
    'Présentation des actions RSE possibles : parrainage, visites de classes, immersions.',
    'Information sur le label « Entreprise inclusive » et le parrainage de jeunes.',
  ],
};

/** Next actions a chargé(e) plans after an act. */
export const PROCHAINES_ACTIONS: readonly string[] = [
  'Rappeler pour les besoins en alternance de septembre',
  'Envoyer des candidatures sur le poste',
  'Faire le point sur la période d’essai',
  'Relancer pour la réponse aux candidatures',
  'Proposer une visite de l’entreprise à des jeunes',
  'Présenter les aides à l’embauche au gérant',
  'Inviter au prochain job dating',
  'Point avec le tuteur avant la fin du contrat',
];

/** Comments of a "non retenu", for the motif « autre ». */
export const COMMENTAIRES_AUTRE: readonly string[] = [
  'Poste finalement pourvu en interne.',
  'Horaires de nuit incompatibles avec la garde de son enfant.',
  'L’employeur a reporté le recrutement à l’automne.',
];

/** What a notes field of a firm holds. */
export const NOTES_ENTREPRISES: readonly string[] = [
  'Recrute surtout en apprentissage à la rentrée ; préfère rencontrer les jeunes avant tout CV.',
  'Accès difficile sans véhicule : privilégier des jeunes avec permis ou du secteur.',
  'Employeur fidèle : accueille régulièrement des PMSMP.',
  'Besoins saisonniers de mai à septembre ; contacter dès mars.',
  'Tuteur très impliqué ; peut parrainer un jeune.',
  'Intéressé par le parrainage et les visites de classes.',
];
