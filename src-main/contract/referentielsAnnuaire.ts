/**
 * Referentials of the partner directory (issue 5). The codes of services — thématiques, publics,
 * frais, modes d'accueil, modes de mobilisation, types — are those of the public data·inclusion
 * schema, version 1 (https://gip-inclusion.github.io/data-inclusion-schema/), so that a file
 * published by data·inclusion is read without translation and the directory exported back
 * validates. Labels are French, as shown on screen.
 */

/** data·inclusion v1 thématiques: `categorie` or `categorie--sous-categorie`. */
export const THEMATIQUES_DI = {
  'acces-aux-droits-et-citoyennete': 'Accès aux droits et citoyenneté',
  'acces-aux-droits-et-citoyennete--accompagnement-dans-les-demarches-administratives':
    'Accompagnement dans les démarches administratives',
  'acces-aux-droits-et-citoyennete--accompagnement-juridique': 'Accompagnement juridique',
  'acces-aux-droits-et-citoyennete--aide-aux-victimes': 'Aide aux victimes',
  'acces-aux-droits-et-citoyennete--connaitre-ses-droits': 'Connaître ses droits',
  'acces-aux-droits-et-citoyennete--demandeurs-dasile-et-naturalisation': 'Demandeurs d’asile et naturalisation',
  'acces-aux-droits-et-citoyennete--developpement-durable': 'Développement durable',
  'acces-aux-droits-et-citoyennete--faciliter-laction-citoyenne': 'Faciliter l’action citoyenne',
  'accompagnement-social-et-professionnel-personnalise': 'Accompagnement social et professionnel personnalisé',
  'accompagnement-social-et-professionnel-personnalise--decrochage-scolaire': 'Décrochage scolaire',
  'accompagnement-social-et-professionnel-personnalise--definition-du-projet-professionnel':
    'Définition du projet professionnel',
  'accompagnement-social-et-professionnel-personnalise--parcours-d-insertion-socioprofessionnel':
    'Parcours d’insertion socio-professionnel',
  'apprendre-francais': 'Apprendre le français',
  'apprendre-francais--accompagnement-insertion-pro': 'Accompagnement vers l’insertion professionnelle',
  'apprendre-francais--communiquer-vie-tous-les-jours': 'Communiquer dans la vie de tous les jours',
  'apprendre-francais--suivre-formation': 'Suivre une formation',
  'choisir-un-metier': 'Choisir un métier',
  'choisir-un-metier--confirmer-son-choix-de-metier': 'Confirmer son choix de métier',
  'choisir-un-metier--connaitre-les-opportunites-demploi': 'Connaître les opportunités d’emploi',
  'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite': 'Découvrir un métier ou un secteur d’activité',
  'choisir-un-metier--identifier-ses-points-forts-et-ses-competences': 'Identifier ses points forts et ses compétences',
  'creation-activite': 'Création d’activité',
  'creation-activite--definir-son-projet-de-creation-dentreprise': 'Définir son projet de création d’entreprise',
  'creation-activite--developper-son-entreprise': 'Développer son entreprise',
  'creation-activite--financer-son-projet': 'Financer son projet',
  'creation-activite--reseautage-pour-createurs-dentreprise': 'Réseautage pour créateurs d’entreprise',
  'creation-activite--structurer-son-projet-de-creation-dentreprise': 'Structurer son projet de création d’entreprise',
  'equipement-et-alimentation': 'Équipement et alimentation',
  'equipement-et-alimentation--acces-a-du-materiel-informatique': 'Accès à du matériel informatique',
  'equipement-et-alimentation--acces-a-un-telephone-et-un-abonnement': 'Accès à un téléphone et un abonnement',
  'equipement-et-alimentation--aide-menagere': 'Aide ménagère',
  'equipement-et-alimentation--alimentation': 'Alimentation',
  'equipement-et-alimentation--electromenager': 'Électroménager',
  'equipement-et-alimentation--habillement': 'Habillement',
  famille: 'Famille',
  'famille--accompagnement-femme-enceinte-bebe-jeune-enfant': 'Accompagnement femme enceinte, bébé, jeune enfant',
  'famille--garde-denfants': 'Garde d’enfants',
  'famille--information-et-accompagnement-des-parents': 'Information et accompagnement des parents',
  'famille--jeunes-sans-soutien-familial': 'Jeunes sans soutien familial',
  'famille--soutien-a-la-parentalite': 'Soutien à la parentalité',
  'famille--soutien-aux-familles': 'Soutien aux familles',
  'famille--violences-intrafamiliales': 'Violences intrafamiliales',
  'gestion-financiere': 'Gestion financière',
  'gestion-financiere--acces-au-micro-credit': 'Accès au micro-crédit',
  'gestion-financiere--accompagnement-aux-personnes-en-difficultes-financieres':
    'Accompagnement aux personnes en difficultés financières',
  'gestion-financiere--apprendre-a-gerer-son-budget': 'Apprendre à gérer son budget',
  'gestion-financiere--beneficier-daides-financieres': 'Bénéficier d’aides financières',
  'gestion-financiere--creation-et-utilisation-dun-compte-bancaire': 'Création et utilisation d’un compte bancaire',
  'gestion-financiere--obtenir-une-aide-alimentaire': 'Obtenir une aide alimentaire',
  'gestion-financiere--prevention-et-gestion-du-surendettement': 'Prévention et gestion du surendettement',
  handicap: 'Handicap',
  'handicap--accompagnement-par-une-structure-specialisee': 'Accompagnement par une structure spécialisée',
  'handicap--adaptation-au-poste-de-travail': 'Adaptation au poste de travail',
  'handicap--adapter-son-logement': 'Adapter son logement',
  'handicap--aide-a-la-personne': 'Aide à la personne en situation de handicap ou malade',
  'handicap--connaissance-des-droits-des-travailleurs': 'Connaissance des droits des travailleurs',
  'handicap--faire-reconnaitre-un-handicap': 'Faire reconnaître un handicap',
  'handicap--favoriser-le-retour-et-le-maintien-dans-lemploi': 'Favoriser le retour et le maintien dans l’emploi',
  'handicap--gerer-le-depart-a-la-retraite-des-personnes-en-situation-de-handicap':
    'Gérer le départ à la retraite des personnes en situation de handicap',
  'handicap--mobilite-des-personnes-en-situation-de-handicap': 'Mobilité des personnes en situation de handicap',
  illettrisme: 'Illettrisme',
  'illettrisme--accompagner-scolarite': 'Accompagner la scolarité d’un enfant',
  'illettrisme--ameliorer-vocabulaire': 'Améliorer un niveau de vocabulaire',
  'illettrisme--etre-autonome': 'Être autonome dans la vie de tous les jours',
  'illettrisme--info-acquisition-connaissances': 'Être informé(e) sur l’acquisition des compétences de base',
  'illettrisme--permis-conduire': 'Passer le permis de conduire',
  'illettrisme--reperer-situation-illettrisme': 'Repérer des situations d’illettrisme',
  'illettrisme--surmonter-trouble-apprentissage': 'Surmonter un trouble de l’apprentissage',
  'illettrisme--trouver-emploi-formation': 'Trouver un emploi ou une formation',
  'illettrisme--utiliser-numerique': 'Savoir utiliser les outils numériques',
  'illettrisme--valider-certification-clea': 'Valider une certification Cléa',
  'logement-hebergement': 'Logement et hébergement',
  'logement-hebergement--aides-financieres-investissement-locatif': 'Aides financières pour l’investissement locatif',
  'logement-hebergement--besoin-dadapter-mon-logement': 'Besoin d’adapter mon logement',
  'logement-hebergement--connaissance-de-ses-droits-et-interlocuteurs': 'Connaissance de ses droits et interlocuteurs',
  'logement-hebergement--demenagement': 'Déménagement',
  'logement-hebergement--etre-accompagne-dans-son-projet-accession': 'Être accompagné(e) dans son projet d’accession',
  'logement-hebergement--etre-accompagne-en cas-de-difficultes-financieres':
    'Être accompagné(e) en cas de difficultés financières',
  'logement-hebergement--etre-accompagne-pour-se-loger': 'Être accompagné(e) pour se loger',
  'logement-hebergement--financer-son-projet-travaux': 'Financer son projet de travaux',
  'logement-hebergement--gerer-son-budget': 'Gérer son budget',
  'logement-hebergement--mal-loges-sans-logis': 'Mal logé / sans logis',
  'logement-hebergement--probleme-avec-son-logement': 'Problème avec son logement',
  'logement-hebergement--reprendre-un-emploi-ou-une-formation': 'Reprendre un emploi ou une formation',
  mobilite: 'Mobilité',
  'mobilite--acheter-un-vehicule-motorise': 'Acheter un véhicule motorisé',
  'mobilite--acheter-un-velo': 'Acheter un vélo',
  'mobilite--aides-a-la-reprise-demploi-ou-a-la-formation': 'Aides à la reprise d’emploi ou à la formation',
  'mobilite--apprendre-a-utiliser-un-deux-roues': 'Apprendre à utiliser un deux-roues',
  'mobilite--comprendre-et-utiliser-les-transports-en-commun': 'Comprendre et utiliser les transports en commun',
  'mobilite--entretenir-reparer-son-vehicule': 'Entretenir ou réparer son véhicule',
  'mobilite--etre-accompagne-dans-son-parcours-mobilite': 'Être accompagné(e) dans son parcours mobilité',
  'mobilite--financer-mon-projet-mobilite': 'Financer mon projet mobilité',
  'mobilite--louer-un-vehicule': 'Louer un véhicule (voiture, vélo, scooter…)',
  'mobilite--preparer-son-permis-de-conduire-se-reentrainer-a-la-conduite':
    'Préparer son permis de conduire, se réentraîner à la conduite',
  numerique: 'Numérique',
  'numerique--acceder-a-du-materiel': 'Accéder à du matériel',
  'numerique--acceder-a-une-connexion-internet': 'Accéder à une connexion internet',
  'numerique--accompagner-les-demarches-de-sante': 'Accompagner les démarches de santé',
  'numerique--approfondir-ma-culture-numerique': 'Approfondir ma culture numérique',
  'numerique--creer-avec-le-numerique': 'Créer avec le numérique',
  'numerique--creer-et-developper-mon-entreprise': 'Créer et développer mon entreprise',
  'numerique--devenir-autonome-dans-les-demarches-administratives':
    'Devenir autonome dans les démarches administratives',
  'numerique--favoriser-mon-insertion-professionnelle': 'Favoriser mon insertion professionnelle',
  'numerique--prendre-en-main-un-ordinateur': 'Prendre en main un ordinateur',
  'numerique--prendre-en-main-un-smartphone-ou-une-tablette': 'Prendre en main un smartphone ou une tablette',
  'numerique--promouvoir-la-citoyennete-numerique': 'Promouvoir la citoyenneté numérique',
  'numerique--realiser-des-demarches-administratives-avec-un-accompagnement':
    'Réaliser des démarches administratives avec un accompagnement',
  'numerique--s-equiper-en-materiel-informatique': 'S’équiper en matériel informatique',
  'numerique--soutenir-la-parentalite-et-l-education-avec-le-numerique':
    'Soutenir la parentalité et l’éducation avec le numérique',
  'numerique--utiliser-le-numerique-au-quotidien': 'Utiliser le numérique au quotidien',
  'preparer-sa-candidature': 'Préparer sa candidature',
  'preparer-sa-candidature--developper-son-reseau': 'Développer son réseau',
  'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi':
    'Organiser ses démarches de recherche d’emploi',
  'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation':
    'Réaliser un CV et/ou une lettre de motivation',
  'preparer-sa-candidature--valoriser-ses-competences': 'Valoriser ses compétences',
  remobilisation: 'Remobilisation',
  'remobilisation--bien-etre': 'Bien-être',
  'remobilisation--decouvrir-son-potentiel-via-le-sport-et-la-culture':
    'Découvrir son potentiel via le sport et la culture',
  'remobilisation--discrimination': 'Discrimination',
  'remobilisation--identifier-ses-competences-et-aptitudes': 'Identifier ses compétences et aptitudes',
  'remobilisation--lien-social': 'Lien social',
  'remobilisation--participer-a-des-actions-solidaires-ou-de-benevolat':
    'Participer à des actions solidaires ou de bénévolat',
  'remobilisation--pression-sociale': 'Pression sociale',
  'remobilisation--restaurer-sa-confiance-son-image-de-soi': 'Restaurer sa confiance, son image de soi',
  sante: 'Santé',
  'sante--acces-aux-soins': 'Accès aux soins',
  'sante--accompagnement-de-la-femme-enceinte-du-bebe-et-du-jeune-enfant':
    'Accompagnement de la femme enceinte, du bébé et du jeune enfant',
  'sante--accompagner-les-traumatismes': 'Accompagner les traumatismes',
  'sante--bien-etre-psychologique': 'Bien-être psychologique',
  'sante--diagnostic-et-accompagnement-a-lemployabilite': 'Diagnostic et accompagnement à l’employabilité',
  'sante--faire-face-a-une-situation-daddiction': 'Faire face à une situation d’addiction',
  'sante--obtenir-la-prise-en-charge-de-frais-medicaux': 'Obtenir la prise en charge de frais médicaux',
  'sante--prevention-et-acces-aux-soins': 'Prévention et accès aux soins',
  'sante--se-soigner-et-prevenir-la-maladie': 'Se soigner et prévenir la maladie',
  'sante--vie-relationnelle-et-affective': 'Vie relationnelle et affective',
  'se-former': 'Se former',
  'se-former--monter-son-dossier-de-formation': 'Monter son dossier de formation',
  'se-former--trouver-sa-formation': 'Trouver sa formation',
  'se-former--utiliser-le-numerique': 'Utiliser le numérique',
  'souvrir-a-linternational': 'S’ouvrir à l’international',
  'souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger':
    'Connaître les opportunités d’emploi à l’étranger',
  'souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger':
    'S’informer sur les aides pour travailler à l’étranger',
  'souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france': 'S’organiser suite à son retour en France',
  'trouver-un-emploi': 'Trouver un emploi',
  'trouver-un-emploi--convaincre-un-recruteur-en-entretien': 'Convaincre un recruteur en entretien',
  'trouver-un-emploi--faire-des-candidatures-spontanees': 'Faire des candidatures spontanées',
  'trouver-un-emploi--repondre-a-des-offres-demploi': 'Répondre à des offres d’emploi',
  'trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs':
    'Suivre ses candidatures et relancer les employeurs',
} as const satisfies Record<string, string>;
export type ThematiqueDi = keyof typeof THEMATIQUES_DI;
export const THEMATIQUES = Object.keys(THEMATIQUES_DI) as [ThematiqueDi, ...ThematiqueDi[]];
/** The top-level categories (no `--`), used to filter and to group the sub-themes on screen. */
export const CATEGORIES_THEMATIQUES = THEMATIQUES.filter((t) => !t.includes('--'));
/** The category of a theme (`logement-hebergement--mal-loges-sans-logis` → `logement-hebergement`). */
export function categorieDe(thematique: string): string {
  return thematique.split('--')[0] ?? thematique;
}

