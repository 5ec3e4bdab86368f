import type { Accueil, Passage, RendezVous } from '../../contract/accueil';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';
import { lectureParis } from '../commun/temps';
import { resumesOrientations } from '../orientations/lectures';

const RDV_SQL = `
  SELECT r.id, r.jeune_id AS jeuneId,
         COALESCE(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms AS jeuneNom,
         r.conseiller_id AS conseillerId, u.prenom || ' ' || u.nom AS conseillerNom,
         r.site_id AS siteId, s.nom AS siteNom, r.date, r.heure, r.duree_minutes AS dureeMinutes,
         r.objet, r.statut, r.commentaire
  FROM rendez_vous r
  JOIN jeune j ON j.id = r.jeune_id
  JOIN utilisateur u ON u.id = r.conseiller_id
  JOIN site s ON s.id = r.site_id`;

export function rendezVousOu(sqlite: Sqlite, where: string, params: unknown[]): RendezVous[] {
  return instruction(sqlite, `${RDV_SQL} WHERE ${where} ORDER BY r.date, r.heure, r.id`).all(...params) as RendezVous[];
}

export function accueilsDuJeune(sqlite: Sqlite, jeuneId: number): Accueil[] {
  const lignes = instruction(
    sqlite,
    `SELECT a.id, a.date, a.heure, a.site_id AS siteId, s.nom AS siteNom, a.canal, a.reponse,
              a.premier, a.commentaire, COALESCE(u.prenom || ' ' || u.nom, 'Inconnu') AS auteurNom,
              (SELECT group_concat(m.motif, ',') FROM accueil_motif m WHERE m.accueil_id = a.id) AS motifs
       FROM accueil a JOIN site s ON s.id = a.site_id LEFT JOIN utilisateur u ON u.id = a.cree_par
       WHERE a.jeune_id = ? ORDER BY a.instant DESC`,
  ).all(jeuneId) as (Omit<Accueil, 'motifs' | 'premier' | 'orientation'> & {
    motifs: string | null;
    premier: number;
  })[];
  const orientations = resumesOrientations(sqlite, jeuneId, 'accueil');
  return lignes.map((l) => ({
    ...l,
    orientation: orientations.get(l.id) ?? null,
    premier: l.premier === 1,
    motifs: l.motifs ? l.motifs.split(',').sort() : [],
  }));
}

export function passagesOu(sqlite: Sqlite, where: string, params: unknown[], maintenant: Date): Passage[] {
  const lignes = instruction(
    sqlite,
    `SELECT p.id, p.site_id AS siteId, p.jeune_id AS jeuneId,
              COALESCE(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms AS jeuneNom,
              p.date, p.arrivee_le AS arriveeLe, p.statut, p.motif, p.conseiller_id AS conseillerId,
              CASE WHEN u.id IS NULL THEN NULL ELSE u.prenom || ' ' || u.nom END AS conseillerNom,
              p.pris_en_charge_le AS prisEnChargeLe, p.parti_le AS partiLe
       FROM passage p JOIN jeune j ON j.id = p.jeune_id LEFT JOIN utilisateur u ON u.id = p.conseiller_id
       WHERE ${where} ORDER BY p.arrivee_le, p.id`,
  ).all(...params) as Omit<Passage, 'attenteMinutes' | 'heureArrivee'>[];
  return lignes.map((p) => {
    const fin = p.prisEnChargeLe ?? p.partiLe ?? maintenant.toISOString();
    return {
      ...p,
      heureArrivee: lectureParis(new Date(p.arriveeLe)).heure,
      attenteMinutes: Math.max(0, Math.floor((Date.parse(fin) - Date.parse(p.arriveeLe)) / 60_000)),
    };
  });
}
