/**
 * The demo Mission Locale's partner directory (issue 5): the actors of a Drôme-like territory,
 * with their data·inclusion services, the permanences they hold in the ML's sites, their
 * conventions and their seats on the board. Institutions are named as a conseiller would name
 * them; every person, address, phone number and e-mail is invented.
 *
 * Codes are typed against the contract (THEMATIQUES_DI, PUBLICS_DI...), so a wrong code does not
 * compile. Dates are relative to the demo's "now", so that a convention is always about to
 * expire and another one always past, whatever day the demo is generated.
 */
import type {
  College,
  FRAIS,
  MOBILISABLE_PAR,
  MODES_ACCUEIL,
  MODES_MOBILISATION,
  PublicDi,
  ThematiqueDi,
  TYPES_SERVICE,
  TypePartenaire,
} from '../../contract/referentielsAnnuaire';
import type { Dimension } from '../../contract/referentielsParcours';
import { COMMUNES } from './donnees';

/**
 * What a jeune is oriented for: a dimension of the diagnostic, plus alternance (a desk motif)
 * and handicap (an RQTH in the file).
 */
export type Besoin = Dimension | 'alternance' | 'handicap';

export interface ServiceDemo {
  nom: string;
  description: string;
  type: (typeof TYPES_SERVICE)[number];
  thematiques: readonly ThematiqueDi[];
  publics: readonly PublicDi[];
  publicsPrecisions?: string;
  conditionsAcces?: string;
  frais?: (typeof FRAIS)[number];
  fraisPrecisions?: string;
  modesAccueil?: readonly (typeof MODES_ACCUEIL)[number][];
  /** Commune INSEE codes, département codes, an EPCI SIREN or `france`; default the Drôme. */
  zone?: readonly string[];
  modesMobilisation?: readonly (typeof MODES_MOBILISATION)[number][];
  mobilisablePar?: readonly (typeof MOBILISABLE_PAR)[number][];
  mobilisationPrecisions?: string;
  lienMobilisation?: string;
  horaires?: string;
  volumeHoraire?: number;
  semaines?: number;
  /** Demo only: the needs a conseiller orients to this service for, and how often. */
  besoins: readonly Besoin[];
  poids?: number;
}

export interface PartenaireDemo {
  nom: string;
  type: TypePartenaire;
  /** First digits of the SIREN (its legal category: 1 State, 2 local authority, 7-8 association...); null: not known. */
  siren: string | null;
  /** A commune of the demo territory (COMMUNES), or a place outside it. */
  lieu: string | { insee: string; nom: string; codePostal: string };
  adresse: string;
  complement?: string;
  email: string;
  siteWeb: string | null;
  horaires: string;
  description: string | null;
  /** Functions of the 1-3 contacts (their names are drawn). */
  contacts: readonly string[];
  services: readonly ServiceDemo[];
  /** A regular presence in one of the ML's sites (index in SITES; ISO weekday). */
  permanence?: { site: number; jour: number; debut: string; fin: string; frequence: string; note?: string };
  /** Signed `signeeIlYaMois` months ago; expires `expireDansJours` from today (negative: expired; null: no term). */
  convention?: { objet: string; signeeIlYaMois: number; expireDansJours: number | null; note?: string };
  /** Seat on the board: the function of the person who sits (a woman or a man, for the title). */
  conseil?: { college: College; representant: string; femme: boolean };
  notes?: string;
}

/**
 * The Valence Romans agglomeration as a zone of eligibility: its communes of the demo territory
 * (those the siège and the Romans antenne serve). Spelled out rather than as the EPCI's SIREN,
 * which data·inclusion allows but a search by commune cannot resolve.
 */
const AGGLO = COMMUNES.filter((c) => c.site === 0 || c.site === 1).map((c) => c.insee);
const DIOIS = ['26113', '26167', '26086'] as const;
const TOUS = ['professionnels', 'usagers'] as const;
const PROS = ['professionnels'] as const;

