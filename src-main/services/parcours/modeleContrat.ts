/**
 * The contrat d'engagement to print and sign, as a declarative template: the French texts, in
 * order, with `{placeholders}` filled from the file, and blocks shown only when a condition
 * holds. The drawing (pdfkit) lives in `commun/pdf.ts` and knows nothing of the wording, so
 * that a change of law or of the structure's wording is an edit here only.
 */
import type { ModeleDocument } from '../commun/pdf';

/** The values a contract is filled with, already written for print (dates JJ/MM/AAAA). */
export interface ValeursContrat {
  'structure.nom': string;
  'structure.adresse': string;
  'structure.siret': string;
  'structure.commune': string;
  'structure.representant': string;
  'structure.direction': string;
  'jeune.nom': string;
  /** « né » or « née ». */
  'jeune.ne': string;
  'jeune.dateNaissance': string;
  'jeune.adresse': string;
  'parcours.type': string;
  'parcours.debut': string;
  'parcours.finPrevue': string;
  'parcours.duree': string;
  'parcours.dureeMax': string;
  'parcours.referent': string;
  'parcours.heures': string;
  'contrat.signature': string;
}

/** Conditions a block may depend on. */
export interface ConditionsContrat {
  /** The type sets a weekly activity target (CEJ). */
  heures: boolean;
  /** The jeune is under 18 on the signature date (or today when not yet signed). */
  mineur: boolean;
}

/** The lists of a contract: objectives (one per line typed) and séquences. */
export interface ListesContrat {
  objectifs: string[];
  sequences: { etape: string; du: string; au: string }[];
}

export type ModeleContrat = ModeleDocument<ConditionsContrat, ListesContrat>;

export const MODELE_CONTRAT: ModeleContrat = {
  titreDocument: "Contrat d'engagement – {jeune.nom}",
  piedDePage: "{structure.nom} – Contrat d'engagement de {jeune.nom}",
  blocs: [
    {
      genre: 'entete',
      lignes: ['{structure.nom}', '{structure.adresse}', 'SIRET {structure.siret}'],
    },
    { genre: 'titre', texte: "Contrat d'engagement", sousTitre: '{parcours.type}' },
    { genre: 'intertitre', texte: 'Entre les soussignés' },
    {
      genre: 'paragraphe',
      texte:
        'La Mission Locale {structure.nom}, {structure.adresse} (SIRET {structure.siret}), représentée par {structure.representant}, ci-après « la Mission Locale »,',
    },
    {
      genre: 'paragraphe',
      texte: 'et {jeune.nom}, {jeune.ne} le {jeune.dateNaissance}, demeurant {jeune.adresse}, ci-après « le jeune ».',
    },
    { genre: 'intertitre', texte: 'Article 1 – Objet' },
    {
      genre: 'paragraphe',
      texte:
        "Le présent contrat formalise l'accompagnement « {parcours.type} » proposé au jeune par la Mission Locale à la suite du diagnostic de sa situation. Il fixe les objectifs convenus ensemble, les étapes du parcours et les engagements de chacun.",
    },
    { genre: 'intertitre', texte: 'Article 2 – Durée' },
    {
      genre: 'paragraphe',
      texte:
        "Le parcours commence le {parcours.debut} et prend fin au plus tard le {parcours.finPrevue}, soit une durée prévue de {parcours.duree} (au plus {parcours.dureeMax} pour ce type d'accompagnement). Il prend fin plus tôt lorsque ses objectifs sont atteints ou à la demande du jeune.",
    },
    { genre: 'intertitre', texte: 'Article 3 – Conseiller référent' },
    {
      genre: 'paragraphe',
      texte:
        '{parcours.referent}, conseiller(ère) de la Mission Locale, est le référent du jeune pendant tout le parcours : il ou elle le reçoit, le conseille et coordonne les actions engagées.',
    },
    { genre: 'intertitre', texte: 'Article 4 – Objectifs' },
    {
      genre: 'puces',
      liste: 'objectifs',
      vide: 'Les objectifs seront précisés avec le conseiller référent lors du prochain entretien.',
    },
    { genre: 'intertitre', texte: 'Article 5 – Étapes du parcours' },
    {
      genre: 'tableau',
      liste: 'sequences',
      colonnes: [
        { titre: 'Séquence', champ: 'etape', largeur: 0.6 },
        { titre: 'Du', champ: 'du', largeur: 0.2 },
        { titre: 'Au', champ: 'au', largeur: 0.2 },
      ],
      vide: 'Les étapes seront définies avec le conseiller référent.',
    },
    { genre: 'intertitre', texte: 'Article 6 – Engagements du jeune' },
    {
      genre: 'paragraphe',
      texte:
        "Le jeune s'engage à participer activement aux entretiens, ateliers et actions convenus avec son conseiller, à le prévenir de toute absence et à l'informer de tout changement de sa situation (emploi, formation, logement, ressources, adresse).",
    },
    {
      genre: 'paragraphe',
      si: 'heures',
      texte:
        "Il s'engage à une activité de {parcours.heures} heures par semaine en moyenne (entretiens, ateliers, formation, immersions en entreprise, démarches), qu'il déclare chaque mois à son conseiller.",
    },
    { genre: 'intertitre', texte: 'Article 7 – Engagements de la Mission Locale' },
    {
      genre: 'paragraphe',
      texte:
        "La Mission Locale s'engage à recevoir régulièrement le jeune, à lui proposer les offres d'emploi, formations, immersions et aides adaptées à son projet, et à mobiliser ses partenaires pour lever les freins rencontrés.",
    },
    { genre: 'intertitre', texte: 'Article 8 – Données personnelles' },
    {
      genre: 'paragraphe',
      texte:
        "Les informations recueillies sont enregistrées par la Mission Locale pour le suivi de l'accompagnement et les comptes rendus dus à l'État ; elles ne sont transmises à un partenaire qu'avec l'accord du jeune. Le jeune peut y accéder et les faire rectifier en s'adressant à la Mission Locale.",
    },
    {
      genre: 'signatures',
      faitA: 'Fait à {structure.commune}, le {contrat.signature}, en deux exemplaires.',
      cases: [
        { titre: 'Le jeune', nom: '{jeune.nom}', mention: 'Lu et approuvé' },
        { titre: 'Le conseiller référent', nom: '{parcours.referent}', mention: 'Pour la Mission Locale' },
        { titre: 'La direction', nom: '{structure.direction}', mention: 'Pour la Mission Locale' },
        {
          titre: 'Le représentant légal',
          nom: '',
          mention: 'Le jeune étant mineur à la signature',
          si: 'mineur',
        },
      ],
    },
  ],
};
