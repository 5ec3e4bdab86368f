/**
 * The raw material of the demo's paths: diplomas, professional projects with their employers and
 * trainings, the short sentences a conseiller types in a diagnostic or an event note, workshop
 * titles. Synthetic: employers and bodies are plausible for the Drôme, not real records.
 */
import type { Dimension, Logement, Niveau, Ressource, TypeAtelier } from '../../contract/referentielsParcours';

export const DIPLOMES: Record<Niveau, readonly (string | null)[]> = {
  infra_3: [null, null, 'Diplôme national du brevet', 'CFG', null],
  niveau_3: ['CAP Cuisine', 'CAP Petite enfance (AEPE)', 'CAP Maçon', 'BEP Métiers de la relation client', 'CAP Vente'],
  niveau_4: ['Bac pro Commerce', 'Bac pro Logistique', 'Bac STMG', 'Bac général', 'Bac pro ASSP', 'Bac pro MELEC'],
  niveau_5_plus: ['BTS MCO', 'BTS NDRC', 'BUT GEA', 'Licence de psychologie', 'BTS SIO'],
};

/** Street names for the address of the file (the commune is recorded separately). */
export const RUES: readonly string[] = [
  'rue Émile-Augier',
  'avenue de Romans',
  'rue des Alpes',
  'boulevard Vauban',
  'rue Jean-Jaurès',
  'chemin des Mûriers',
  'allée des Tilleuls',
  'rue du Docteur-Bonnet',
  'place de la Liberté',
  'rue Pierre-Sémard',
  'impasse des Vignes',
  'rue de la Forêt',
];

export interface MetierDemo {
  projet: string;
  postes: readonly string[];
  employeurs: readonly string[];
  formations: readonly string[];
  /** Work-study programme prepared in this trade. */
  alternance: string;
}

/** Professional projects, most frequent first; each brings its jobs, employers and trainings. */
export const METIERS: readonly MetierDemo[] = [
  {
    projet: 'vente et commerce',
    postes: ['Employé(e) de libre-service', 'Vendeur(se) en prêt-à-porter', 'Caissier(ère)'],
    employeurs: ['Carrefour Market Valence', 'Intermarché Romans', 'Lidl Bourg-lès-Valence', 'Decathlon Valence'],
    formations: ['Titre pro Employé commercial', 'CAP Équipier polyvalent du commerce'],
    alternance: 'BTS MCO',
  },
  {
    projet: 'logistique',
    postes: ['Préparateur(trice) de commandes', 'Cariste', 'Manutentionnaire'],
    employeurs: ['Entrepôts Jacquet Portes-lès-Valence', 'Transports Gontard', 'Plateforme Leclerc Romans'],
    formations: ['Titre pro Préparateur de commandes', 'CACES R489 catégories 1, 3 et 5'],
    alternance: 'Bac pro Logistique',
  },
  {
    projet: 'restauration et hôtellerie',
    postes: ['Commis de cuisine', 'Serveur(se)', 'Plongeur(se)'],
    employeurs: [
      'Brasserie du Champ-de-Mars',
      'Hôtel Les Négociants',
      'Crêperie du Vieux-Valence',
      'Pizzeria Bella Crest',
    ],
    formations: ['Titre pro Agent de restauration', 'CAP Cuisine en un an'],
    alternance: 'CAP Cuisine',
  },
  {
    projet: 'aide à la personne et soin',
    postes: ['Agent(e) de service hospitalier', 'Auxiliaire de vie', 'Agent(e) d’entretien en EHPAD'],
    employeurs: [
      'EHPAD Les Tilleuls',
      'ADMR de la Drôme',
      'Clinique générale de Valence',
      'Centre hospitalier de Crest',
    ],
    formations: ['Titre pro Assistant de vie aux familles', 'Préparation au concours d’aide-soignant'],
    alternance: 'DE Aide-soignant',
  },
  {
    projet: 'bâtiment',
    postes: ['Manœuvre', 'Aide-maçon', 'Peintre en bâtiment'],
    employeurs: ['Chabert BTP', 'SARL Roux Maçonnerie', 'Eiffage Valence', 'Peinture Moulin'],
    formations: ['Titre pro Maçon', 'Préparation aux métiers du BTP'],
    alternance: 'CAP Maçon',
  },
  {
    projet: 'espaces verts et agriculture',
    postes: ['Ouvrier(ère) agricole', 'Agent(e) d’espaces verts', 'Cueilleur(se) saisonnier'],
    employeurs: ['Vergers de la Vallée', 'Pépinières Bouvier', 'Mairie de Crest', 'Coopérative de Die'],
    formations: ['CAPA Jardinier paysagiste', 'Certificat de spécialisation arboriculture'],
    alternance: 'CAPA Jardinier paysagiste',
  },
  {
    projet: 'mécanique automobile',
    postes: ['Aide-mécanicien(ne)', 'Laveur(se) de véhicules'],
    employeurs: ['Garage Moulin', 'Norauto Valence', 'Speedy Romans'],
    formations: ['CQP Opérateur service rapide'],
    alternance: 'CAP Maintenance des véhicules',
  },
  {
    projet: 'animation et petite enfance',
    postes: ['Animateur(trice) périscolaire', 'Agent(e) de crèche'],
    employeurs: ['Ville de Valence', 'Centre social de Fontbarlettes', 'Crèche Les Petits Loups'],
    formations: ['BAFA', 'BPJEPS Animation sociale'],
    alternance: 'CAP AEPE',
  },
  {
    projet: 'industrie',
    postes: ['Opérateur(trice) de production', 'Agent(e) de fabrication'],
    employeurs: ['Chocolaterie Valrhona', 'Thales Valence', 'Plasturgie Drômoise'],
    formations: ['Titre pro Agent de fabrication industrielle', 'CQPM Opérateur régleur'],
    alternance: 'Bac pro Pilote de ligne de production',
  },
];