export const PUBLICS_DI = {
  actifs: 'Actifs',
  'beneficiaires-des-minimas-sociaux': 'Bénéficiaires des minima sociaux',
  'demandeurs-emploi': "Demandeurs d'emploi",
  etudiants: 'Étudiants',
  familles: 'Familles',
  femmes: 'Femmes',
  jeunes: 'Jeunes',
  'personnes-en-situation-de-handicap': 'Personnes en situation de handicap',
  'personnes-en-situation-durgence': "Personnes en situation d'urgence",
  'personnes-en-situation-juridique-specifique': 'Personnes en situation juridique spécifique',
  'personnes-exilees': 'Personnes exilées',
  'residents-qpv-frr': 'Résidents en QPV ou FRR',
  seniors: 'Seniors',
} as const satisfies Record<string, string>;
export type PublicDi = keyof typeof PUBLICS_DI;
export const PUBLICS = Object.keys(PUBLICS_DI) as [PublicDi, ...PublicDi[]];

export const FRAIS = ['gratuit', 'payant'] as const;
export const FRAIS_LIBELLES: Record<(typeof FRAIS)[number], string> = { gratuit: 'Gratuit', payant: 'Payant' };

export const MODES_ACCUEIL = ['en-presentiel', 'a-distance'] as const;
export const MODE_ACCUEIL_LIBELLES: Record<(typeof MODES_ACCUEIL)[number], string> = {
  'en-presentiel': 'En présentiel',
  'a-distance': 'À distance',
};

