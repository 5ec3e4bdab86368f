/**
 * The raw material of the demo Mission Locale: a Drôme-like territory, its staff, the names of
 * its jeunes and its partners. Synthetic: any resemblance to a real person is chance. Lists of
 * names are written most frequent first (see `Alea.choixFrequent`).
 */
import type { Role } from '../../contract/core';
import type { TypeSite } from '../../contract/referentiels';

export interface CommuneDemo {
  insee: string;
  nom: string;
  codePostal: string;
  qpv: boolean;
  zrr: boolean;
  /** Share of the jeunes living there (rough population weight). */
  poids: number;
  /** Index in SITES of the site that serves it. */
  site: number;
}

export const COMMUNES: readonly CommuneDemo[] = [
  { insee: '26362', nom: 'Valence', codePostal: '26000', qpv: true, zrr: false, poids: 300, site: 0 },
  { insee: '26058', nom: 'Bourg-lès-Valence', codePostal: '26500', qpv: true, zrr: false, poids: 60, site: 0 },
  { insee: '26252', nom: 'Portes-lès-Valence', codePostal: '26800', qpv: true, zrr: false, poids: 45, site: 0 },
  { insee: '26313', nom: 'Saint-Marcel-lès-Valence', codePostal: '26320', qpv: false, zrr: false, poids: 20, site: 0 },
  { insee: '26064', nom: 'Chabeuil', codePostal: '26120', qpv: false, zrr: false, poids: 25, site: 0 },
  { insee: '26170', nom: 'Malissard', codePostal: '26120', qpv: false, zrr: false, poids: 12, site: 0 },
  { insee: '26124', nom: 'Étoile-sur-Rhône', codePostal: '26800', qpv: false, zrr: false, poids: 18, site: 0 },
  { insee: '26037', nom: 'Beaumont-lès-Valence', codePostal: '26760', qpv: false, zrr: false, poids: 12, site: 0 },
  { insee: '26201', nom: 'Montéléger', codePostal: '26760', qpv: false, zrr: false, poids: 6, site: 0 },
  { insee: '26165', nom: 'Livron-sur-Drôme', codePostal: '26250', qpv: false, zrr: false, poids: 25, site: 2 },
  { insee: '26166', nom: 'Loriol-sur-Drôme', codePostal: '26270', qpv: false, zrr: false, poids: 20, site: 2 },
  { insee: '26281', nom: 'Romans-sur-Isère', codePostal: '26100', qpv: true, zrr: false, poids: 140, site: 1 },
  { insee: '26057', nom: 'Bourg-de-Péage', codePostal: '26300', qpv: false, zrr: false, poids: 40, site: 1 },
  { insee: '26004', nom: 'Alixan', codePostal: '26300', qpv: false, zrr: false, poids: 8, site: 1 },
  { insee: '26088', nom: 'Chatuzange-le-Goubet', codePostal: '26300', qpv: false, zrr: false, poids: 12, site: 1 },
  { insee: '26217', nom: 'Mours-Saint-Eusèbe', codePostal: '26540', qpv: false, zrr: false, poids: 8, site: 1 },
  { insee: '26301', nom: 'Saint-Donat-sur-l’Herbasse', codePostal: '26260', qpv: false, zrr: false, poids: 12, site: 1 },
  { insee: '26307', nom: 'Saint-Jean-en-Royans', codePostal: '26190', qpv: false, zrr: true, poids: 10, site: 4 },
  { insee: '26074', nom: 'La Chapelle-en-Vercors', codePostal: '26420', qpv: false, zrr: true, poids: 3, site: 4 },
  { insee: '26108', nom: 'Crest', codePostal: '26400', qpv: true, zrr: false, poids: 40, site: 2 },
  { insee: '26006', nom: 'Allex', codePostal: '26400', qpv: false, zrr: false, poids: 8, site: 2 },
  { insee: '26131', nom: 'Eurre', codePostal: '26400', qpv: false, zrr: false, poids: 5, site: 2 },
  { insee: '26011', nom: 'Aouste-sur-Sye', codePostal: '26400', qpv: false, zrr: false, poids: 7, site: 2 },
  { insee: '26289', nom: 'Saillans', codePostal: '26340', qpv: false, zrr: true, poids: 4, site: 2 },
  { insee: '26113', nom: 'Die', codePostal: '26150', qpv: false, zrr: true, poids: 14, site: 3 },
  { insee: '26167', nom: 'Luc-en-Diois', codePostal: '26310', qpv: false, zrr: true, poids: 2, site: 3 },
  { insee: '26086', nom: 'Châtillon-en-Diois', codePostal: '26410', qpv: false, zrr: true, poids: 2, site: 3 },
];

export interface SiteDemo {
  nom: string;
  type: TypeSite;
  communeInsee: string;
  adresse: string;
}