export const AGENCES_INTERIM: readonly string[] = [
  'Adecco Valence',
  'Manpower Romans',
  'Randstad Valence',
  'Synergie Crest',
];
export const EMPLOYEURS_IAE: readonly string[] = [
  'Régie de quartier de Valence',
  'Emmaüs Romans (chantier d’insertion)',
  'Les Jardins de Crest (chantier d’insertion)',
  'Recyclerie Drôme Nord',
];
export const EMPLOYEURS_CONTRAT_AIDE: readonly string[] = [
  'Mairie de Bourg-lès-Valence',
  'Association Habitat Jeunes',
  'Collège Jean-Macé',
  'Communauté de communes du Diois',
];
export const ORGANISMES_FORMATION: readonly string[] = [
  'AFPA Valence',
  'GRETA Viva 5',
  'CFPPA de Die',
  'IFRA Valence',
  'Prépa compétences (France Travail)',
  'École de la deuxième chance',
];
export const ORGANISMES_SERVICE_CIVIQUE: readonly string[] = [
  'Unis-Cité Drôme',
  'Ligue de l’enseignement de la Drôme',
  'Restos du cœur de Valence',
  'Mairie de Romans-sur-Isère',
];
export const CFA: readonly string[] = [
  'CFA du BTP de la Drôme',
  'CFA de la CMA Drôme',
  'CFA agricole du Diois',
  'IFRIA',
];

/** What the file says on each dimension, as typed in the diagnostic. */
export const SITUATION_LOGEMENT: Record<Logement, string> = {
  parents: 'Vit chez ses parents.',
  autonome: 'Locataire d’un studio, loyer payé seul(e).',
  heberge_tiers: 'Hébergé(e) chez un ami, de façon précaire.',
  foyer: 'En foyer de jeunes travailleurs.',
  hebergement_urgence: 'Hébergement d’urgence (115) depuis trois semaines.',
  sans_domicile: 'Sans solution de logement, dort chez des connaissances.',
  autre: 'Vit en caravane sur le terrain de sa famille.',
};
export const SITUATION_RESSOURCES: Record<Ressource, string> = {
  aucune: 'Aucune ressource.',
  salaire: 'Salaire d’un emploi à temps partiel.',
  allocation_parcours: 'Allocation de parcours.',
  chomage: 'Allocation chômage pour quelques mois.',
  rsa: 'Bénéficiaire du RSA.',
  aah: 'Perçoit l’AAH.',
  famille: 'Aidé(e) par sa famille.',
  autre: 'Bourse d’études.',
};

export const SITUATIONS_EMPLOI: readonly string[] = [
  'Sans emploi depuis la fin de sa scolarité.',
  'Quelques missions d’intérim, plus rien depuis six mois.',
  'A travaillé l’été dernier en restauration.',
  'Fin de CDD en logistique il y a deux mois.',
  'Jamais travaillé, pas encore de CV.',
];

/** Freins by dimension: what blocks, as a conseiller writes it. */
export const FREINS: Record<Dimension, readonly string[]> = {
  emploi: [
    'Pas d’expérience professionnelle ; projet à construire.',
    'Ne sait pas encore se présenter à un employeur.',
  ],
  formation: [
    'Aucun diplôme : une qualification est nécessaire pour son projet.',
    'Décrochage en cours d’année, projet de formation flou.',
  ],
  logement: ['Hébergement précaire : demande de logement à déposer.', 'Risque d’expulsion, dette de loyer.'],
  sante: [
    'Droits santé à ouvrir (complémentaire santé solidaire).',
    'Fatigue et troubles du sommeil, orientation vers le point santé jeunes.',
  ],
  mobilite: ['Pas de permis, commune mal desservie.', 'Ni permis ni véhicule, horaires décalés impossibles.'],
  ressources: ['Aucun revenu : aide financière (FAJ) à demander.', 'Dettes, budget à reprendre.'],
  citoyennete: ['Carte d’identité périmée à renouveler.', 'Titre de séjour en cours de renouvellement.'],
  savoirs_base: [
    'Difficultés à l’écrit : remise à niveau à prévoir.',
    'Peu à l’aise avec le numérique, pas d’adresse mail.',
  ],
};