export const MODES_MOBILISATION = [
  'envoyer-un-courriel',
  'se-presenter',
  'telephoner',
  'utiliser-lien-mobilisation',
] as const;
export const MODE_MOBILISATION_LIBELLES: Record<(typeof MODES_MOBILISATION)[number], string> = {
  'envoyer-un-courriel': 'Envoyer un courriel',
  'se-presenter': 'Se présenter',
  telephoner: 'Téléphoner',
  'utiliser-lien-mobilisation': 'Utiliser le lien de mobilisation',
};

export const MOBILISABLE_PAR = ['professionnels', 'usagers'] as const;
export const MOBILISABLE_PAR_LIBELLES: Record<(typeof MOBILISABLE_PAR)[number], string> = {
  professionnels: 'Les professionnels',
  usagers: 'Les personnes elles-mêmes',
};

export const TYPES_SERVICE = [
  'accompagnement',
  'aide-financiere',
  'aide-materielle',
  'atelier',
  'financement',
  'formation',
  'information',
] as const;
export const TYPE_SERVICE_LIBELLES: Record<(typeof TYPES_SERVICE)[number], string> = {
  accompagnement: 'Accompagnement',
  'aide-financiere': 'Aide financière',
  'aide-materielle': 'Aide matérielle',
  atelier: 'Atelier',
  financement: 'Financement',
  formation: 'Formation',
  information: 'Information',
};