/** Index 0 is the siège; the order is relied upon by COMMUNES[].site and PERSONNEL[].site. */
export const SITES: readonly SiteDemo[] = [
  { nom: 'Siège de Valence', type: 'siege', communeInsee: '26362', adresse: '12 avenue Victor-Hugo' },
  { nom: 'Antenne de Romans-sur-Isère', type: 'antenne', communeInsee: '26281', adresse: '4 place Jean-Jaurès' },
  { nom: 'Antenne de Crest', type: 'antenne', communeInsee: '26108', adresse: '21 rue de l’Hôtel-de-Ville' },
  { nom: 'Permanence de Die (maison France services)', type: 'permanence', communeInsee: '26113', adresse: '2 rue Camille-Buffardel' },
  { nom: 'Permanence de Saint-Jean-en-Royans (mairie)', type: 'permanence', communeInsee: '26307', adresse: 'Place de la Mairie' },
];

export interface PersonnelDemo {
  prenom: string;
  nom: string;
  identifiant: string;
  roles: Role[];
  site: number;
}

export const PERSONNEL: readonly PersonnelDemo[] = [
  { prenom: 'Nathalie', nom: 'Chabert', identifiant: 'nchabert', roles: ['direction'], site: 0 },
  { prenom: 'Sandrine', nom: 'Faure', identifiant: 'sfaure', roles: ['accueil'], site: 0 },
  { prenom: 'Mélanie', nom: 'Brun', identifiant: 'mbrun', roles: ['accueil'], site: 0 },
  { prenom: 'Yasmine', nom: 'Khelifi', identifiant: 'ykhelifi', roles: ['accueil', 'conseiller'], site: 1 },
  { prenom: 'Julien', nom: 'Roussel', identifiant: 'jroussel', roles: ['conseiller'], site: 0 },
  { prenom: 'Amandine', nom: 'Vidal', identifiant: 'avidal', roles: ['conseiller'], site: 0 },
  { prenom: 'Fatou', nom: 'Diallo', identifiant: 'fdiallo', roles: ['conseiller'], site: 0 },
  { prenom: 'Jérôme', nom: 'Reynaud', identifiant: 'jreynaud', roles: ['conseiller'], site: 1 },
  { prenom: 'Céline', nom: 'Magnan', identifiant: 'cmagnan', roles: ['conseiller'], site: 2 },
  { prenom: 'Hugo', nom: 'Bonnard', identifiant: 'hbonnard', roles: ['conseiller'], site: 2 },
  { prenom: 'Sophie', nom: 'Garnier', identifiant: 'sgarnier', roles: ['referent_formation', 'conseiller'], site: 0 },
  { prenom: 'Rachid', nom: 'Meziane', identifiant: 'rmeziane', roles: ['charge_relation_entreprises'], site: 0 },
];

/** Permanences have no staff of their own: these antennes' conseillers hold them. */
export const SITE_DES_PERMANENCES: Readonly<Record<number, number>> = { 3: 2, 4: 1 };

export const PRENOMS_F: readonly string[] = [
  'Emma', 'Léa', 'Chloé', 'Manon', 'Camille', 'Inès', 'Sarah', 'Jade', 'Lola', 'Marie', 'Clara', 'Océane',
  'Laura', 'Maëlys', 'Anaïs', 'Justine', 'Marine', 'Lucie', 'Élodie', 'Pauline', 'Louise', 'Lina', 'Zoé',
  'Mathilde', 'Juliette', 'Émilie', 'Noémie', 'Héloïse', 'Amélie', 'Clémence', 'Maëva', 'Yasmine', 'Nour',
  'Aïcha', 'Fatoumata', 'Kenza', 'Salomé', 'Éva', 'Ambre', 'Romane', 'Margaux', 'Agathe', 'Alicia', 'Mélissa',
  'Cassandra', 'Célia', 'Morgane', 'Léna', 'Nina', 'Rose', 'Anna', 'Jeanne', 'Lou', 'Maëlle', 'Axelle',
  'Gaëlle', 'Solène', 'Mélina', 'Sofia', 'Assia', 'Myriam', 'Naëlle', 'Inaya', 'Lisa', 'Charlotte', 'Alice',
  'Éloïse', 'Coralie', 'Marion', 'Jessica', 'Wendy', 'Aurélie', 'Mariama', 'Awa', 'Leïla', 'Sélène', 'Joséphine',
];