export const PARTENAIRES_DEMO: readonly PartenaireDemo[] = [
  {
    nom: 'France Travail Valence',
    type: 'france_travail',
    siren: '13000',
    lieu: '26362',
    adresse: '5 rue Denis-Papin',
    email: 'ape.valence@francetravail-demo.fr',
    siteWeb: 'https://www.francetravail.fr',
    horaires: 'Lundi au vendredi 8h30-12h30 ; l’après-midi sur rendez-vous',
    description:
      'Agence France Travail du bassin valentinois : inscription, indemnisation, offres d’emploi et accompagnement des demandeurs d’emploi, en lien avec la Mission Locale pour les moins de 26 ans.',
    contacts: ['Directrice d’agence', 'Conseiller référent partenariat Mission Locale', 'Conseillère entreprises'],
    services: [
      {
        nom: 'Inscription et accompagnement des demandeurs d’emploi',
        description:
          'Inscription comme demandeur d’emploi, ouverture des droits à l’indemnisation et accompagnement dans la recherche d’emploi par un conseiller.',
        type: 'accompagnement',
        thematiques: [
          'trouver-un-emploi--repondre-a-des-offres-demploi',
          'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi',
        ],
        publics: ['demandeurs-emploi', 'jeunes', 'actifs'],
        modesAccueil: ['en-presentiel', 'a-distance'],
        zone: AGGLO,
        modesMobilisation: ['utiliser-lien-mobilisation', 'telephoner'],
        lienMobilisation: 'https://www.francetravail.fr/candidat/inscription',
        mobilisationPrecisions: 'Inscription en ligne, puis premier entretien à l’agence sous quinze jours.',
        besoins: ['emploi'],
        poids: 3,
      },
      {
        nom: 'Méthode de recherche d’emploi et ateliers candidature',
        description:
          'Ateliers collectifs d’une demi-journée : CV, lettre de motivation, entretien d’embauche, candidatures spontanées et utilisation des sites d’offres.',
        type: 'atelier',
        thematiques: [
          'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
          'trouver-un-emploi--convaincre-un-recruteur-en-entretien',
        ],
        publics: ['demandeurs-emploi', 'jeunes'],
        conditionsAcces: 'Être inscrit(e) à France Travail.',
        mobilisablePar: PROS,
        besoins: ['emploi'],
      },
    ],
    convention: {
      objet: 'Partenariat renforcé France Travail – Mission Locale (accompagnement des jeunes, contrat d’engagement)',
      signeeIlYaMois: 35,
      expireDansJours: 41,
      note: 'Renouvellement à préparer avec la direction territoriale.',
    },
    conseil: { college: 'etat', representant: 'Directrice territoriale Drôme-Ardèche', femme: true },
  },
  {
    nom: 'France Travail Romans-sur-Isère',
    type: 'france_travail',
    siren: '13000',
    lieu: '26281',
    adresse: '18 avenue Gambetta',
    email: 'ape.romans@francetravail-demo.fr',
    siteWeb: 'https://www.francetravail.fr',
    horaires: 'Lundi au vendredi 8h30-12h30',
    description:
      'Agence du bassin romanais : inscription, offres d’emploi, prestations et formations financées pour les demandeurs d’emploi du nord Drôme.',
    contacts: ['Directeur d’agence', 'Conseillère référente jeunes'],
    services: [
      {
        nom: 'Accompagnement des demandeurs d’emploi du bassin romanais',
        description:
          'Inscription, indemnisation et suivi par un conseiller ; accès aux offres et aux aides à la formation (AIF) pour les demandeurs d’emploi.',
        type: 'accompagnement',
        thematiques: ['trouver-un-emploi--repondre-a-des-offres-demploi', 'se-former--monter-son-dossier-de-formation'],
        publics: ['demandeurs-emploi', 'jeunes'],
        zone: AGGLO,
        modesMobilisation: ['utiliser-lien-mobilisation', 'se-presenter'],
        lienMobilisation: 'https://www.francetravail.fr/candidat/inscription',
        besoins: ['emploi'],
        poids: 2,
      },
    ],
  },
  {
    nom: 'Cap emploi Drôme',
    type: 'cap_emploi',
    siren: '77',
    lieu: '26362',
    adresse: '32 avenue de Verdun',
    email: 'contact@capemploi26-demo.fr',
    siteWeb: 'https://www.capemploi-26.com',
    horaires: 'Lundi au vendredi 9h-12h, 13h30-17h',
    description:
      'Accompagnement vers et dans l’emploi des personnes en situation de handicap : projet professionnel compatible avec la santé, aménagement de poste, maintien dans l’emploi.',
    contacts: ['Chargée de mission insertion', 'Conseiller maintien dans l’emploi'],
    services: [
      {
        nom: 'Accompagnement vers l’emploi des travailleurs handicapés',
        description:
          'Construction d’un projet professionnel compatible avec la situation de santé, recherche d’emploi accompagnée, mobilisation des aides de l’Agefiph.',
        type: 'accompagnement',
        thematiques: [
          'handicap--favoriser-le-retour-et-le-maintien-dans-lemploi',
          'handicap--adaptation-au-poste-de-travail',
        ],
        publics: ['personnes-en-situation-de-handicap', 'jeunes', 'demandeurs-emploi'],
        conditionsAcces: 'Bénéficier d’une RQTH ou d’une démarche de reconnaissance en cours.',
        mobilisablePar: PROS,
        mobilisationPrecisions: 'Fiche de liaison envoyée par le conseiller ; premier rendez-vous sous trois semaines.',
        besoins: ['handicap'],
        poids: 3,
      },
    ],
    permanence: {
      site: 0,
      jour: 2,
      debut: '09:00',
      fin: '12:00',
      frequence: '2e et 4e mardis du mois',
      note: 'Sur rendez-vous pris par le conseiller.',
    },
    convention: {
      objet: 'Accompagnement des jeunes bénéficiaires de la RQTH (convention de cotraitance)',
      signeeIlYaMois: 14,
      expireDansJours: 400,
    },
  },
  {
    nom: 'CIO de Valence',
    type: 'education',
    siren: '19',
    lieu: '26362',
    adresse: '7 rue Jean-Bouin',
    email: 'cio.valence@ac-demo.fr',
    siteWeb: 'https://www.ac-grenoble.fr',
    horaires: 'Lundi au vendredi 9h-12h30, 13h30-17h ; pendant les vacances, le matin',
    description:
      'Centre d’information et d’orientation : conseil en orientation scolaire et professionnelle, retour en formation initiale des jeunes sortis sans diplôme.',
    contacts: ['Directrice du CIO', 'Psychologue de l’Éducation nationale'],
    services: [
      {
        nom: 'Retour en formation initiale',
        description:
          'Entretien avec un psychologue de l’Éducation nationale pour les jeunes de 16 à 25 ans sortis sans diplôme qui veulent reprendre une scolarité.',
        type: 'accompagnement',
        thematiques: [
          'accompagnement-social-et-professionnel-personnalise--decrochage-scolaire',
          'se-former--trouver-sa-formation',
        ],
        publics: ['jeunes'],
        publicsPrecisions: 'De 16 à 25 ans, sortis du système scolaire sans diplôme.',
        modesMobilisation: ['telephoner', 'se-presenter'],
        besoins: ['formation'],
        poids: 2,
      },
    ],
  },
  {
    nom: 'Plateforme de suivi et d’appui aux décrocheurs de la Drôme',
    type: 'education',
    siren: '19',
    lieu: '26281',
    adresse: '3 rue Bistour',
    email: 'psad26@ac-demo.fr',
    siteWeb: null,
    horaires: 'Sur rendez-vous',
    description: 'Repérage et suivi des décrocheurs scolaires.',
    contacts: ['Coordonnatrice de la plateforme'],
    services: [
      {
        nom: 'Solutions pour les jeunes décrocheurs',
        description:
          'Recherche d’une solution de retour en formation, en service civique ou en accompagnement pour les jeunes de 16 à 18 ans sortis du lycée sans diplôme.',
        type: 'accompagnement',
        thematiques: ['accompagnement-social-et-professionnel-personnalise--decrochage-scolaire'],
        publics: ['jeunes'],
        publicsPrecisions: 'De 16 à 18 ans (obligation de formation).',
        mobilisablePar: PROS,
        besoins: ['formation'],
      },
    ],
  },
  {
    nom: 'Habitat Jeunes Valence',
    type: 'logement',
    siren: '77',
    lieu: '26362',
    adresse: '15 rue Pierre-Corneille',
    email: 'accueil@habitatjeunes-valence-demo.fr',
    siteWeb: 'https://www.habitatjeunes-valence-demo.fr',
    horaires: 'Accueil tous les jours 8h-20h',
    description:
      'Résidences habitat jeunes (FJT) de Valence : 180 logements meublés pour les 16-30 ans en emploi, en formation ou en alternance, avec un accompagnement socio-éducatif.',
    contacts: ['Directeur', 'Chargée d’accueil et d’admission', 'Conseillère en économie sociale et familiale'],
    services: [
      {
        nom: 'Logement en résidence habitat jeunes',
        description:
          'Studios et T1 meublés, redevance ouvrant droit à l’APL, séjour de quelques semaines à deux ans, avec un accompagnement vers le logement autonome.',
        type: 'aide-materielle',
        thematiques: [
          'logement-hebergement--etre-accompagne-pour-se-loger',
          'logement-hebergement--reprendre-un-emploi-ou-une-formation',
        ],
        publics: ['jeunes', 'etudiants', 'actifs'],
        publicsPrecisions: 'De 16 à 30 ans, en emploi, en formation, en alternance ou en parcours d’insertion.',
        conditionsAcces: 'Dossier d’admission et entretien ; ressources suffisantes pour la redevance résiduelle.',
        frais: 'payant',
        fraisPrecisions: 'Redevance de 420 à 510 € par mois avant APL.',
        zone: ['26'],
        besoins: ['logement'],
        poids: 4,
      },
      {
        nom: 'Service logement jeunes',
        description:
          'Information et accompagnement des jeunes dans la recherche d’un logement autonome : droits, aides (Loca-Pass, Visale), budget, visite des logements.',
        type: 'information',
        thematiques: [
          'logement-hebergement--connaissance-de-ses-droits-et-interlocuteurs',
          'logement-hebergement--gerer-son-budget',
        ],
        publics: ['jeunes'],
        modesAccueil: ['en-presentiel', 'a-distance'],
        zone: AGGLO,
        besoins: ['logement'],
        poids: 2,
      },
    ],
    convention: {
      objet: 'Accès au logement des jeunes accompagnés par la Mission Locale (places réservées)',
      signeeIlYaMois: 20,
      expireDansJours: 220,
    },
    conseil: { college: 'associations', representant: 'Président de l’association', femme: false },
  },
  {
    nom: 'Habitat Jeunes Romans – Résidence Les Clercs',
    type: 'logement',
    siren: '77',
    lieu: '26281',
    adresse: '9 rue des Clercs',
    email: 'residence.lesclercs@habitatjeunes-romans-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 9h-18h',
    description:
      'Résidence habitat jeunes de 64 logements au centre de Romans, avec restauration collective et animations.',
    contacts: ['Responsable de résidence'],
    services: [
      {
        nom: 'Logement temporaire pour jeunes actifs',
        description:
          'Chambres et studios meublés pour les jeunes de 16 à 30 ans en emploi, stage, alternance ou formation sur le bassin romanais.',
        type: 'aide-materielle',
        thematiques: ['logement-hebergement--etre-accompagne-pour-se-loger'],
        publics: ['jeunes', 'actifs'],
        frais: 'payant',
        fraisPrecisions: 'Redevance mensuelle selon le logement, APL possible.',
        zone: AGGLO,
        besoins: ['logement'],
        poids: 2,
      },
    ],
  },
  {
    nom: 'ADIL de la Drôme',
    type: 'logement',
    siren: '77',
    lieu: '26362',
    adresse: '44 rue Faventines',
    email: 'info@adil26-demo.fr',
    siteWeb: 'https://www.adil26.org',
    horaires: 'Lundi au jeudi 9h-12h, 13h30-17h ; vendredi 9h-12h',
    description:
      'Agence départementale d’information sur le logement : conseil juridique, financier et fiscal gratuit sur toutes les questions de logement.',
    contacts: ['Juriste'],
    services: [
      {
        nom: 'Conseil juridique sur le logement',
        description:
          'Bail, dépôt de garantie, état des lieux, impayés, logement indécent : un juriste répond gratuitement aux locataires et aux propriétaires.',
        type: 'information',
        thematiques: [
          'logement-hebergement--probleme-avec-son-logement',
          'logement-hebergement--connaissance-de-ses-droits-et-interlocuteurs',
        ],
        publics: ['jeunes', 'familles', 'seniors', 'actifs'],
        modesAccueil: ['en-presentiel', 'a-distance'],
        modesMobilisation: ['telephoner', 'envoyer-un-courriel'],
        besoins: ['logement'],
      },
    ],
    permanence: {
      site: 1,
      jour: 3,
      debut: '14:00',
      fin: '17:00',
      frequence: '1er mercredi du mois',
    },
  },
  {
    nom: 'SIAO de la Drôme',
    type: 'logement',
    siren: '77',
    lieu: '26362',
    adresse: '10 rue Bouffier',
    email: 'siao26@siao-demo.fr',
    siteWeb: null,
    horaires: '115 joignable tous les jours, 24 heures sur 24',
    description:
      'Service intégré d’accueil et d’orientation : hébergement d’urgence (115) et orientation vers l’hébergement d’insertion et le logement accompagné.',
    contacts: ['Coordinatrice SIAO', 'Travailleur social'],
    services: [
      {
        nom: 'Hébergement d’urgence et d’insertion',
        description:
          'Mise à l’abri, puis orientation vers un CHRS, une pension de famille ou un logement accompagné après évaluation par un travailleur social.',
        type: 'accompagnement',
        thematiques: ['logement-hebergement--mal-loges-sans-logis'],
        publics: ['personnes-en-situation-durgence', 'jeunes', 'familles'],
        conditionsAcces: 'Demande SIAO remplie par un travailleur social (hors urgence : appeler le 115).',
        modesMobilisation: ['telephoner', 'envoyer-un-courriel'],
        mobilisablePar: PROS,
        horaires: '24 h sur 24 par le 115',
        besoins: ['logement'],
        poids: 2,
      },
    ],
    convention: {
      objet: 'Orientation des jeunes sans solution d’hébergement vers le SIAO',
      signeeIlYaMois: 8,
      expireDansJours: null,
      note: 'Reconduction tacite.',
    },
  },
  {
    nom: 'CCAS de Valence',
    type: 'collectivite',
    siren: '26',
    lieu: '26362',
    adresse: '1 place de la Pierre',
    email: 'ccas@valence-demo.fr',
    siteWeb: 'https://www.valence.fr',
    horaires: 'Lundi au vendredi 8h30-12h, 13h30-17h',
    description:
      'Centre communal d’action sociale : aides facultatives, domiciliation, instruction des demandes d’aide et accompagnement social des Valentinois.',
    contacts: ['Responsable de l’action sociale', 'Assistante sociale'],
    services: [
      {
        nom: 'Aides financières facultatives',
        description:
          'Secours d’urgence, aide alimentaire et aide au paiement de factures après évaluation de la situation par un travailleur social.',
        type: 'aide-financiere',
        thematiques: ['gestion-financiere--beneficier-daides-financieres', 'equipement-et-alimentation--alimentation'],
        publics: ['jeunes', 'familles', 'beneficiaires-des-minimas-sociaux'],
        zone: ['26362'],
        conditionsAcces: 'Habiter Valence ; sur rendez-vous avec un travailleur social.',
        besoins: ['ressources'],
        poids: 2,
      },
      {
        nom: 'Domiciliation administrative',
        description:
          'Adresse postale pour les personnes sans domicile stable, afin de recevoir son courrier et d’ouvrir ses droits.',
        type: 'accompagnement',
        thematiques: ['acces-aux-droits-et-citoyennete--accompagnement-dans-les-demarches-administratives'],
        publics: ['personnes-en-situation-durgence', 'jeunes'],
        zone: ['26362'],
        besoins: ['citoyennete', 'logement'],
      },
    ],
  },
  {
    nom: 'CCAS de Romans-sur-Isère',
    type: 'collectivite',
    siren: '26',
    lieu: '26281',
    adresse: '11 rue Saint-Nicolas',
    email: 'ccas@romans-demo.fr',
    siteWeb: 'https://www.ville-romans.fr',
    horaires: 'Lundi au vendredi 8h30-12h',
    description:
      'Aides sociales facultatives, épicerie solidaire et accompagnement budgétaire pour les habitants de Romans-sur-Isère.',
    contacts: ['Conseillère en économie sociale et familiale'],
    services: [
      {
        nom: 'Épicerie solidaire et aides d’urgence',
        description:
          'Accès à l’épicerie solidaire pendant trois mois renouvelables et aides d’urgence, avec un accompagnement budgétaire.',
        type: 'aide-materielle',
        thematiques: [
          'gestion-financiere--obtenir-une-aide-alimentaire',
          'gestion-financiere--apprendre-a-gerer-son-budget',
        ],
        publics: ['jeunes', 'familles'],
        zone: ['26281'],
        conditionsAcces: 'Habiter Romans-sur-Isère ; reste à vivre inférieur au barème.',
        besoins: ['ressources'],
      },
    ],
  },
  {
    nom: 'Département de la Drôme – Fonds d’aide aux jeunes',
    type: 'collectivite',
    siren: '222',
    lieu: '26362',
    adresse: '26 avenue du Président-Herriot',
    email: 'faj@ladrome-demo.fr',
    siteWeb: 'https://www.ladrome.fr',
    horaires: 'Commission hebdomadaire ; demandes instruites par les Missions Locales',
    description:
      'Le Département finance le Fonds d’aide aux jeunes (FAJ) : aides ponctuelles pour la subsistance, la mobilité, le logement ou la formation des 18-25 ans en difficulté.',
    contacts: ['Chargée de mission insertion des jeunes', 'Gestionnaire FAJ'],
    services: [
      {
        nom: 'Fonds d’aide aux jeunes (FAJ)',
        description:
          'Aide financière ponctuelle pour la subsistance, le permis, le logement ou l’équipement nécessaire à une formation ou un emploi, pour les 18-25 ans.',
        type: 'aide-financiere',
        thematiques: ['gestion-financiere--beneficier-daides-financieres', 'mobilite--financer-mon-projet-mobilite'],
        publics: ['jeunes'],
        publicsPrecisions: 'De 18 à 25 ans, sans ressources suffisantes.',
        conditionsAcces: 'Dossier présenté par le conseiller de la Mission Locale en commission.',
        modesMobilisation: ['envoyer-un-courriel'],
        mobilisablePar: PROS,
        besoins: ['ressources', 'mobilite'],
        poids: 2,
      },
    ],
    convention: {
      objet: 'Gestion déléguée du Fonds d’aide aux jeunes',
      signeeIlYaMois: 36,
      expireDansJours: -18,
      note: 'Convention échue : nouvelle convention en attente de la délibération du Département.',
    },
    conseil: { college: 'elus', representant: 'Vice-présidente chargée de l’insertion', femme: true },
  },
  {
    nom: 'Ville de Valence',
    type: 'collectivite',
    siren: '21',
    lieu: '26362',
    adresse: 'Place de la Liberté',
    email: 'jeunesse@valence-demo.fr',
    siteWeb: 'https://www.valence.fr',
    horaires: 'Lundi au vendredi 8h30-17h',
    description: null,
    contacts: ['Directeur de la jeunesse'],
    services: [
      {
        nom: 'Bourse aux projets jeunes',
        description:
          'Soutien financier et méthodologique aux projets citoyens, culturels ou solidaires portés par des Valentinois de 16 à 25 ans.',
        type: 'financement',
        thematiques: ['acces-aux-droits-et-citoyennete--faciliter-laction-citoyenne'],
        publics: ['jeunes'],
        zone: ['26362'],
        besoins: ['citoyennete'],
      },
    ],
    conseil: { college: 'elus', representant: 'Adjointe au maire chargée de la jeunesse', femme: true },
  },
  {
    nom: 'Valence Romans Agglo',
    type: 'collectivite',
    siren: '200',
    lieu: '26362',
    adresse: 'Rovaltain, 1 avenue de la Gare',
    email: 'emploi@valenceromansagglo-demo.fr',
    siteWeb: 'https://www.valenceromansagglo.fr',
    horaires: 'Lundi au vendredi 8h30-17h30',
    description:
      'Communauté d’agglomération de 54 communes : développement économique, politique de la ville, transports urbains et conseillers numériques.',
    contacts: ['Chargé de mission politique de la ville', 'Conseillère numérique'],
    services: [
      {
        nom: 'Accompagnement au numérique',
        description:
          'Ateliers et rendez-vous individuels avec un conseiller numérique : utiliser son smartphone, créer une adresse mail, faire ses démarches en ligne.',
        type: 'atelier',
        thematiques: [
          'numerique--realiser-des-demarches-administratives-avec-un-accompagnement',
          'numerique--prendre-en-main-un-smartphone-ou-une-tablette',
        ],
        publics: ['jeunes', 'seniors', 'residents-qpv-frr'],
        zone: AGGLO,
        besoins: ['savoirs_base', 'citoyennete'],
      },
    ],
    conseil: { college: 'elus', representant: 'Vice-président chargé de l’emploi et de l’insertion', femme: false },
  },
  {
    nom: 'Maison France services de Die',
    type: 'collectivite',
    siren: '200',
    lieu: '26113',
    adresse: '2 rue Camille-Buffardel',
    email: 'franceservices.die@diois-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 9h-12h ; mardi et jeudi 14h-17h',
    description:
      'Guichet unique des services publics du Diois : CAF, CPAM, impôts, France Travail, carte grise, avec des agents formés et des ordinateurs en libre accès.',
    contacts: ['Animatrice France services'],
    services: [
      {
        nom: 'Aide aux démarches administratives',
        description:
          'Accompagnement dans les démarches en ligne des organismes partenaires : CAF, CPAM, ANTS, impôts, retraite, France Travail.',
        type: 'accompagnement',
        thematiques: [
          'acces-aux-droits-et-citoyennete--accompagnement-dans-les-demarches-administratives',
          'numerique--realiser-des-demarches-administratives-avec-un-accompagnement',
        ],
        publics: ['jeunes', 'familles', 'seniors'],
        zone: DIOIS,
        besoins: ['citoyennete'],
      },
    ],
  },
  {
    nom: 'CAF de la Drôme',
    type: 'etat',
    siren: '77',
    lieu: '26362',
    adresse: '10 rue Marcel-Barbu',
    email: 'partenaires@caf26-demo.fr',
    siteWeb: 'https://www.caf.fr',
    horaires: 'Lundi au vendredi 8h30-16h30, sur rendez-vous',
    description:
      'Caisse d’allocations familiales : aides au logement, prime d’activité, RSA, aides aux familles ; rendez-vous des droits pour faire le point sur ses prestations.',
    contacts: ['Conseillère partenariat', 'Travailleur social'],
    services: [
      {
        nom: 'Rendez-vous des droits',
        description:
          'Entretien d’une heure pour faire le point sur l’ensemble des prestations possibles : APL, prime d’activité, RSA, aides aux jeunes parents.',
        type: 'information',
        thematiques: [
          'acces-aux-droits-et-citoyennete--connaitre-ses-droits',
          'gestion-financiere--beneficier-daides-financieres',
        ],
        publics: ['jeunes', 'familles', 'beneficiaires-des-minimas-sociaux'],
        modesAccueil: ['en-presentiel', 'a-distance'],
        mobilisablePar: TOUS,
        besoins: ['ressources'],
        poids: 3,
      },
    ],
  },
  {
    nom: 'CPAM de la Drôme',
    type: 'sante',
    siren: '77',
    lieu: '26362',
    adresse: '6 avenue du Président-Edouard-Herriot',
    email: 'partenaires@cpam26-demo.fr',
    siteWeb: 'https://www.ameli.fr',
    horaires: 'Lundi au vendredi 8h-16h30',
    description:
      'Caisse primaire d’assurance maladie : affiliation, complémentaire santé solidaire, examen de prévention en santé et accompagnement des personnes qui renoncent aux soins.',
    contacts: ['Conseillère mission accompagnement santé'],
    services: [
      {
        nom: 'Examen de prévention en santé',
        description:
          'Bilan de santé gratuit au centre d’examens de santé : analyses, dépistages, entretien avec un médecin, pour les jeunes éloignés du soin.',
        type: 'accompagnement',
        thematiques: ['sante--prevention-et-acces-aux-soins', 'sante--se-soigner-et-prevenir-la-maladie'],
        publics: ['jeunes'],
        mobilisablePar: PROS,
        mobilisationPrecisions: 'Inscription par la Mission Locale, séances collectives le mardi matin.',
        besoins: ['sante'],
        poids: 3,
      },
      {
        nom: 'Complémentaire santé solidaire',
        description:
          'Ouverture des droits à l’assurance maladie et à la complémentaire santé solidaire, aide à la constitution du dossier.',
        type: 'accompagnement',
        thematiques: ['sante--obtenir-la-prise-en-charge-de-frais-medicaux', 'sante--acces-aux-soins'],
        publics: ['jeunes', 'beneficiaires-des-minimas-sociaux'],
        modesAccueil: ['en-presentiel', 'a-distance'],
        besoins: ['sante', 'ressources'],
      },
    ],
    permanence: {
      site: 0,
      jour: 1,
      debut: '14:00',
      fin: '16:30',
      frequence: '1er lundi du mois',
      note: 'Ouverture des droits et complémentaire santé solidaire.',
    },
    convention: {
      objet: 'Accès aux droits et aux soins des jeunes (examens de prévention en santé)',
      signeeIlYaMois: 18,
      expireDansJours: 560,
    },
  },
  {
    nom: 'Maison des adolescents de la Drôme',
    type: 'sante',
    siren: '77',
    lieu: '26362',
    adresse: '22 rue Baudin',
    email: 'mda26@mda-demo.fr',
    siteWeb: 'https://www.mda26-demo.fr',
    horaires: 'Lundi au vendredi 13h-18h, mercredi 10h-18h',
    description:
      'Accueil anonyme et gratuit des 11-25 ans et de leurs parents : mal-être, conflits familiaux, santé, scolarité, avec psychologues et éducateurs.',
    contacts: ['Psychologue', 'Éducatrice spécialisée'],
    services: [
      {
        nom: 'Écoute et consultation psychologique',
        description:
          'Entretiens avec un psychologue, sans rendez-vous ou sur rendez-vous, anonymes et gratuits, pour les jeunes jusqu’à 25 ans.',
        type: 'accompagnement',
        thematiques: ['sante--bien-etre-psychologique', 'famille--jeunes-sans-soutien-familial'],
        publics: ['jeunes', 'familles'],
        publicsPrecisions: 'De 11 à 25 ans et leur entourage.',
        mobilisablePar: TOUS,
        besoins: ['sante'],
        poids: 3,
      },
    ],
    permanence: {
      site: 2,
      jour: 3,
      debut: '14:00',
      fin: '17:00',
      frequence: 'Chaque mercredi',
    },
  },
  {
    nom: 'CMP jeunes adultes de Romans',
    type: 'sante',
    siren: '26',
    lieu: '26281',
    adresse: '28 rue Saint-Nicolas',
    complement: 'Bâtiment B, 1er étage',
    email: 'cmp.romans@ch-drome-vivarais-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 9h-17h, sur rendez-vous',
    description:
      'Centre médico-psychologique du secteur de psychiatrie adulte : consultations, suivi infirmier et psychologique pour les 16-25 ans.',
    contacts: ['Infirmier coordinateur', 'Psychiatre'],
    services: [
      {
        nom: 'Consultations en santé mentale',
        description:
          'Premier entretien d’évaluation avec un infirmier, puis suivi par un psychiatre ou un psychologue, pris en charge par l’assurance maladie.',
        type: 'accompagnement',
        thematiques: ['sante--bien-etre-psychologique', 'sante--accompagner-les-traumatismes'],
        publics: ['jeunes'],
        zone: AGGLO,
        mobilisablePar: TOUS,
        besoins: ['sante'],
        poids: 2,
      },
    ],
    permanence: {
      site: 1,
      jour: 1,
      debut: '09:30',
      fin: '12:00',
      frequence: 'Chaque lundi',
      note: 'Infirmier du CMP, sur orientation du conseiller.',
    },
  },
  {
    nom: 'CSAPA Drôme Addictions',
    type: 'sante',
    siren: '77',
    lieu: '26362',
    adresse: '3 place Saint-Jean',
    email: 'csapa.valence@addictions-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 9h-18h',
    description:
      'Centre de soins, d’accompagnement et de prévention en addictologie : consultations jeunes consommateurs, alcool, cannabis, jeux.',
    contacts: ['Éducateur spécialisé', 'Médecin addictologue'],
    services: [
      {
        nom: 'Consultation jeunes consommateurs',
        description:
          'Consultations gratuites et confidentielles pour les jeunes qui s’interrogent sur leur consommation de cannabis, d’alcool ou leur pratique des écrans.',
        type: 'accompagnement',
        thematiques: ['sante--faire-face-a-une-situation-daddiction'],
        publics: ['jeunes', 'familles'],
        mobilisablePar: TOUS,
        besoins: ['sante'],
      },
    ],
  },
  {
    nom: 'Planning familial de la Drôme',
    type: 'association',
    siren: '77',
    lieu: '26362',
    adresse: '17 rue Bouffier',
    email: 'contact@planning26-demo.fr',
    siteWeb: null,
    horaires: 'Mardi et jeudi 14h-18h',
    description: 'Vie affective, contraception, IVG.',
    contacts: ['Conseillère conjugale et familiale'],
    services: [
      {
        nom: 'Entretiens vie affective et sexuelle',
        description:
          'Entretiens individuels confidentiels : contraception, dépistage, grossesse, relations affectives, violences subies.',
        type: 'accompagnement',
        thematiques: ['sante--vie-relationnelle-et-affective', 'famille--violences-intrafamiliales'],
        publics: ['jeunes', 'femmes'],
        mobilisablePar: TOUS,
        besoins: ['sante'],
      },
    ],
  },
  {
    nom: 'CIDFF de la Drôme',
    type: 'association',
    siren: '77',
    lieu: '26362',
    adresse: '5 rue Émile-Augier',
    email: 'cidff26@cidff-demo.fr',
    siteWeb: 'https://drome.cidff.info',
    horaires: 'Lundi au vendredi 9h-12h30, 13h30-17h',
    description:
      'Centre d’information sur les droits des femmes et des familles : information juridique, aide aux victimes de violences, accompagnement vers l’emploi des femmes.',
    contacts: ['Juriste', 'Conseillère emploi'],
    services: [
      {
        nom: 'Information juridique et aide aux victimes',
        description:
          'Information sur le droit de la famille, le droit du travail et l’aide aux victimes ; accompagnement des femmes victimes de violences.',
        type: 'information',
        thematiques: ['acces-aux-droits-et-citoyennete--aide-aux-victimes', 'famille--violences-intrafamiliales'],
        publics: ['femmes', 'familles', 'jeunes'],
        modesAccueil: ['en-presentiel', 'a-distance'],
        besoins: ['citoyennete'],
        poids: 2,
      },
      {
        nom: 'Accompagnement vers l’emploi des jeunes femmes',
        description:
          'Ateliers et suivi individuel pour les jeunes femmes éloignées de l’emploi : confiance en soi, métiers non genrés, garde d’enfants.',
        type: 'accompagnement',
        thematiques: ['remobilisation--restaurer-sa-confiance-son-image-de-soi', 'famille--garde-denfants'],
        publics: ['femmes', 'jeunes'],
        besoins: ['emploi'],
      },
    ],
    permanence: {
      site: 0,
      jour: 4,
      debut: '09:00',
      fin: '12:00',
      frequence: '2e jeudi du mois',
    },
    convention: {
      objet: 'Permanences juridiques et ateliers emploi des jeunes femmes',
      signeeIlYaMois: 5,
      expireDansJours: 210,
    },
    conseil: { college: 'associations', representant: 'Directrice', femme: true },
  },
  {
    nom: 'Point-justice de Valence',
    type: 'justice',
    siren: '17',
    lieu: '26362',
    adresse: 'Place Simone-Veil',
    email: 'pointjustice.valence@justice-demo.fr',
    siteWeb: 'https://www.justice.fr',
    horaires: 'Mardi et jeudi 9h-12h, sur rendez-vous',
    description:
      'Consultations gratuites d’avocats, de notaires et de conciliateurs ; information sur les procédures et l’aide juridictionnelle.',
    contacts: ['Greffière coordinatrice'],
    services: [
      {
        nom: 'Consultation juridique gratuite',
        description:
          'Rendez-vous de trente minutes avec un avocat ou un juriste : amendes, dettes, litiges, droit de la famille, droit des étrangers.',
        type: 'information',
        thematiques: ['acces-aux-droits-et-citoyennete--accompagnement-juridique'],
        publics: ['jeunes', 'familles', 'personnes-exilees'],
        besoins: ['citoyennete'],
        poids: 2,
      },
    ],
  },
  {
    nom: 'SPIP de la Drôme – antenne de Valence',
    type: 'justice',
    siren: '17',
    lieu: '26362',
    adresse: '2 avenue de Chabeuil',
    email: 'spip26@justice-demo.fr',
    siteWeb: null,
    horaires: 'Sur convocation',
    description:
      'Service pénitentiaire d’insertion et de probation : suivi des personnes placées sous main de justice et préparation de leur insertion.',
    contacts: ['Conseillère pénitentiaire d’insertion et de probation'],
    services: [
      {
        nom: 'Suivi et insertion des personnes placées sous main de justice',
        description:
          'Suivi des mesures en milieu ouvert, aménagements de peine et liens avec les partenaires de l’emploi et du logement.',
        type: 'accompagnement',
        thematiques: ['accompagnement-social-et-professionnel-personnalise--parcours-d-insertion-socioprofessionnel'],
        publics: ['personnes-en-situation-juridique-specifique', 'jeunes'],
        mobilisablePar: PROS,
        besoins: [],
      },
    ],
    permanence: {
      site: 2,
      jour: 5,
      debut: '09:30',
      fin: '12:00',
      frequence: '3e vendredi du mois',
    },
  },
  {
    nom: 'PJJ – Unité éducative de milieu ouvert de Valence',
    type: 'justice',
    siren: '17',
    lieu: '26362',
    adresse: '14 rue Ampère',
    email: 'uemo-valence@pjj-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 9h-17h',
    description:
      'Protection judiciaire de la jeunesse : suivi éducatif des mineurs et jeunes majeurs confiés par le juge, en lien avec la Mission Locale pour l’insertion.',
    contacts: ['Éducateur PJJ', 'Responsable d’unité'],
    services: [
      {
        nom: 'Suivi éducatif et insertion des jeunes sous main de justice',
        description:
          'Mesures éducatives, activités de jour et construction d’un projet d’insertion pour les 13-21 ans suivis par la PJJ.',
        type: 'accompagnement',
        thematiques: ['accompagnement-social-et-professionnel-personnalise--parcours-d-insertion-socioprofessionnel'],
        publics: ['jeunes', 'personnes-en-situation-juridique-specifique'],
        mobilisablePar: PROS,
        besoins: [],
      },
    ],
    permanence: {
      site: 0,
      jour: 5,
      debut: '14:00',
      fin: '16:30',
      frequence: '1er vendredi du mois',
    },
    convention: {
      objet: 'Insertion des jeunes suivis par la Protection judiciaire de la jeunesse',
      signeeIlYaMois: 26,
      expireDansJours: 130,
    },
    conseil: { college: 'etat', representant: 'Directrice territoriale de la PJJ', femme: true },
  },
  {
    nom: 'Mobilité 26 – plateforme de mobilité inclusive',
    type: 'mobilite',
    siren: '77',
    lieu: '26362',
    adresse: '40 avenue de Romans',
    email: 'contact@mobilite26-demo.fr',
    siteWeb: 'https://www.mobilite26-demo.fr',
    horaires: 'Lundi au vendredi 9h-12h, 14h-17h',
    description:
      'Plateforme de mobilité : diagnostic mobilité, location de deux-roues et de voitures à tarif solidaire, apprentissage des transports en commun.',
    contacts: ['Conseillère mobilité', 'Responsable du parc de véhicules'],
    services: [
      {
        nom: 'Diagnostic et conseil en mobilité',
        description:
          'Bilan des capacités de déplacement, apprentissage des transports en commun et construction d’un plan de mobilité vers l’emploi.',
        type: 'accompagnement',
        thematiques: [
          'mobilite--etre-accompagne-dans-son-parcours-mobilite',
          'mobilite--comprendre-et-utiliser-les-transports-en-commun',
        ],
        publics: ['jeunes', 'demandeurs-emploi', 'beneficiaires-des-minimas-sociaux'],
        mobilisablePar: PROS,
        besoins: ['mobilite'],
        poids: 3,
      },
      {
        nom: 'Location solidaire de scooters et de voitures',
        description:
          'Location de scooters, vélos électriques et voitures pour se rendre à un emploi ou une formation, pour un mois renouvelable.',
        type: 'aide-materielle',
        thematiques: ['mobilite--louer-un-vehicule', 'mobilite--aides-a-la-reprise-demploi-ou-a-la-formation'],
        publics: ['jeunes', 'demandeurs-emploi'],
        conditionsAcces: 'Contrat de travail, promesse d’embauche ou entrée en formation.',
        frais: 'payant',
        fraisPrecisions: 'De 2 à 8 € par jour selon le véhicule.',
        besoins: ['mobilite'],
        poids: 2,
      },
    ],
    convention: {
      objet: 'Diagnostics mobilité et location solidaire pour les jeunes accompagnés',
      signeeIlYaMois: 11,
      expireDansJours: 380,
    },
  },
  {
    nom: 'Auto-école solidaire du Crestois',
    type: 'mobilite',
    siren: '81',
    lieu: '26108',
    adresse: '6 rue des Cordeliers',
    email: 'autoecole.solidaire@crestois-demo.fr',
    siteWeb: null,
    horaires: 'Mardi au samedi 9h-12h, 14h-18h',
    description:
      'Préparation au permis B adaptée aux personnes en difficulté d’apprentissage, à tarif réduit, avec un accompagnement pédagogique renforcé.',
    contacts: ['Enseignant de la conduite'],
    services: [
      {
        nom: 'Permis B accompagné',
        description:
          'Code et conduite en petits groupes, avec un moniteur formé aux difficultés d’apprentissage, sur six à douze mois.',
        type: 'formation',
        thematiques: [
          'mobilite--preparer-son-permis-de-conduire-se-reentrainer-a-la-conduite',
          'illettrisme--permis-conduire',
        ],
        publics: ['jeunes', 'beneficiaires-des-minimas-sociaux'],
        frais: 'payant',
        fraisPrecisions: 'Reste à charge de 300 € environ après les aides (FAJ, aide au permis).',
        zone: ['26108', '26006', '26131', '26011', '26289', '26165', '26166'],
        mobilisablePar: PROS,
        besoins: ['mobilite'],
        poids: 2,
      },
    ],
  },
  {
    nom: 'Garage solidaire du Diois',
    type: 'mobilite',
    siren: null,
    lieu: '26113',
    adresse: 'Zone artisanale de Chamarges',
    email: 'garage.solidaire@diois-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au jeudi 8h-12h, 13h30-17h',
    description: 'Réparation à prix coûtant, vente de véhicules d’occasion révisés, location solidaire.',
    contacts: ['Mécanicien encadrant'],
    services: [
      {
        nom: 'Réparation et location solidaires',
        description:
          'Réparations facturées au prix des pièces et location de voitures à petit prix pour les habitants du Diois sans solution de transport.',
        type: 'aide-materielle',
        thematiques: ['mobilite--entretenir-reparer-son-vehicule', 'mobilite--louer-un-vehicule'],
        publics: ['jeunes', 'beneficiaires-des-minimas-sociaux', 'residents-qpv-frr'],
        frais: 'payant',
        zone: DIOIS,
        besoins: ['mobilite'],
      },
    ],
  },
  {
    nom: 'École de la 2e chance Drôme-Ardèche',
    type: 'e2c',
    siren: '50',
    lieu: '26362',
    adresse: '21 avenue de la Libération',
    email: 'contact@e2c-drome-ardeche-demo.fr',
    siteWeb: 'https://www.e2c-drome-ardeche-demo.fr',
    horaires: 'Lundi au vendredi 8h30-17h',
    description:
      'Formation en alternance de 6 à 9 mois pour les 16-25 ans sans diplôme ni qualification : remise à niveau, stages en entreprise, projet professionnel.',
    contacts: ['Chargée de recrutement', 'Formatrice référente'],
    services: [
      {
        nom: 'Parcours E2C',
        description:
          'Parcours individualisé alternant savoirs de base, numérique et stages en entreprise, rémunéré au titre de la formation professionnelle.',
        type: 'formation',
        thematiques: [
          'se-former--trouver-sa-formation',
          'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite',
          'illettrisme--trouver-emploi-formation',
        ],
        publics: ['jeunes'],
        publicsPrecisions: 'De 16 à 25 ans, sortis du système scolaire sans diplôme ni qualification.',
        conditionsAcces: 'Information collective puis entretien de motivation.',
        mobilisablePar: TOUS,
        mobilisationPrecisions: 'Informations collectives le premier jeudi de chaque mois à l’antenne de Romans.',
        volumeHoraire: 35,
        semaines: 32,
        besoins: ['formation', 'savoirs_base'],
        poids: 3,
      },
    ],
    permanence: {
      site: 1,
      jour: 4,
      debut: '14:00',
      fin: '16:00',
      frequence: '1er jeudi du mois',
      note: 'Information collective E2C.',
    },
    convention: {
      objet: 'Prescription des parcours E2C par la Mission Locale',
      signeeIlYaMois: 23,
      expireDansJours: 27,
    },
  },
  {
    nom: 'EPIDE de Lyon-Meyzieu',
    type: 'epide',
    siren: '13',
    lieu: { insee: '69282', nom: 'Meyzieu', codePostal: '69330' },
    adresse: '6 rue Louis-Saulnier',
    email: 'recrutement.meyzieu@epide-demo.fr',
    siteWeb: 'https://www.epide.fr',
    horaires: 'Lundi au vendredi 8h-17h',
    description:
      'Établissement pour l’insertion dans l’emploi : internat de 8 mois en moyenne, cadre inspiré de la vie militaire, formation générale et projet professionnel.',
    contacts: ['Chargé de recrutement'],
    services: [
      {
        nom: 'Parcours en internat EPIDE',
        description:
          'Internat en semaine, remise à niveau, sport, permis de conduire et stages, avec une allocation mensuelle, pour les 17-25 ans volontaires.',
        type: 'formation',
        thematiques: ['accompagnement-social-et-professionnel-personnalise--parcours-d-insertion-socioprofessionnel'],
        publics: ['jeunes', 'residents-qpv-frr'],
        publicsPrecisions: 'De 17 à 25 ans, sans diplôme ou peu qualifiés, volontaires.',
        zone: ['france'],
        modesMobilisation: ['utiliser-lien-mobilisation', 'telephoner'],
        lienMobilisation: 'https://www.epide.fr/candidater',
        besoins: ['formation'],
      },
    ],
  },
  {
    nom: 'AFPA Valence',
    type: 'organisme_formation',
    siren: '130',
    lieu: '26058',
    adresse: '2 rue du Ventoux',
    email: 'accueil.valence@afpa-demo.fr',
    siteWeb: 'https://www.afpa.fr',
    horaires: 'Lundi au vendredi 8h-17h',
    description:
      'Centre de formation professionnelle pour adultes : titres professionnels du bâtiment, de l’industrie, du tertiaire et des services, avec hébergement.',
    contacts: ['Conseillère en formation', 'Responsable des admissions'],
    services: [
      {
        nom: 'Titres professionnels',
        description:
          'Formations qualifiantes de 4 à 10 mois menant à un titre professionnel du ministère du Travail, financées par la Région ou France Travail.',
        type: 'formation',
        thematiques: ['se-former--trouver-sa-formation', 'se-former--monter-son-dossier-de-formation'],
        publics: ['jeunes', 'demandeurs-emploi', 'actifs'],
        conditionsAcces: 'Information collective et tests de positionnement.',
        zone: ['26', '07'],
        volumeHoraire: 35,
        besoins: ['formation'],
        poids: 2,
      },
      {
        nom: 'Promo 16-18',
        description:
          'Parcours de quatre mois pour les 16-18 ans sans solution : découverte des métiers, remise à niveau, immersions en entreprise.',
        type: 'formation',
        thematiques: ['choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite'],
        publics: ['jeunes'],
        publicsPrecisions: 'De 16 à 18 ans.',
        mobilisablePar: PROS,
        besoins: ['formation'],
      },
    ],
    convention: {
      objet: 'Accès des jeunes accompagnés aux formations qualifiantes et à la Promo 16-18',
      signeeIlYaMois: 12,
      expireDansJours: 350,
    },
  },
  {
    nom: 'GRETA Viva 5',
    type: 'organisme_formation',
    siren: '19',
    lieu: '26362',
    adresse: '2 rue Jean-Macé',
    email: 'greta.viva5@ac-demo.fr',
    siteWeb: 'https://www.greta-viva5.org',
    horaires: 'Lundi au vendredi 8h30-17h',
    description:
      'Groupement d’établissements de l’Éducation nationale : formations qualifiantes, remise à niveau, français langue étrangère et certification Cléa.',
    contacts: ['Conseillère en formation continue'],
    services: [
      {
        nom: 'Remise à niveau et certification Cléa',
        description:
          'Remise à niveau en français, mathématiques et numérique, jusqu’à la certification Cléa des compétences de base.',
        type: 'formation',
        thematiques: ['illettrisme--valider-certification-clea', 'illettrisme--ameliorer-vocabulaire'],
        publics: ['jeunes', 'demandeurs-emploi'],
        semaines: 12,
        volumeHoraire: 24,
        besoins: ['savoirs_base'],
        poids: 3,
      },
      {
        nom: 'Français langue étrangère à visée professionnelle',
        description:
          'Cours de français pour les personnes non francophones qui préparent un emploi ou une formation qualifiante.',
        type: 'formation',
        thematiques: ['apprendre-francais--accompagnement-insertion-pro'],
        publics: ['personnes-exilees', 'jeunes'],
        besoins: ['savoirs_base'],
      },
    ],
  },
  {
    nom: 'Association Savoirs pour tous',
    type: 'association',
    siren: '79',
    lieu: '26281',
    adresse: '5 rue de la Presle',
    email: 'savoirspourtous@asso-demo.fr',
    siteWeb: null,
    horaires: 'Lundi, mardi et jeudi 9h-12h',
    description: 'Ateliers de lecture, d’écriture et de calcul.',
    contacts: ['Coordinatrice bénévole'],
    services: [
      {
        nom: 'Ateliers savoirs de base',
        description:
          'Ateliers en petits groupes animés par des bénévoles formés : lire un courrier, remplir un formulaire, compter, utiliser un ordinateur.',
        type: 'atelier',
        thematiques: ['illettrisme--etre-autonome', 'illettrisme--utiliser-numerique'],
        publics: ['jeunes', 'seniors', 'personnes-exilees'],
        zone: AGGLO,
        besoins: ['savoirs_base'],
        poids: 2,
      },
    ],
  },
  {
    nom: 'BTP CFA Drôme-Ardèche',
    type: 'cfa',
    siren: '78',
    lieu: '26165',
    adresse: '80 avenue Joseph-Combier',
    email: 'contact@btpcfa26-demo.fr',
    siteWeb: 'https://www.btpcfa-aura.fr',
    horaires: 'Lundi au vendredi 8h-17h',
    description:
      'Centre de formation d’apprentis du bâtiment : CAP, BP et bac pro en maçonnerie, menuiserie, électricité, plomberie, peinture.',
    contacts: ['Développeur de l’apprentissage', 'Conseillère d’orientation'],
    services: [
      {
        nom: 'Apprentissage dans les métiers du bâtiment',
        description:
          'Formations en alternance du CAP au BP, aide à la recherche d’employeur et préparation à l’apprentissage pour les jeunes sans contrat.',
        type: 'formation',
        thematiques: ['se-former--trouver-sa-formation', 'choisir-un-metier--confirmer-son-choix-de-metier'],
        publics: ['jeunes'],
        publicsPrecisions: 'De 16 à 29 ans.',
        zone: ['26', '07'],
        besoins: ['alternance'],
        poids: 3,
      },
    ],
  },
  {
    nom: 'CFA de l’Institut des métiers de la Drôme',
    type: 'cfa',
    siren: '18',
    lieu: '26362',
    adresse: '14 avenue Georges-Brassens',
    email: 'admissions@idm26-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 8h-18h',
    description:
      'CFA des métiers de l’artisanat : boulangerie, pâtisserie, boucherie, coiffure, esthétique, mécanique automobile.',
    contacts: ['Chargée des relations entreprises'],
    services: [
      {
        nom: 'Apprentissage dans l’artisanat',
        description:
          'CAP et brevets professionnels en alternance dans l’alimentation, les services et l’automobile, avec une aide à la recherche d’un maître d’apprentissage.',
        type: 'formation',
        thematiques: ['se-former--trouver-sa-formation'],
        publics: ['jeunes'],
        zone: ['26'],
        besoins: ['alternance'],
        poids: 3,
      },
    ],
  },
  {
    nom: 'Chambre de métiers et de l’artisanat de la Drôme',
    type: 'chambre_consulaire',
    siren: '18',
    lieu: '26362',
    adresse: '13 avenue Maurice-Faure',
    email: 'apprentissage@cma26-demo.fr',
    siteWeb: 'https://www.cma-auvergnerhonealpes.fr',
    horaires: 'Lundi au vendredi 8h30-12h, 13h30-17h',
    description:
      'Représentation des artisans : point apprentissage, offres de contrats, formalités de création d’entreprise artisanale.',
    contacts: ['Conseillère point apprentissage'],
    services: [
      {
        nom: 'Point apprentissage',
        description:
          'Information sur les métiers de l’artisanat, offres de contrats d’apprentissage et mise en relation avec des maîtres d’apprentissage.',
        type: 'information',
        thematiques: [
          'choisir-un-metier--connaitre-les-opportunites-demploi',
          'trouver-un-emploi--faire-des-candidatures-spontanees',
        ],
        publics: ['jeunes'],
        modesAccueil: ['en-presentiel', 'a-distance'],
        besoins: ['alternance'],
        poids: 2,
      },
    ],
    convention: {
      objet: 'Développement de l’apprentissage dans l’artisanat',
      signeeIlYaMois: 30,
      expireDansJours: 190,
    },
    conseil: { college: 'partenaires_economiques', representant: 'Président de la chambre', femme: false },
  },
  {
    nom: 'CCI de la Drôme',
    type: 'chambre_consulaire',
    siren: '18',
    lieu: '26362',
    adresse: '52-74 rue Barthélémy-de-Laffemas',
    email: 'creation@drome.cci-demo.fr',
    siteWeb: 'https://www.drome.cci.fr',
    horaires: 'Lundi au vendredi 8h30-17h30',
    description:
      'Chambre de commerce et d’industrie : accompagnement des créateurs d’entreprise, point apprentissage du commerce et de l’industrie.',
    contacts: ['Conseiller création d’entreprise'],
    services: [
      {
        nom: 'Accompagnement des créateurs d’entreprise',
        description:
          'Réunions d’information, entretien individuel, étude du projet et des financements, formation « 5 jours pour entreprendre ».',
        type: 'accompagnement',
        thematiques: [
          'creation-activite--definir-son-projet-de-creation-dentreprise',
          'creation-activite--financer-son-projet',
        ],
        publics: ['jeunes', 'demandeurs-emploi', 'actifs'],
        frais: 'payant',
        fraisPrecisions: 'Premier rendez-vous gratuit ; formation payante, finançable.',
        besoins: ['emploi'],
      },
    ],
    conseil: { college: 'partenaires_economiques', representant: 'Élu délégué à la formation', femme: false },
  },
  {
    nom: 'Les Jardins du Diois',
    type: 'siae',
    siren: '75',
    lieu: '26113',
    adresse: 'Chemin de la Plaine',
    email: 'jardins.diois@asso-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 8h-16h',
    description:
      'Atelier et chantier d’insertion en maraîchage biologique : contrats de 26 heures par semaine, accompagnement socioprofessionnel, vente de paniers.',
    contacts: ['Encadrant technique', 'Accompagnatrice socioprofessionnelle'],
    services: [
      {
        nom: 'Contrat en atelier chantier d’insertion',
        description:
          'CDD d’insertion de 4 à 24 mois en maraîchage, avec un accompagnement vers l’emploi durable et la levée des freins périphériques.',
        type: 'accompagnement',
        thematiques: ['accompagnement-social-et-professionnel-personnalise--parcours-d-insertion-socioprofessionnel'],
        publics: ['jeunes', 'demandeurs-emploi', 'beneficiaires-des-minimas-sociaux'],
        conditionsAcces: 'Éligibilité à l’IAE vérifiée par le prescripteur.',
        zone: DIOIS,
        mobilisablePar: PROS,
        besoins: ['emploi'],
      },
    ],
  },
  {
    nom: 'La Recyclerie romanaise',
    type: 'siae',
    siren: '82',
    lieu: '26281',
    adresse: '27 avenue Berthelot',
    email: 'recrutement@recyclerie-romanaise-demo.fr',
    siteWeb: null,
    horaires: 'Mardi au samedi 9h-18h',
    description:
      'Entreprise d’insertion du réemploi : collecte, tri, réparation et vente d’objets, postes de vendeur, valoriste et chauffeur-livreur.',
    contacts: ['Chargée d’insertion'],
    services: [
      {
        nom: 'Emploi en entreprise d’insertion',
        description:
          'Contrats à durée déterminée d’insertion dans le réemploi et la logistique, avec formation au poste et accompagnement vers l’emploi durable.',
        type: 'accompagnement',
        thematiques: ['trouver-un-emploi--repondre-a-des-offres-demploi'],
        publics: ['jeunes', 'demandeurs-emploi', 'residents-qpv-frr'],
        zone: AGGLO,
        mobilisablePar: PROS,
        besoins: ['emploi'],
        poids: 2,
      },
    ],
  },
  {
    nom: 'Drôme Services Emploi',
    type: 'siae',
    siren: '77',
    lieu: '26108',
    adresse: '9 place du Marché',
    email: 'accueil@dse-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 9h-12h',
    description:
      'Association intermédiaire : mises à disposition chez des particuliers, des collectivités et des entreprises de la vallée de la Drôme.',
    contacts: ['Chargé de recrutement'],
    services: [
      {
        nom: 'Missions de travail en association intermédiaire',
        description:
          'Missions de quelques heures à quelques semaines (entretien, manutention, espaces verts) pour reprendre pied dans l’emploi.',
        type: 'accompagnement',
        thematiques: ['trouver-un-emploi--repondre-a-des-offres-demploi'],
        publics: ['jeunes', 'demandeurs-emploi'],
        zone: ['26108', '26006', '26131', '26011', '26289', '26165', '26166'],
        besoins: ['emploi'],
      },
    ],
  },
  {
    nom: 'GEIQ BTP Drôme-Ardèche',
    type: 'siae',
    siren: '80',
    lieu: '26252',
    adresse: '5 rue Louis-Lumière',
    email: 'geiq.btp@geiq-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 8h30-17h',
    description:
      'Groupement d’employeurs pour l’insertion et la qualification : contrats de professionnalisation dans les entreprises du bâtiment.',
    contacts: ['Chargée d’accompagnement'],
    services: [
      {
        nom: 'Contrat de professionnalisation dans le BTP',
        description:
          'Embauche en contrat de professionnalisation de 12 à 18 mois, mise à disposition dans les entreprises adhérentes, formation qualifiante.',
        type: 'formation',
        thematiques: ['se-former--trouver-sa-formation', 'trouver-un-emploi--repondre-a-des-offres-demploi'],
        publics: ['jeunes', 'demandeurs-emploi'],
        zone: ['26', '07'],
        besoins: ['alternance', 'emploi'],
      },
    ],
  },
  {
    nom: 'Unis-Cité Valence',
    type: 'service_civique',
    siren: '41',
    lieu: '26362',
    adresse: '8 rue Madier-de-Montjau',
    email: 'valence@uniscite-demo.fr',
    siteWeb: 'https://www.uniscite.fr',
    horaires: 'Lundi au vendredi 9h-17h',
    description:
      'Service civique en équipe pour les 16-25 ans : missions de 8 mois dans la solidarité, l’environnement et la citoyenneté, avec formation civique.',
    contacts: ['Coordinatrice d’équipe'],
    services: [
      {
        nom: 'Service civique en équipe',
        description:
          'Missions de 24 heures par semaine pendant 8 mois, indemnisées, ouvertes à tous les jeunes de 16 à 25 ans sans condition de diplôme.',
        type: 'accompagnement',
        thematiques: ['remobilisation--participer-a-des-actions-solidaires-ou-de-benevolat'],
        publics: ['jeunes'],
        publicsPrecisions: 'De 16 à 25 ans (30 ans pour les jeunes en situation de handicap).',
        zone: ['26'],
        modesMobilisation: ['utiliser-lien-mobilisation', 'envoyer-un-courriel'],
        lienMobilisation: 'https://www.service-civique.gouv.fr',
        besoins: ['citoyennete', 'emploi'],
        poids: 2,
      },
    ],
  },
  {
    nom: 'Restos du cœur de la Drôme',
    type: 'association',
    siren: '40',
    lieu: '26362',
    adresse: '11 rue Berthelot',
    email: 'ad26@restosducoeur-demo.fr',
    siteWeb: 'https://www.restosducoeur.org',
    horaires: 'Distributions mardi et vendredi 13h30-16h30',
    description:
      'Aide alimentaire, vestiaire, aide à la personne et accompagnement vers l’emploi pour les personnes en difficulté.',
    contacts: ['Responsable de centre'],
    services: [
      {
        nom: 'Aide alimentaire',
        description:
          'Distribution de repas et de denrées pendant la campagne d’hiver et l’intercampagne, sur inscription selon les ressources.',
        type: 'aide-materielle',
        thematiques: ['gestion-financiere--obtenir-une-aide-alimentaire', 'equipement-et-alimentation--alimentation'],
        publics: ['jeunes', 'familles', 'personnes-en-situation-durgence'],
        besoins: ['ressources'],
      },
    ],
  },
  {
    nom: 'Secours populaire – fédération de la Drôme',
    type: 'association',
    siren: '77',
    lieu: '26362',
    adresse: '24 rue Chanoine-Ulysse-Chevalier',
    email: 'contact@spf26-demo.fr',
    siteWeb: null,
    horaires: 'Lundi au vendredi 14h-17h',
    description: null,
    contacts: ['Bénévole permanent'],
    services: [
      {
        nom: 'Libre-service alimentaire et vestimentaire',
        description:
          'Accès au libre-service alimentaire, aux vêtements et à des aides ponctuelles (rentrée, vacances) après un entretien d’accueil.',
        type: 'aide-materielle',
        thematiques: ['equipement-et-alimentation--habillement', 'equipement-et-alimentation--alimentation'],
        publics: ['jeunes', 'familles'],
        besoins: ['ressources'],
      },
    ],
  },
  {
    nom: 'DDETS de la Drôme',
    type: 'etat',
    siren: '13',
    lieu: '26362',
    adresse: '70 avenue de la Marne',
    email: 'ddets-insertion@drome-demo.gouv.fr',
    siteWeb: 'https://www.drome.gouv.fr',
    horaires: 'Lundi au vendredi 9h-12h, 14h-16h',
    description:
      'Direction départementale de l’emploi, du travail et des solidarités : pilotage du contrat d’engagement jeune, de l’insertion par l’activité économique et des politiques d’hébergement.',
    contacts: ['Chargée de mission insertion des jeunes'],
    services: [
      {
        nom: 'Allocation du contrat d’engagement jeune',
        description:
          'Suivi des allocations et des sanctions du contrat d’engagement jeune ; information des partenaires sur les dispositifs de l’État.',
        type: 'information',
        thematiques: ['gestion-financiere--beneficier-daides-financieres'],
        publics: ['jeunes'],
        mobilisablePar: PROS,
        besoins: [],
      },
    ],
    convention: {
      objet: 'Convention pluriannuelle d’objectifs avec l’État',
      signeeIlYaMois: 15,
      expireDansJours: 620,
    },
    conseil: { college: 'etat', representant: 'Directrice départementale adjointe', femme: true },
  },
  {
    nom: 'Club Entreprendre Valence Romans',
    type: 'autre',
    siren: '83',
    lieu: '26281',
    adresse: '1 rue de la Manutention',
    email: 'contact@club-entreprendre-demo.fr',
    siteWeb: null,
    horaires: 'Sur rendez-vous',
    description:
      'Réseau de chefs d’entreprise du bassin : parrainage de jeunes, visites d’entreprises, simulations d’entretien d’embauche.',
    contacts: ['Présidente', 'Animateur du réseau'],
    services: [
      {
        nom: 'Parrainage vers l’emploi',
        description:
          'Un chef d’entreprise parraine un jeune pendant six mois : réseau, conseils, simulations d’entretien et mises en relation.',
        type: 'accompagnement',
        thematiques: [
          'preparer-sa-candidature--developper-son-reseau',
          'trouver-un-emploi--convaincre-un-recruteur-en-entretien',
        ],
        publics: ['jeunes', 'residents-qpv-frr'],
        mobilisablePar: PROS,
        zone: AGGLO,
        besoins: ['emploi'],
      },
    ],
    conseil: { college: 'partenaires_economiques', representant: 'Présidente du club', femme: true },
  },
];