/** A code of the eligibility zone: commune (INSEE), département, EPCI (SIREN), or the whole country. */
export const ZONE_FRANCE = 'france';
export const CODE_ZONE_RE = /^(\d{5}|2[AB]\d{3}|\d{2}|2[AB]|97\d|\d{9}|france|99100)$/;

/** Partner types (DOMAIN.md "partenaire" and the list). */
export const TYPES_PARTENAIRE = [
  'etat',
  'collectivite',
  'france_travail',
  'cap_emploi',
  'organisme_formation',
  'cfa',
  'chambre_consulaire',
  'association',
  'sante',
  'logement',
  'mobilite',
  'justice',
  'education',
  'e2c',
  'epide',
  'siae',
  'service_civique',
  'autre',
] as const;
export type TypePartenaire = (typeof TYPES_PARTENAIRE)[number];
export const TYPE_PARTENAIRE_LIBELLES: Record<TypePartenaire, string> = {
  etat: "Services de l'État",
  collectivite: 'Collectivité',
  france_travail: 'France Travail',
  cap_emploi: 'Cap emploi',
  organisme_formation: 'Organisme de formation',
  cfa: "Centre de formation d'apprentis (CFA)",
  chambre_consulaire: 'Chambre consulaire',
  association: 'Association',
  sante: 'Santé',
  logement: 'Logement',
  mobilite: 'Mobilité',
  justice: 'Justice',
  education: 'Éducation',
  e2c: 'École de la 2e chance (E2C)',
  epide: 'EPIDE',
  siae: "Structure d'insertion par l'activité économique (SIAE)",
  service_civique: 'Service civique',
  autre: 'Autre',
};

