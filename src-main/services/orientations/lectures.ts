import type { Orientation } from '../../contract/annuaire';
import type { OrientationResume } from '../../contract/orientation';
import type { StatutOrientation } from '../../contract/referentielsAnnuaire';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';
import { ajouterJours } from '../commun/temps';

/**
 * Reads of orientations, shared by their own handlers, the accueil and the diagnostic. Pure reads
 * on the connection: callers check the file and name it for the trail.
 */

const SELECT_ORIENTATION = `
  SELECT o.id, o.jeune_id AS jeuneId, COALESCE(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms AS jeuneNom,
         o.partenaire_id AS partenaireId, p.nom AS partenaireNom, p.type AS partenaireType,
         o.service_id AS serviceId, s.nom AS serviceNom, o.date, o.motif,
         o.transmission_diagnostic AS transmissionDiagnostic, o.diagnostic_id AS diagnosticId, o.origine,
         o.accueil_id AS accueilId, o.statut, o.retour_le AS retourLe, o.motif_refus AS motifRefus, o.commentaire,
         o.cree_par AS auteurId, COALESCE(u.prenom || ' ' || u.nom, 'Inconnu') AS auteurNom, o.modifie_le AS modifieLe
  FROM orientation o
  JOIN jeune j ON j.id = o.jeune_id
  JOIN partenaire p ON p.id = o.partenaire_id
  LEFT JOIN service_partenaire s ON s.id = o.service_id
  LEFT JOIN utilisateur u ON u.id = o.cree_par`;

type Ligne = Omit<Orientation, 'transmissionDiagnostic' | 'aRelancer'> & { transmissionDiagnostic: number };

/** Still « proposée » `relanceJours` days after it was made (the day itself included). */
export function aRelancer(o: { statut: StatutOrientation; date: string }, aujourdhui: string, relanceJours: number) {
  return o.statut === 'proposee' && ajouterJours(o.date, relanceJours) <= aujourdhui;
}

/** Orientations matching `where` (on alias `o`), most recent first. */
export function orientationsOu(
  sqlite: Sqlite,
  where: string,
  params: unknown[],
  aujourdhui: string,
  relanceJours: number,
  limite = -1,
): Orientation[] {
  const lignes = instruction(
    sqlite,
    `${SELECT_ORIENTATION} WHERE ${where} ORDER BY o.date DESC, o.id DESC LIMIT ?`,
  ).all(...params, limite) as Ligne[];
  return lignes.map((l) => ({
    ...l,
    transmissionDiagnostic: l.transmissionDiagnostic === 1,
    aRelancer: aRelancer(l, aujourdhui, relanceJours),
  }));
}

/**
 * The orientations a jeune's accueils (`accueil`) or diagnostics (`diagnostic`) made, as those
 * records show them, by the accueil's or the diagnostic's id. One indexed read per jeune.
 */
export function resumesOrientations(
  sqlite: Sqlite,
  jeuneId: number,
  origine: 'accueil' | 'diagnostic',
): Map<number, OrientationResume> {
  const lignes = instruction(
    sqlite,
    `SELECT coalesce(o.accueil_id, o.diagnostic_id) AS origineId, o.id, o.partenaire_id AS partenaireId,
            p.nom AS partenaireNom, s.nom AS serviceNom, o.motif, o.transmission_diagnostic AS transmissionDiagnostic,
            o.statut
     FROM orientation o
     JOIN partenaire p ON p.id = o.partenaire_id
     LEFT JOIN service_partenaire s ON s.id = o.service_id
     WHERE o.jeune_id = ? AND o.origine = ?
     ORDER BY o.id`,
  ).all(jeuneId, origine) as (Omit<OrientationResume, 'transmissionDiagnostic'> & {
    origineId: number;
    transmissionDiagnostic: number;
  })[];
  return new Map(
    lignes.map(({ origineId, ...o }) => [origineId, { ...o, transmissionDiagnostic: o.transmissionDiagnostic === 1 }]),
  );
}
