/**
 * The demo's training programme (issue 7): the kinds of action each funder buys every year, with
 * realistic titles, durations, places and prerequisites; the training needs the programme leaves
 * without answer; and the words the référents type (commissions, bilans, comments). Training
 * bodies are partners of the demo's directory (`donneesAnnuaire.ts`), named here as written there.
 */
import type { DomaineFormation, Financeur, RaisonBesoin, TypeFormation } from '../../contract/referentielsFormation';
import type { Niveau } from '../../contract/referentielsParcours';

/** The programmes bought each year, in the order the référent formation reads them. */
export const PROGRAMMES = ['prf_qualifiant', 'prf_prequalifiant', 'france_travail', 'etat', 'agefiph'] as const;
export type ProgrammeDemo = (typeof PROGRAMMES)[number];

export interface ProgrammeTypeDemo {
  financeur: Financeur;
  /** As the funder names it, for the actions starting in `an`. */
  libelle: (an: number) => string;
  /** The funder's number of the n-th action of the year; null: the funder gives none. */
  reference: (an: number, n: number) => string | null;
  /** Share of the year's actions. */
  part: number;
  /** Start months (1-12) and their weights. */
  mois: readonly (readonly [number, number])[];
  /** Whether candidacies go before an entry commission (else the body recruits by interview). */
  commission: number;
}

const deux = (n: number) => String(n).padStart(2, '0');

export const PROGRAMMES_TYPES: Record<ProgrammeDemo, ProgrammeTypeDemo> = {
  prf_qualifiant: {
    financeur: 'region',
    libelle: (an) => `Programme régional de formation ${an} — parcours qualifiants`,
    reference: (an, n) => `PRF${an}-Q-${deux(n)}`,
    part: 0.38,
    mois: [
      [9, 25],
      [10, 25],
      [11, 10],
      [1, 15],
      [2, 15],
      [3, 10],
    ],
    commission: 1,
  },
  prf_prequalifiant: {
    financeur: 'region',
    libelle: (an) => `Programme régional de formation ${an} — parcours pré-qualifiants`,
    reference: (an, n) => `PRF${an}-PQ-${deux(n)}`,
    part: 0.3,
    mois: [
      [9, 20],
      [10, 20],
      [11, 15],
      [1, 15],
      [2, 10],
      [3, 10],
      [4, 5],
      [5, 5],
    ],
    commission: 1,
  },
  france_travail: {
    financeur: 'france_travail',
    libelle: (an) => `France Travail ${an} — POE collectives et AFPR`,
    // AFPR are individual conventions: some actions carry no programme number.
    reference: (an, n) => (n % 4 === 0 ? null : `POEC-26-${an}-${String(n).padStart(3, '0')}`),
    part: 0.2,
    mois: [
      [1, 8],
      [2, 10],
      [3, 12],
      [4, 12],
      [5, 10],
      [6, 6],
      [9, 14],
      [10, 14],
      [11, 10],
    ],
    commission: 0.4,
  },
  etat: {
    financeur: 'etat',
    libelle: (an) => `État ${an} — Prépa apprentissage et parcours d’insertion (PIC)`,
    reference: (an, n) => `PIC-PA-${an}-${deux(n)}`,
    part: 0.08,
    mois: [
      [9, 30],
      [10, 25],
      [1, 25],
      [2, 20],
    ],
    commission: 1,
  },
  agefiph: {
    financeur: 'agefiph',
    libelle: (an) => `Agefiph ${an} — actions de formation des travailleurs handicapés`,
    reference: (an, n) => `AGF-ARA-${an}-${deux(n)}`,
    part: 0.04,
    mois: [
      [3, 50],
      [10, 50],
    ],
    commission: 1,
  },
};

/** A kind of action a programme buys; each year's actions are sessions of these. */
export interface ModeleActionDemo {
  programme: ProgrammeDemo;
  intitule: string;
  domaine: DomaineFormation;
  type: TypeFormation;
  certification: string | null;
  /** Names of partners of the demo's directory that run it. */
  organismes: readonly string[];
  /** Communes (INSEE) where sessions are held; default: the body's. */
  communes?: readonly string[];
  semaines: readonly [number, number];
  places: readonly [number, number];
  prerequis: string | null;
  niveauMinimum?: Niveau;
  ageMinimum?: number;
  ageMaximum?: number;
  /** Reserved to jeunes with an RQTH. */
  rqth?: boolean;
  description: string;
  /** The jeunes' projects (parcours objectives) it answers: they are positioned first. */
  projets: readonly string[];
  poids: number;
}