/**
 * data·inclusion "réseaux porteurs" ↔ partner type, where one says the other. An import takes
 * the first network that maps; an export names the network of the type, if any.
 */
export const RESEAU_PAR_TYPE: Partial<Record<TypePartenaire, string>> = {
  etat: 'regions',
  collectivite: 'communes',
  france_travail: 'france-travail',
  cap_emploi: 'cap-emploi-reseau-cheops',
  chambre_consulaire: 'chambres-consulaires',
  e2c: 'ecoles-de-la-deuxieme-chance',
  epide: 'epide',
  siae: 'siae',
  service_civique: 'unis-cite',
};
export const TYPE_PAR_RESEAU: Record<string, TypePartenaire> = {
  ...Object.fromEntries(Object.entries(RESEAU_PAR_TYPE).map(([t, r]) => [r, t as TypePartenaire])),
  departements: 'collectivite',
  'ccas-cias': 'collectivite',
  'maisons-des-solidarites': 'collectivite',
  afpa: 'organisme_formation',
  cnam: 'organisme_formation',
  'reseau-app': 'organisme_formation',
  'grandes-ecoles-du-numerique': 'organisme_formation',
  simplon: 'organisme_formation',
  cpam: 'sante',
  cmp: 'sante',
  cms: 'sante',
  csapa: 'sante',
  caarud: 'sante',
  'action-logement': 'logement',
  'residences-fjt': 'logement',
  siao: 'logement',
  chrs: 'logement',
  chu: 'logement',
  wimoov: 'mobilite',
  mobin: 'mobilite',
  pjj: 'justice',
  spip: 'justice',
  'points-justice': 'justice',
  'campus-connecte': 'education',
  'chantier-ecole': 'siae',
  geiq: 'siae',
  'unis-cite': 'service_civique',
};