/** What the conseiller writes as the reason of an orientation, by need. */
export const MOTIFS_ORIENTATION: Readonly<Record<Besoin, readonly string[]>> = {
  emploi: [
    'Recherche d’emploi : inscription et mise en relation avec des offres.',
    'Prêt(e) à travailler tout de suite ; besoin d’un premier contrat.',
    'Reprise d’activité progressive après une longue période sans emploi.',
  ],
  formation: [
    'Sorti(e) sans diplôme, veut reprendre une formation.',
    'Projet de formation qualifiante à construire.',
    'Souhaite un cadre structurant pour reprendre une formation.',
  ],
  alternance: [
    'Cherche un contrat d’apprentissage pour la rentrée.',
    'Projet d’alternance validé ; recherche d’employeur.',
  ],
  logement: [
    'Hébergé(e) chez un tiers, cherche un logement autonome.',
    'Doit quitter le domicile familial : demande de logement.',
    'Sans solution d’hébergement depuis quelques jours.',
    'Commence un emploi loin de chez ses parents : besoin d’un logement temporaire.',
  ],
  sante: [
    'Exprime un mal-être ; accepte de rencontrer un professionnel.',
    'N’a pas consulté de médecin depuis plusieurs années.',
    'Droits à l’assurance maladie à ouvrir.',
  ],
  mobilite: [
    'Sans permis ni véhicule, emploi trouvé à 20 km.',
    'Veut passer le permis B ; besoin de financement.',
    'Ne sait pas utiliser les transports en commun pour se rendre en formation.',
  ],
  ressources: [
    'Sans ressources en attendant le premier salaire.',
    'Dettes et difficultés à gérer son budget.',
    'Droits CAF à vérifier (APL, prime d’activité).',
  ],
  citoyennete: [
    'Papiers d’identité à refaire ; besoin d’aide pour les démarches.',
    'Litige avec un employeur, a besoin d’un conseil juridique.',
    'Amendes impayées ; veut régulariser sa situation.',
  ],
  savoirs_base: [
    'Difficultés à l’écrit repérées en entretien.',
    'Besoin de consolider français et calcul avant une formation.',
  ],
  handicap: [
    'RQTH obtenue ; projet professionnel à adapter.',
    'Reconnaissance de handicap en cours ; besoin d’un accompagnement spécialisé.',
  ],
};

/** The partner's answer when it declines. */
export const MOTIFS_REFUS: readonly string[] = [
  'Plus de place avant la prochaine session.',
  'Ne remplit pas les conditions d’âge.',
  'Ne remplit pas les conditions de ressources.',
  'Hors de la zone d’intervention du partenaire.',
  'Le jeune n’a pas souhaité donner suite après l’entretien.',
  'Dossier incomplet malgré les relances.',
  'Projet jugé pas assez mûr par le partenaire ; à retravailler.',
];

export const COMMENTAIRES_ACCEPTEE: readonly string[] = [
  'Premier rendez-vous honoré.',
  'Entré(e) dans le dispositif.',
  'Pris(e) en charge par le partenaire.',
  'Dossier accepté ; démarrage confirmé.',
];

export const COMMENTAIRES_SANS_SUITE: readonly string[] = [
  'Ne s’est pas présenté(e) au rendez-vous du partenaire.',
  'Pas de nouvelles du partenaire ni du jeune malgré deux relances.',
  'Le jeune a trouvé une autre solution entre-temps.',
];