const AFPA = 'AFPA Valence';
const GRETA = 'GRETA Viva 5';
const E2C = 'École de la 2e chance Drôme-Ardèche';
const EPIDE = 'EPIDE de Lyon-Meyzieu';
const SAVOIRS = 'Association Savoirs pour tous';
const CFA_BTP = 'BTP CFA Drôme-Ardèche';
const CFA_IDM = 'CFA de l’Institut des métiers de la Drôme';
const GEIQ = 'GEIQ BTP Drôme-Ardèche';
const CCI = 'CCI de la Drôme';

const VALENCE = '26362';
const BOURG = '26058';
const ROMANS = '26281';
const CREST = '26108';
const DIE = '26113';

export const MODELES_ACTIONS: readonly ModeleActionDemo[] = [
  // Région, parcours qualifiants.
  {
    programme: 'prf_qualifiant',
    intitule: 'CAP Cuisine en un an',
    domaine: 'G',
    type: 'qualifiante',
    certification: 'CAP Cuisine',
    organismes: [GRETA],
    communes: [VALENCE, ROMANS],
    semaines: [34, 40],
    places: [10, 14],
    prerequis:
      'Projet validé dans la restauration (une immersion en cuisine conseillée). Tests de positionnement en français et en mathématiques, entretien de motivation.',
    ageMinimum: 18,
    description:
      'Enseignements professionnels en cuisine pédagogique, enseignements généraux adaptés et 12 semaines de stage en restaurant ; passage du CAP en juin.',
    projets: ['restauration et hôtellerie'],
    poids: 3,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Agent de propreté et d’hygiène',
    domaine: 'K',
    type: 'qualifiante',
    certification: 'TP Agent de propreté et d’hygiène',
    organismes: [AFPA],
    communes: [BOURG, ROMANS],
    semaines: [16, 20],
    places: [10, 14],
    prerequis:
      'Aucun diplôme requis. Comprendre des consignes écrites simples ; pas de contre-indication à la station debout ni au port de charges.',
    description:
      'Nettoyage manuel et mécanisé des locaux, protocoles d’hygiène en milieu sensible, relation client ; deux périodes en entreprise.',
    projets: [],
    poids: 2,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Préparateur de commandes en entrepôt (CACES R489 1, 3 et 5)',
    domaine: 'N',
    type: 'qualifiante',
    certification: 'TP Préparateur de commandes en entrepôt',
    organismes: [AFPA],
    communes: [BOURG],
    semaines: [14, 18],
    places: [12, 16],
    prerequis: 'Aptitude médicale à la conduite d’engins et au port de charges. Savoir lire une étiquette et compter.',
    ageMinimum: 18,
    description:
      'Préparation de commandes au scanner, réception et stockage, conduite de chariots avec passage des CACES R489 catégories 1, 3 et 5 ; stage en plateforme logistique.',
    projets: ['logistique'],
    poids: 3,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Vendeur conseil en magasin',
    domaine: 'D',
    type: 'qualifiante',
    certification: 'TP Vendeur conseil en magasin',
    organismes: [GRETA, CCI],
    communes: [VALENCE, ROMANS],
    semaines: [26, 32],
    places: [10, 14],
    prerequis: 'Niveau 3 (CAP, BEP) ou une première expérience dans la vente ; aisance à l’oral.',
    niveauMinimum: 'niveau_3',
    description:
      'Accueil et conseil du client, vente additionnelle, tenue du rayon et de la caisse, bases de la vente en ligne ; 10 semaines en magasin.',
    projets: ['vente et commerce'],
    poids: 2,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Employé commercial en magasin',
    domaine: 'D',
    type: 'qualifiante',
    certification: 'TP Employé commercial',
    organismes: [AFPA],
    communes: [BOURG, CREST],
    semaines: [20, 26],
    places: [12, 15],
    prerequis: 'Savoirs de base en français et en calcul.',
    description:
      'Approvisionnement et mise en rayon, tenue de caisse, accueil et information du client ; stage en grande surface.',
    projets: ['vente et commerce'],
    poids: 2,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Maçon',
    domaine: 'F',
    type: 'qualifiante',
    certification: 'TP Maçon',
    organismes: [AFPA],
    communes: [BOURG],
    semaines: [30, 36],
    places: [10, 12],
    prerequis: 'Aptitude au travail en extérieur et en hauteur ; une immersion sur chantier validée.',
    ageMinimum: 18,
    description:
      'Maçonnerie de petits ouvrages, coffrage, ferraillage et béton armé, enduits ; plateau technique et stage en entreprise du bâtiment.',
    projets: ['bâtiment'],
    poids: 2,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Peintre en bâtiment',
    domaine: 'F',
    type: 'qualifiante',
    certification: 'TP Peintre en bâtiment',
    organismes: [AFPA],
    communes: [BOURG],
    semaines: [28, 32],
    places: [10, 12],
    prerequis: 'Pas d’allergie aux produits de peinture ; une immersion en entreprise conseillée.',
    description: 'Préparation des supports, mise en peinture, pose de revêtements muraux et de sols souples.',
    projets: ['bâtiment'],
    poids: 1,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Électricien d’équipement du bâtiment',
    domaine: 'F',
    type: 'qualifiante',
    certification: 'TP Électricien d’équipement du bâtiment',
    organismes: [AFPA],
    communes: [BOURG],
    semaines: [30, 36],
    places: [10, 12],
    prerequis: 'Niveau 3 conseillé ; bases de calcul (fractions, proportions). Tests d’entrée.',
    niveauMinimum: 'niveau_3',
    description:
      'Installations électriques des logements et locaux tertiaires, habilitation électrique, réseaux de communication.',
    projets: ['bâtiment', 'industrie'],
    poids: 1,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Agent de fabrication industrielle',
    domaine: 'H',
    type: 'qualifiante',
    certification: 'TP Agent de fabrication industrielle',
    organismes: [AFPA],
    communes: [BOURG, ROMANS],
    semaines: [16, 20],
    places: [10, 14],
    prerequis: 'Savoirs de base ; travail en équipes postées accepté.',
    description:
      'Conduite de machines de production, contrôle qualité, règles d’hygiène et de sécurité ; stage dans l’industrie romanaise et valentinoise.',
    projets: ['industrie'],
    poids: 2,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Assistant de vie aux familles',
    domaine: 'K',
    type: 'qualifiante',
    certification: 'TP Assistant de vie aux familles',
    organismes: [GRETA],
    communes: [VALENCE, CREST],
    semaines: [26, 30],
    places: [10, 14],
    prerequis: 'Intérêt pour l’aide aux personnes âgées ou handicapées ; permis B souhaité.',
    ageMinimum: 18,
    description:
      'Entretien du logement, aide à la personne dans les actes du quotidien, garde d’enfants à domicile ; stages en service d’aide à domicile.',
    projets: ['aide à la personne et soin', 'animation et petite enfance'],
    poids: 2,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Serveur en restauration',
    domaine: 'G',
    type: 'qualifiante',
    certification: 'TP Serveur en restauration',
    organismes: [GRETA],
    communes: [VALENCE],
    semaines: [20, 24],
    places: [10, 12],
    prerequis: 'Projet validé dans la restauration ; disponibilité en soirée et le week-end pendant les stages.',
    description: 'Mise en place de la salle, service à l’assiette et au plat, service des boissons, prise de commande.',
    projets: ['restauration et hôtellerie'],
    poids: 1,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'Titre professionnel Secrétaire assistant',
    domaine: 'M',
    type: 'qualifiante',
    certification: 'TP Secrétaire assistant',
    organismes: [GRETA],
    communes: [VALENCE],
    semaines: [30, 36],
    places: [10, 14],
    prerequis: 'Niveau bac ou équivalent ; bonne maîtrise de l’écrit et des outils bureautiques de base.',
    niveauMinimum: 'niveau_4',
    description:
      'Accueil, traitement du courrier, production de documents, suivi administratif des ressources humaines et des achats.',
    projets: [],
    poids: 1,
  },
  {
    programme: 'prf_qualifiant',
    intitule: 'CQP Opérateur service rapide (après-vente automobile)',
    domaine: 'I',
    type: 'qualifiante',
    certification: 'CQP Opérateur service rapide',
    organismes: [CFA_IDM],
    communes: [VALENCE],
    semaines: [16, 20],
    places: [8, 10],
    prerequis: 'Intérêt pour la mécanique ; une immersion en centre auto conseillée.',
    description: 'Entretien courant des véhicules, pneumatiques, freinage, accueil du client en centre auto.',
    projets: ['mécanique automobile'],
    poids: 1,
  },
  // Région, parcours pré-qualifiants et savoirs de base.
  {
    programme: 'prf_prequalifiant',
    intitule: 'Remise à niveau et certification Cléa',
    domaine: 'socle',
    type: 'remise_niveau',
    certification: 'Certificat Cléa',
    organismes: [GRETA],
    communes: [VALENCE, ROMANS, CREST, DIE],
    semaines: [10, 14],
    places: [10, 14],
    prerequis: 'Parler le français ; un projet d’entrée en formation qualifiante ou en emploi.',
    description:
      'Français, mathématiques, numérique et savoir-être professionnels en petits groupes, jusqu’à l’évaluation Cléa.',
    projets: [],
    poids: 4,
  },
  {
    programme: 'prf_prequalifiant',
    intitule: 'Savoirs de base : lire, écrire, compter au quotidien',
    domaine: 'socle',
    type: 'remise_niveau',
    certification: null,
    organismes: [SAVOIRS],
    communes: [ROMANS],
    semaines: [12, 16],
    places: [8, 10],
    prerequis: null,
    description: 'Lire un courrier, remplir un formulaire, compter et gérer un budget, utiliser un ordinateur.',
    projets: [],
    poids: 1,
  },
  {
    programme: 'prf_prequalifiant',
    intitule: 'Parcours d’orientation et de découverte des métiers',
    domaine: 'socle',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [AFPA, GRETA],
    communes: [BOURG, ROMANS, CREST],
    semaines: [8, 12],
    places: [12, 16],
    prerequis:
      'Jeunes sans projet professionnel défini ; disponibles à temps plein pour deux immersions en entreprise.',
    description:
      'Découverte de plateaux techniques, enquêtes métiers, deux périodes d’immersion, construction et validation d’un projet.',
    projets: [],
    poids: 3,
  },
  {
    programme: 'prf_prequalifiant',
    intitule: 'Prépa concours aide-soignant et auxiliaire de puériculture',
    domaine: 'J',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [GRETA],
    communes: [VALENCE],
    semaines: [12, 16],
    places: [12, 16],
    prerequis:
      'Projet validé par un stage ou une immersion en établissement de santé ; niveau 3 conseillé pour suivre le rythme.',
    niveauMinimum: 'niveau_3',
    ageMinimum: 17,
    description:
      'Préparation du dossier de sélection des instituts, biologie et culture sanitaire, entretiens blancs, stage en EHPAD.',
    projets: ['aide à la personne et soin'],
    poids: 2,
  },
  {
    programme: 'prf_prequalifiant',
    intitule: 'Parcours E2C : remise à niveau et projet professionnel',
    domaine: 'socle',
    type: 'pre_qualifiante',
    certification: 'Attestation de compétences acquises E2C',
    organismes: [E2C],
    communes: [VALENCE],
    semaines: [24, 30],
    places: [12, 16],
    prerequis: 'Jeunes de 16 à 25 ans sortis du système scolaire sans diplôme ni qualification.',
    ageMinimum: 16,
    ageMaximum: 25,
    description:
      'Parcours individualisé en alternance : remise à niveau, stages en entreprise, accompagnement social, projet professionnel.',
    projets: [],
    poids: 2,
  },
  {
    programme: 'prf_prequalifiant',
    intitule: 'Français langue étrangère à visée professionnelle',
    domaine: 'socle',
    type: 'remise_niveau',
    certification: 'DCL Français professionnel',
    organismes: [GRETA],
    communes: [VALENCE, ROMANS],
    semaines: [14, 18],
    places: [10, 14],
    prerequis: 'Non francophones ayant un projet d’emploi ou de formation qualifiante ; niveau A1 à l’oral.',
    description:
      'Français de la vie professionnelle, écrits du travail, préparation au diplôme de compétence en langue.',
    projets: [],
    poids: 1,
  },
  {
    programme: 'prf_prequalifiant',
    intitule: 'Découverte des métiers de l’hôtellerie-restauration',
    domaine: 'G',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [CFA_IDM, GRETA],
    communes: [VALENCE],
    semaines: [6, 8],
    places: [10, 12],
    prerequis: null,
    description:
      'Ateliers cuisine et service, visite d’établissements, immersion de deux semaines ; suite vers un CAP.',
    projets: ['restauration et hôtellerie'],
    poids: 1,
  },
  // France Travail: collective POE and AFPR.
  {
    programme: 'france_travail',
    intitule: 'POE collective Préparateur de commandes – CACES R489',
    domaine: 'N',
    type: 'qualifiante',
    certification: 'CACES R489 catégories 1, 3 et 5',
    organismes: [AFPA],
    communes: [BOURG],
    semaines: [6, 9],
    places: [10, 12],
    prerequis: 'Inscrit(e) à France Travail ; aptitude médicale à la conduite d’engins.',
    ageMinimum: 18,
    description:
      'Préparation opérationnelle à l’emploi avec les entrepôts de Portes-lès-Valence, qui s’engagent à recruter à l’issue.',
    projets: ['logistique'],
    poids: 3,
  },
  {
    programme: 'france_travail',
    intitule: 'POE collective Agent de service hospitalier',
    domaine: 'J',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [GRETA],
    communes: [VALENCE, ROMANS],
    semaines: [6, 8],
    places: [10, 12],
    prerequis: 'Inscrit(e) à France Travail ; vaccinations à jour.',
    description:
      'Bio-nettoyage, hygiène hospitalière, service des repas, relation avec les résidents ; stage en EHPAD partenaire.',
    projets: ['aide à la personne et soin'],
    poids: 2,
  },
  {
    programme: 'france_travail',
    intitule: 'POE collective Commis de cuisine – saison estivale',
    domaine: 'G',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [CFA_IDM],
    communes: [VALENCE],
    semaines: [6, 8],
    places: [10, 12],
    prerequis: 'Inscrit(e) à France Travail ; mobile pour un contrat saisonnier (Drôme, Ardèche, Alpes).',
    description:
      'Techniques de base, hygiène HACCP, travail en brigade ; recrutement par les établissements saisonniers.',
    projets: ['restauration et hôtellerie'],
    poids: 1,
  },
  {
    programme: 'france_travail',
    intitule: 'POE collective Conducteur de ligne en agroalimentaire',
    domaine: 'H',
    type: 'qualifiante',
    certification: 'CQP Conducteur de ligne',
    organismes: [AFPA, GRETA],
    communes: [ROMANS],
    semaines: [8, 10],
    places: [10, 12],
    prerequis: 'Inscrit(e) à France Travail ; horaires en 2x8 acceptés.',
    description:
      'Conduite et réglage de lignes de conditionnement, hygiène, qualité ; embauches prévues chez les industriels.',
    projets: ['industrie'],
    poids: 1,
  },
  {
    programme: 'france_travail',
    intitule: 'AFPR Coffreur-bancheur',
    domaine: 'F',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [GEIQ],
    semaines: [4, 6],
    places: [8, 10],
    prerequis: 'Recrutement par les entreprises du GEIQ ; contrat de professionnalisation à l’issue.',
    ageMinimum: 18,
    description:
      'Adaptation au poste avant l’embauche en contrat de professionnalisation : coffrage, sécurité sur chantier.',
    projets: ['bâtiment'],
    poids: 1,
  },
  {
    programme: 'france_travail',
    intitule: 'Titre professionnel Conducteur livreur sur véhicule utilitaire léger',
    domaine: 'N',
    type: 'qualifiante',
    certification: 'TP Conducteur livreur sur VUL',
    organismes: [AFPA],
    communes: [BOURG],
    semaines: [10, 12],
    places: [10, 12],
    prerequis: 'Permis B en cours de validité depuis au moins un an.',
    ageMinimum: 18,
    description: 'Conduite économique et sûre, chargement et arrimage, livraison et relation client.',
    projets: ['logistique'],
    poids: 1,
  },
  // État: prépa apprentissage and insertion in boarding school.
  {
    programme: 'etat',
    intitule: 'Prépa apprentissage BTP',
    domaine: 'F',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [CFA_BTP],
    semaines: [10, 14],
    places: [12, 15],
    prerequis: 'Jeunes de 16 à 29 ans souhaitant entrer en apprentissage dans le bâtiment.',
    ageMinimum: 16,
    ageMaximum: 29,
    description:
      'Découverte des métiers du bâtiment sur plateau technique, remise à niveau, recherche d’un employeur avec le développeur de l’apprentissage.',
    projets: ['bâtiment'],
    poids: 2,
  },
  {
    programme: 'etat',
    intitule: 'Prépa apprentissage métiers de l’artisanat',
    domaine: 'D',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [CFA_IDM],
    semaines: [10, 14],
    places: [12, 15],
    prerequis: 'Jeunes de 16 à 29 ans intéressés par l’alimentation, la coiffure ou l’automobile.',
    ageMinimum: 16,
    ageMaximum: 29,
    description: 'Ateliers métiers, stages chez des artisans, aide à la signature d’un contrat d’apprentissage.',
    projets: ['vente et commerce', 'mécanique automobile', 'restauration et hôtellerie'],
    poids: 1,
  },
  {
    programme: 'etat',
    intitule: 'Parcours d’insertion en internat EPIDE',
    domaine: 'socle',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [EPIDE],
    semaines: [32, 40],
    places: [8, 10],
    prerequis: 'Volontaires de 17 à 25 ans, peu ou pas diplômés ; vie en internat la semaine.',
    ageMinimum: 17,
    ageMaximum: 25,
    description:
      'Remise à niveau, projet professionnel, sport et citoyenneté, stages en entreprise ; allocation mensuelle.',
    projets: [],
    poids: 1,
  },
  // Agefiph.
  {
    programme: 'agefiph',
    intitule: 'Préparation à l’emploi des jeunes travailleurs handicapés',
    domaine: 'socle',
    type: 'pre_qualifiante',
    certification: null,
    organismes: [AFPA, GRETA],
    communes: [BOURG, VALENCE],
    semaines: [10, 12],
    places: [8, 10],
    prerequis: 'Reconnaissance de la qualité de travailleur handicapé (RQTH) obtenue ou en cours.',
    rqth: true,
    description:
      'Bilan des capacités, découverte de postes adaptés, stage en entreprise avec l’appui de Cap emploi ; rythme aménagé.',
    projets: [],
    poids: 1,
  },
];

