import type { Parcours } from '../../contract/parcours';
import type { Sqlite } from '../../db/open';
import { introuvable } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { avertissementsParcours } from './regles';

/** A parcours row with its type's rules, as the handlers check it. */
export interface LigneParcours extends Omit<Parcours, 'sequences' | 'heures' | 'avertissements'> {
  dureeMaxMois: number;
  heuresHebdoMin: number | null;
  heuresHebdoMax: number | null;
}

type Sequence = Parcours['sequences'][number];
type Heures = Parcours['heures'][number];

const SELECT_PARCOURS = `
  SELECT p.id, p.jeune_id AS jeuneId, p.type_code AS typeCode, t.libelle AS typeLibelle,
         t.duree_max_mois AS dureeMaxMois, t.heures_hebdo_min AS heuresHebdoMin, t.heures_hebdo_max AS heuresHebdoMax,
         p.signature_date AS signatureDate, p.debut, p.fin_prevue AS finPrevue, p.fin_reelle AS finReelle,
         p.referent_id AS referentId, u.prenom || ' ' || u.nom AS referentNom, p.objectifs,
         p.motif_sortie AS motifSortie, p.sortie_commentaire AS sortieCommentaire, p.diagnostic_id AS diagnosticId
  FROM parcours p JOIN type_parcours t ON t.code = p.type_code JOIN utilisateur u ON u.id = p.referent_id`;

/** A parcours by its number; refuses an unknown one. */
export function ligneParcours(sqlite: Sqlite, id: number): LigneParcours {
  const p = instruction(sqlite, `${SELECT_PARCOURS} WHERE p.id = ?`).get(id) as LigneParcours | undefined;
  if (!p) throw introuvable('Parcours');
  return p;
}

export function sequencesDe(sqlite: Sqlite, parcoursId: number): Sequence[] {
  return instruction(
    sqlite,
    'SELECT id, ordre, type, debut, fin FROM sequence WHERE parcours_id = ? ORDER BY ordre',
  ).all(parcoursId) as Sequence[];
}

function heuresDe(sqlite: Sqlite, parcoursId: number): Heures[] {
  return instruction(
    sqlite,
    'SELECT mois, heures_hebdo AS heuresHebdo FROM parcours_heures WHERE parcours_id = ? ORDER BY mois',
  ).all(parcoursId) as Heures[];
}

function complet(p: LigneParcours, sequences: Sequence[], heures: Heures[], today: string): Parcours {
  const { dureeMaxMois: _d, heuresHebdoMin: _min, heuresHebdoMax: _max, ...reste } = p;
  return {
    ...reste,
    sequences,
    heures,
    avertissements: avertissementsParcours(p, { ...p, libelle: p.typeLibelle }, sequences, heures, today),
  };
}

/** One parcours with its séquences, hours and today's warnings. */
export function parcoursComplet(sqlite: Sqlite, id: number, today: string): Parcours {
  return complet(ligneParcours(sqlite, id), sequencesDe(sqlite, id), heuresDe(sqlite, id), today);
}

/** The jeune's parcours, most recent first, read in three queries whatever their number. */
export function parcoursDuJeune(sqlite: Sqlite, jeuneId: number, today: string): Parcours[] {
  const lignes = instruction(sqlite, `${SELECT_PARCOURS} WHERE p.jeune_id = ? ORDER BY p.debut DESC, p.id DESC`).all(
    jeuneId,
  ) as LigneParcours[];
  const sequences = instruction(
    sqlite,
    `SELECT s.parcours_id AS parcoursId, s.id, s.ordre, s.type, s.debut, s.fin
     FROM sequence s JOIN parcours p ON p.id = s.parcours_id WHERE p.jeune_id = ? ORDER BY s.ordre`,
  ).all(jeuneId) as (Sequence & { parcoursId: number })[];
  const heures = instruction(
    sqlite,
    `SELECT h.parcours_id AS parcoursId, h.mois, h.heures_hebdo AS heuresHebdo
     FROM parcours_heures h JOIN parcours p ON p.id = h.parcours_id WHERE p.jeune_id = ? ORDER BY h.mois`,
  ).all(jeuneId) as (Heures & { parcoursId: number })[];
  return lignes.map((p) =>
    complet(
      p,
      sequences.filter((s) => s.parcoursId === p.id).map(({ parcoursId: _p, ...s }) => s),
      heures.filter((h) => h.parcoursId === p.id).map(({ parcoursId: _p, ...h }) => h),
      today,
    ),
  );
}