export const PRENOMS_M: readonly string[] = [
  'Lucas', 'Hugo', 'Nathan', 'Enzo', 'Louis', 'Théo', 'Mathis', 'Noé', 'Loïc', 'Thomas', 'Maxime', 'Kévin',
  'Dylan', 'Raphaël', 'Gabriel', 'Arthur', 'Jules', 'Tom', 'Alexandre', 'Antoine', 'Quentin', 'Anthony',
  'Florian', 'Jérémy', 'Valentin', 'Clément', 'Baptiste', 'Romain', 'Léo', 'Adam', 'Rayan', 'Yanis',
  'Mohamed', 'Karim', 'Bilel', 'Ilyes', 'Sofiane', 'Mamadou', 'Moussa', 'Ibrahima', 'Killian', 'Mattéo',
  'Timéo', 'Noah', 'Évan', 'Axel', 'Bastien', 'Corentin', 'Aurélien', 'Benoît', 'Gaël', 'Joël', 'Maël',
  'Ethan', 'Sacha', 'Nolan', 'Samuel', 'Julien', 'Nicolas', 'Mathéo', 'Élias', 'Ismaël', 'Anis', 'Walid',
  'Adrien', 'Damien', 'Marc', 'Marius', 'Jérôme', 'Cédric', 'Grégory', 'Loris', 'Térence', 'Aymeric',
];

export const NOMS: readonly string[] = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier',
  'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Pérez', 'Marchand', 'Dufour',
  'Blanchard', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernandez', 'Pierre',
  'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud',
  'Lemoine', 'Picard', 'Gaillard', 'Philippe', 'Lacroix', 'Fabre', 'Dupuis', 'Dupré', 'Duprat', 'Dupuy',
  'Olivier', 'Rodriguez', 'Da Silva', 'Hubert', 'Charles', 'Guillot', 'Rivière', 'Le Goff', 'Le Gall',
  'Le Roux', 'Da Costa', 'Dos Santos', 'Ferreira', 'Pereira', 'Rodrigues', 'Martins', 'Gonçalves',
  'N’Diaye', 'Diallo', 'Traoré', 'Koné', 'Camara', 'Sow', 'Cissé', 'Benaïssa', 'Benali', 'Belkacem',
  'Haddad', 'Mansouri', 'Bouzid', 'Saïdi', 'Brahimi', 'Cherif', 'Hamidi', 'Martin-Gérard', 'Lefèvre-Dubois',
  'Chabert', 'Reynaud', 'Chastel', 'Bouvier', 'Jacquet', 'Gras', 'Arnoux', 'Tardy', 'Monnier', 'Chaix',
  'Mourier', 'Barnier', 'Pélissier', 'Béranger', 'Ménard', 'Hébert', 'Lévêque', 'Crémieux', 'Ducrocq',
  'De La Fontaine', 'D’Almeida', 'De Oliveira', 'Öztürk', 'Yilmaz', 'Kaya', 'Çelik', 'Nowak', 'Tran',
  'Pham', 'Lê', 'Mazet', 'Peyrard', 'Faure-Brac', 'Sauvageon', 'Vallon', 'Jourdan', 'Chazal', 'Rey',
];

/** Partners a jeune is oriented to at the desk (name recorded on the accueil). */
export const PARTENAIRES: readonly string[] = [
  'France Travail Valence',
  'Cap emploi Drôme',
  'CIO de Valence',
  'Habitat Jeunes Valence',
  'ADIL de la Drôme',
  'CAF de la Drôme',
  'CPAM de la Drôme',
  'Maison des adolescents',
  'CMP jeunes de Romans',
  'Plateforme mobilité Drôme',
  'École de la deuxième chance',
  'EPIDE',
  'AFPA Valence',
  'CFA du BTP de la Drôme',
  'Chambre de métiers et de l’artisanat',
  'Planning familial',
  'Restos du cœur',
  'Service pénitentiaire d’insertion et de probation',
];

export const MOTIFS_PONDERES: readonly (readonly [string, number])[] = [
  ['emploi', 34],
  ['formation', 20],
  ['alternance', 12],
  ['logement', 8],
  ['sante', 4],
  ['mobilite', 7],
  ['ressources', 8],
  ['citoyennete', 2],
  ['information', 10],
];

export const COMMENTAIRES: readonly string[] = [
  'Souhaite se renseigner sur l’alternance en cuisine.',
  'Cherche un emploi saisonnier pour l’été.',
  'A besoin d’aide pour son CV et sa lettre de motivation.',
  'Orienté(e) par le lycée, sortie sans diplôme.',
  'Demande d’information sur le permis de conduire.',
  'Hébergé(e) chez un ami, cherche un logement.',
  'Intéressé(e) par une formation d’aide-soignant(e).',
  'Vient avec sa mère, hésite entre CAP et emploi.',
  'Souhaite reprendre ses études.',
  'Découverte des métiers du numérique.',
  'Dossier d’aide financière à monter.',
  'Recherche un stage d’immersion (PMSMP).',
];

export const DOMAINES_EMAIL: readonly string[] = ['gmail.com', 'hotmail.fr', 'outlook.fr', 'yahoo.fr', 'orange.fr', 'laposte.net', 'free.fr', 'icloud.com'];