/** The parcours objectives' project → the fields of training that answer it. */
export const DOMAINES_DU_PROJET: Readonly<Record<string, readonly DomaineFormation[]>> = {
  'vente et commerce': ['D'],
  logistique: ['N'],
  'restauration et hôtellerie': ['G'],
  'aide à la personne et soin': ['J', 'K'],
  bâtiment: ['F'],
  'espaces verts et agriculture': ['A'],
  'mécanique automobile': ['I'],
  'animation et petite enfance': ['K', 'G'],
  industrie: ['H'],
};

/** Where sessions held away from the body's address take place. */
export const LIEUX_SESSIONS: Readonly<Record<string, string>> = {
  '26362': 'Espace formation Latour-Maubourg, 5 rue Latour-Maubourg',
  '26058': 'Centre AFPA, 2 rue du Ventoux',
  '26281': 'Pôle formation de la Monnaie, 12 rue Pêcherie',
  '26108': 'Espace Coluche, 3 place du Marché',
  '26113': 'Maison France services, 2 rue Camille-Buffardel',
};

/** Training needs validated with a jeune and left without answer (objet, domaine, ROME, weight). */
export interface BesoinTypeDemo {
  objet: string;
  domaine: DomaineFormation;
  codeRome: string | null;
  /** The jeunes' project it comes from, if any (they are picked first). */
  projet?: string;
  poids: number;
}