export const SITUATIONS_SANS_FREIN: Record<'sante' | 'citoyennete' | 'savoirs_base', readonly string[]> = {
  sante: [
    'Pas de difficulté signalée.',
    'Suivi par son médecin traitant.',
    'Pas de médecin traitant, pas de difficulté.',
  ],
  citoyennete: ['Joue au football en club.', 'Bénévole dans une association de quartier.', 'Pas d’activité de loisir.'],
  savoirs_base: ['Lecture, écriture et calcul acquis.', 'À l’aise à l’écrit et avec le numérique.'],
};

export const NOTES_DIMENSION: readonly string[] = [
  'À revoir au prochain entretien.',
  'Le jeune en parle facilement.',
  'Sujet sensible, ne pas insister.',
  'Pièces justificatives à apporter.',
];

/** An event's note, by theme. */
export const NOTES_ENTRETIEN: Record<Dimension, readonly string[]> = {
  emploi: [
    'Travail sur le CV et la lettre de motivation.',
    'Point sur les candidatures envoyées.',
    'Préparation d’un entretien d’embauche.',
    'Ciblage des entreprises du secteur.',
  ],
  formation: [
    'Recherche d’une formation qualifiante ; dossier d’inscription commencé.',
    'Point sur le financement de la formation.',
  ],
  logement: [
    'Demande de logement social déposée.',
    'Dossier FJT en cours.',
    'Point sur la recherche de logement avec le CLLAJ.',
  ],
  sante: [
    'Orientation vers le point santé jeunes.',
    'Ouverture des droits CSS faite.',
    'Bilan de santé CPAM programmé.',
  ],
  mobilite: [
    'Inscription au code de la route financée.',
    'Dossier d’aide au permis déposé.',
    'Prêt d’un scooter par la plateforme mobilité.',
  ],
  ressources: ['Demande d’aide FAJ instruite.', 'Point budget.', 'Dossier de prime d’activité monté avec le jeune.'],
  citoyennete: ['Renouvellement de la carte d’identité.', 'Inscription au club de sport du quartier.'],
  savoirs_base: [
    'Inscription à l’atelier de remise à niveau.',
    'Création d’une adresse mail et de l’espace France Travail.',
    'Exercices de rédaction pour les candidatures.',
  ],
};
export const NOTES_TELEPHONE: readonly string[] = [
  'Relance téléphonique, rendez-vous confirmé.',
  'Ne répond pas, message laissé.',
  'Point rapide sur la recherche d’emploi.',
  'Appelle pour une offre vue en ligne.',
];
export const NOTES_MAIL: readonly string[] = [
  'Envoi d’offres par mail.',
  'SMS de rappel du rendez-vous.',
  'Envoi de la liste des pièces à fournir.',
];
export const NOTES_MEDIATION: readonly string[] = [
  'Médiation avec l’employeur après des retards répétés.',
  'Rencontre tripartite avec le tuteur et le jeune.',
];
export const NOTES_VISITE: readonly string[] = [
  'Visite en entreprise avec le tuteur.',
  'Visite sur le lieu de travail.',
];

export const ATELIERS: Record<TypeAtelier, readonly { intitule: string; themes: readonly Dimension[] }[]> = {
  atelier_emploi: [
    { intitule: 'Techniques de recherche d’emploi', themes: ['emploi'] },
    { intitule: 'Réaliser son CV', themes: ['emploi'] },
    { intitule: 'Préparer un entretien d’embauche', themes: ['emploi'] },
    { intitule: 'Job dating emplois saisonniers', themes: ['emploi'] },
  ],
  atelier_formation: [
    { intitule: 'Découvrir les métiers du soin', themes: ['formation'] },
    { intitule: 'Financer sa formation', themes: ['formation', 'ressources'] },
  ],
  atelier_alternance: [
    { intitule: 'L’alternance, mode d’emploi', themes: ['emploi', 'formation'] },
    { intitule: 'Trouver son employeur en alternance', themes: ['emploi', 'formation'] },
  ],
  information_collective: [
    { intitule: 'Présentation de la Mission Locale', themes: ['emploi', 'formation'] },
    { intitule: 'Information collective École de la deuxième chance', themes: ['formation'] },
  ],
  autre: [
    { intitule: 'Atelier budget', themes: ['ressources'] },
    { intitule: 'Atelier mobilité', themes: ['mobilite'] },
    { intitule: 'Atelier numérique', themes: ['savoirs_base'] },
    { intitule: 'Sport et insertion', themes: ['citoyennete', 'sante'] },
  ],
};