/** The colleges of the ML's board (UNML cadre commun: 4 colleges). */
export const COLLEGES = ['elus', 'etat', 'partenaires_economiques', 'associations'] as const;
export type College = (typeof COLLEGES)[number];
export const COLLEGE_LIBELLES: Record<College, string> = {
  elus: 'Collège des élus',
  etat: "Collège de l'État et des services publics",
  partenaires_economiques: 'Collège des partenaires économiques et sociaux',
  associations: 'Collège des associations et personnes qualifiées',
};

/** Days of the week as stored for permanences (ISO: 1 = lundi). */
export const JOURS_SEMAINE = [1, 2, 3, 4, 5, 6] as const;
export const JOUR_LIBELLES: Record<number, string> = {
  1: 'Lundi',
  2: 'Mardi',
  3: 'Mercredi',
  4: 'Jeudi',
  5: 'Vendredi',
  6: 'Samedi',
};

/** The life of an orientation: proposed, then the partner's answer (or none). */
export const STATUTS_ORIENTATION = ['proposee', 'acceptee', 'refusee', 'sans_suite'] as const;
export type StatutOrientation = (typeof STATUTS_ORIENTATION)[number];
export const STATUT_ORIENTATION_LIBELLES: Record<StatutOrientation, string> = {
  proposee: 'Proposée',
  acceptee: 'Acceptée',
  refusee: 'Refusée',
  sans_suite: 'Sans suite',
};

/** Where an orientation was made from. */
export const ORIGINES_ORIENTATION = ['dossier', 'accueil', 'diagnostic'] as const;
export type OrigineOrientation = (typeof ORIGINES_ORIENTATION)[number];

/** The data·inclusion `source` of the partners and services created in Tremplin. */
export const SOURCE_TREMPLIN = 'tremplin';