export const BESOINS_SANS_ACTION: readonly BesoinTypeDemo[] = [
  {
    objet: 'CAPa Jardinier paysagiste',
    domaine: 'A',
    codeRome: 'A1203',
    projet: 'espaces verts et agriculture',
    poids: 5,
  },
  {
    objet: 'BPREA (responsable d’exploitation agricole)',
    domaine: 'A',
    codeRome: 'A1416',
    projet: 'espaces verts et agriculture',
    poids: 2,
  },
  { objet: 'Soigneur animalier', domaine: 'A', codeRome: 'A1501', poids: 2 },
  {
    objet: 'Auxiliaire de puériculture',
    domaine: 'J',
    codeRome: 'J1304',
    projet: 'animation et petite enfance',
    poids: 4,
  },
  { objet: 'Ambulancier', domaine: 'J', codeRome: 'J1305', poids: 2 },
  {
    objet: 'CAP Accompagnant éducatif petite enfance',
    domaine: 'K',
    codeRome: 'K1303',
    projet: 'animation et petite enfance',
    poids: 6,
  },
  {
    objet: 'BPJEPS Animation sociale',
    domaine: 'G',
    codeRome: 'G1203',
    projet: 'animation et petite enfance',
    poids: 3,
  },
  { objet: 'CAP Esthétique cosmétique parfumerie', domaine: 'D', codeRome: 'D1208', poids: 4 },
  { objet: 'CAP Métiers de la coiffure', domaine: 'D', codeRome: 'D1202', poids: 3 },
  {
    objet: 'Permis C et FIMO (conducteur poids lourd)',
    domaine: 'N',
    codeRome: 'N4101',
    projet: 'logistique',
    poids: 5,
  },
  { objet: 'CAP Maintenance des véhicules', domaine: 'I', codeRome: 'I1604', projet: 'mécanique automobile', poids: 4 },
  { objet: 'Technicien de maintenance industrielle', domaine: 'I', codeRome: 'I1304', projet: 'industrie', poids: 2 },
  { objet: 'Titre pro Développeur web et web mobile', domaine: 'M', codeRome: 'M1805', poids: 3 },
  { objet: 'Titre pro Comptable assistant', domaine: 'M', codeRome: 'M1203', poids: 1 },
  { objet: 'Titre pro Designer web', domaine: 'E', codeRome: 'E1205', poids: 2 },
  { objet: 'Technicien du spectacle (son et lumière)', domaine: 'L', codeRome: 'L1508', poids: 1 },
  { objet: 'CAP Ébéniste', domaine: 'B', codeRome: 'B1601', poids: 1 },
  { objet: 'Soudeur (CQPM)', domaine: 'H', codeRome: 'H2913', projet: 'industrie', poids: 2 },
];

