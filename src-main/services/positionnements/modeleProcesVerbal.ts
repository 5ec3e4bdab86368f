/**
 * The minutes of an entry commission (procès-verbal), as a declarative template like the
 * contrat d'engagement's: the French texts in order, `{placeholders}` filled from the commission
 * and its action, drawn by `commun/pdf.ts`. A change of wording is an edit here only.
 */
import type { ModeleDocument } from '../commun/pdf';

/** The values of the minutes, already written for print (dates JJ/MM/AAAA). */
export interface ValeursProcesVerbal {
  'structure.nom': string;
  'structure.adresse': string;
  'structure.commune': string;
  'action.intitule': string;
  'action.programme': string;
  'action.organisme': string;
  'action.dates': string;
  'action.places': string;
  'action.lieu': string;
  'action.referent': string;
  'commission.date': string;
  /** As typed, or « Non renseignés. ». */
  'commission.participants': string;
  'commission.note': string;
  /** « 3 candidatures examinées : 2 retenues, 1 non retenue. » */
  'commission.bilan': string;
}

export interface ConditionsProcesVerbal {
  note: boolean;
  lieu: boolean;
}

export interface ListesProcesVerbal {
  decisions: { jeune: string; decision: string; motif: string }[];
}

export const MODELE_PROCES_VERBAL: ModeleDocument<ConditionsProcesVerbal, ListesProcesVerbal> = {
  titreDocument: "Procès-verbal de la commission d'entrée du {commission.date} – {action.intitule}",
  piedDePage: "{structure.nom} – Commission d'entrée du {commission.date} – {action.intitule}",
  blocs: [
    { genre: 'entete', lignes: ['{structure.nom}', '{structure.adresse}'] },
    {
      genre: 'titre',
      texte: "Procès-verbal de commission d'entrée",
      sousTitre: '{action.intitule} – commission du {commission.date}',
    },
    { genre: 'intertitre', texte: "L'action de formation" },
    { genre: 'paragraphe', texte: 'Action : {action.intitule}' },
    { genre: 'paragraphe', texte: 'Programme : {action.programme}' },
    { genre: 'paragraphe', texte: 'Organisme de formation : {action.organisme}' },
    { genre: 'paragraphe', si: 'lieu', texte: 'Lieu : {action.lieu}' },
    { genre: 'paragraphe', texte: 'Dates : {action.dates} – {action.places}' },
    { genre: 'paragraphe', texte: "Référent de l'action à la Mission Locale : {action.referent}" },
    { genre: 'intertitre', texte: 'Participants' },
    { genre: 'paragraphe', texte: '{commission.participants}' },
    { genre: 'intertitre', texte: 'Candidatures examinées et décisions' },
    { genre: 'paragraphe', texte: '{commission.bilan}' },
    {
      genre: 'tableau',
      liste: 'decisions',
      colonnes: [
        { titre: 'Jeune', champ: 'jeune', largeur: 0.32 },
        { titre: 'Décision', champ: 'decision', largeur: 0.2 },
        { titre: 'Motif, observations', champ: 'motif', largeur: 0.48 },
      ],
      vide: 'Aucune décision enregistrée.',
    },
    { genre: 'intertitre', si: 'note', texte: 'Observations de la commission' },
    { genre: 'paragraphe', si: 'note', texte: '{commission.note}' },
    {
      genre: 'signatures',
      faitA: 'Fait à {structure.commune}, le {commission.date}.',
      cases: [
        { titre: "Le référent de l'action", nom: '{action.referent}', mention: 'Pour la Mission Locale' },
        { titre: "L'organisme de formation", nom: '{action.organisme}', mention: 'Nom, qualité et signature' },
      ],
    },
  ],
};