/** Why a need found no answer, apart from "no action on the territory". */
export const RAISONS_AVEC_ACTION: readonly (readonly [Exclude<RaisonBesoin, 'aucune_action'>, number])[] = [
  ['prerequis', 15],
  ['places', 13],
  ['dates', 12],
  ['mobilite', 12],
  ['autre', 4],
];

export const COMMENTAIRES_BESOIN: Record<RaisonBesoin, readonly string[]> = {
  aucune_action: [
    'Aucune session sur le territoire cette année ; la plus proche est à Lyon, sans hébergement.',
    'Formation seulement en apprentissage : pas d’employeur trouvé pour l’instant.',
    'Demande remontée au référent formation pour la programmation de l’an prochain.',
    'Formation existante uniquement en voie scolaire.',
  ],
  prerequis: [
    'Niveau en français insuffisant aux tests : remise à niveau proposée d’abord.',
    'Projet pas encore confirmé par une immersion.',
    'Il faut le permis B, en cours de passage.',
  ],
  places: ['Session complète, liste d’attente.', 'Positionné(e) trop tard, plus de place à la commission.'],
  dates: [
    'La session démarre avant la fin de son contrat en cours.',
    'Prochaine session dans huit mois : trop tard pour le jeune.',
  ],
  mobilite: [
    'Pas de transport depuis le Diois aux horaires de la formation.',
    'Sans permis ni véhicule ; trajet de plus d’une heure.',
    'Formation en internat impossible (enfant à charge).',
  ],
  autre: ['Pas de rémunération possible pendant la formation.', 'Formation uniquement à distance : pas d’ordinateur.'],
};

export const COMMENTAIRES_POSITIONNEMENT: readonly string[] = [
  'Très motivé(e) ; immersion réussie dans le métier.',
  'Projet travaillé en entretien, à confirmer à l’information collective.',
  'Candidature envoyée avec le CV et la lettre de motivation.',
  'Proposé(e) par le référent d’action après l’atelier formation.',
  'Besoin d’une solution de garde pour suivre la formation à temps plein.',
  'Rémunération Région à vérifier avec le jeune.',
];

export const COMMENTAIRES_DESISTEMENT: readonly string[] = [
  'A trouvé un emploi entre-temps.',
  'Ne souhaite plus suivre la formation.',
  'Injoignable depuis l’information collective.',
  'Problème de transport, ne peut pas se rendre sur le lieu.',
  'Déménagement hors du territoire.',
];

export const COMMENTAIRES_NON_RETENU_AUTRE: readonly string[] = [
  'Action annulée par le financeur faute d’un nombre suffisant de stagiaires.',
];

export const COMMENTAIRES_ABANDON: readonly string[] = [
  'Arrêt pour raisons de santé.',
  'Embauché(e) en CDD avant la fin de la formation.',
  'Absences répétées, exclusion prononcée par l’organisme.',
  'Difficultés financières : ne pouvait plus payer le transport.',
  'Ne se retrouve pas dans le métier après le premier stage.',
];

export const NOTES_COMMISSION: readonly string[] = [
  'Candidatures examinées avec l’organisme à partir des tests et des entretiens.',
  'Commission tenue à l’organisme ; les jeunes non retenus sont informés par leur conseiller.',
  'Places complétées par des demandeurs d’emploi adultes positionnés par France Travail.',
  'Deux candidatures revues après l’immersion prévue la semaine prochaine.',
];

export const FONCTIONS_COMMISSION: readonly string[] = [
  'responsable pédagogique',
  'formatrice référente',
  'coordinatrice de l’action',
  'chargé des admissions',
];

export const BILANS_POINTS_FORTS: readonly string[] = [
  'Bonne dynamique de groupe ; stages trouvés rapidement grâce au réseau de l’organisme.',
  'Plateau technique apprécié des stagiaires ; liens réguliers entre le formateur et le référent d’action.',
  'Recrutement fluide : information collective bien préparée, candidatures complètes.',
  'Plusieurs promesses d’embauche avant la fin de la formation.',
];

export const BILANS_DIFFICULTES: readonly string[] = [
  'Problèmes de transport pour les jeunes des communes rurales.',
  'Quelques abandons liés à la rémunération, versée tardivement.',
  'Recrutement difficile : peu de candidatures malgré deux informations collectives.',
  'Niveau hétérogène en français, une remise à niveau en amont aurait aidé certains.',
];

export const BILANS_NOTES: readonly string[] = [
  'Bilan fait avec l’organisme et la conseillère France Travail ; action à reconduire.',
  'À reconduire en ajustant les pré-requis et le calendrier des stages.',
  'Point d’étape avec le formateur : assiduité correcte, deux jeunes à suivre de près.',
  'Le référent formation fera remonter les besoins de places supplémentaires au financeur.',
];

export const BILANS_INDIVIDUELS: readonly { apports: string; suite: string | null }[] = [
  {
    apports: 'Gestes professionnels acquis et confiance retrouvée ; bons retours du stage.',
    suite: 'Recherche d’emploi dans le métier, accompagnée par sa conseillère.',
  },
  {
    apports: 'Projet confirmé par les stages ; certification obtenue.',
    suite: 'Embauche en CDD chez l’entreprise de stage.',
  },
  {
    apports: 'Remise à niveau utile en français et en calcul.',
    suite: 'Entrée visée en formation qualifiante à la prochaine session.',
  },
  { apports: 'Rythme de travail repris ; projet à retravailler après un stage décevant.', suite: null },
  {
    apports: 'Compétences de base consolidées, autonomie dans les démarches.',
    suite: 'Candidatures en alternance en cours.',
  },
];
