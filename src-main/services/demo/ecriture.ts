/**
 * Writes a planned path (`chemin.ts`) with prepared statements: the per-call services would take
 * minutes for a demo of thousands of jeunes. Every row carries its trail (created and changed by
 * the staff member who did it, on the day it happened, never after "now").
 */
import type { Sqlite } from '../../db/open';
import type { EcritureOrientations } from './annuaire';
import type { PlanChemin } from './chemin';
import { isoDe, type Horaires } from './calendrier';

export interface Comptes {
  diagnostics: number;
  parcours: number;
  sequences: number;
  evenements: number;
  situations: number;
  sorties: number;
}

/** The instant a record of that day was typed (capped at "now" for today's). */
export type Saisie = (jour: number, minutes: number) => string;

export function saisieDe(horaires: Horaires, maintenant: number): Saisie {
  // Records share a few typing times a day: one string per (day, minute).
  const deja = new Map<number, string>();
  return (jour, minutes) => {
    const cle = jour * 1440 + minutes;
    let iso = deja.get(cle);
    if (iso === undefined) {
      iso = new Date(Math.min(horaires.instant(jour, minutes), maintenant)).toISOString();
      deja.set(cle, iso);
    }
    return iso;
  };
}

export class EcritureChemin {
  private readonly diagnostic;
  private readonly entretien;
  private readonly dimension;
  private readonly parcours;
  private readonly sequence;
  private readonly heures;
  private readonly evenement;
  private readonly situation;

  constructor(
    sqlite: Sqlite,
    private readonly saisie: Saisie,
    private readonly comptes: Comptes,
    private readonly orientations: EcritureOrientations,
  ) {
    this.diagnostic = sqlite.prepare(
      `INSERT INTO diagnostic (jeune_id, conseiller_id, debut, conclusion, conclusion_le, type_parcours_propose,
         conclusion_note, cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.entretien = sqlite.prepare('INSERT INTO diagnostic_entretien (diagnostic_id, date) VALUES (?, ?)');
    this.dimension = sqlite.prepare(
      `INSERT INTO diagnostic_dimension (diagnostic_id, dimension, situation, frein, freins, note) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.parcours = sqlite.prepare(
      `INSERT INTO parcours (jeune_id, type_code, signature_date, debut, fin_prevue, fin_reelle, referent_id, objectifs,
         motif_sortie, sortie_commentaire, diagnostic_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.sequence = sqlite.prepare(
      `INSERT INTO sequence (parcours_id, ordre, type, debut, fin, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.heures = sqlite.prepare(
      `INSERT INTO parcours_heures (parcours_id, mois, heures_hebdo, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.evenement = sqlite.prepare(
      `INSERT INTO evenement (jeune_id, date, type, modalite, themes, duree_minutes, note, auteur_id, proposition_nature,
         proposition_intitule, proposition_resultat, atelier_id, diagnostic_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.situation = sqlite.prepare(
      `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, fin_reelle, organisme, intitule, commentaire,
         cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  ecrire(jeuneId: number, referent: number, plan: PlanChemin, aujourdhui: number): void {
    const s = this.saisie;
    const c = this.comptes;
    const date = (jour: number | null) => (jour === null ? null : isoDe(jour));
    let diagnosticId: number | null = null;
    const d = plan.diagnostic;
    if (d) {
      const fin = d.conclusion?.jour ?? d.entretiens[d.entretiens.length - 1]!;
      diagnosticId = Number(
        this.diagnostic.run(
          jeuneId,
          d.conseiller,
          isoDe(d.entretiens[0]!),
          d.conclusion?.code ?? null,
          date(d.conclusion?.jour ?? null),
          d.conclusion?.typeParcours ?? null,
          d.conclusion?.note ?? null,
          s(d.entretiens[0]!, 11 * 60),
          d.conseiller,
          s(fin, 11 * 60 + 30),
          d.conseiller,
        ).lastInsertRowid,
      );
      for (const jour of d.entretiens) this.entretien.run(diagnosticId, isoDe(jour));
      for (const l of d.dimensions)
        this.dimension.run(diagnosticId, l.dimension, l.situation, l.frein ? 1 : 0, l.freins, l.note);
      c.diagnostics++;
    }
    for (const p of plan.parcours) {
      const dernier = p.finReelle ?? p.sequences[p.sequences.length - 1]!.debut;
      const parcoursId = Number(
        this.parcours.run(
          jeuneId,
          p.type,
          date(p.signature),
          isoDe(p.debut),
          isoDe(p.finPrevue),
          date(p.finReelle),
          referent,
          p.objectifs,
          p.motif,
          p.commentaire,
          p.duDiagnostic ? diagnosticId : null,
          s(p.debut, 15 * 60),
          referent,
          s(dernier, 16 * 60),
          referent,
        ).lastInsertRowid,
      );
      p.sequences.forEach((q, i) => {
        this.sequence.run(
          parcoursId,
          i + 1,
          q.type,
          isoDe(q.debut),
          date(q.fin),
          s(q.debut, 15 * 60),
          referent,
          s(q.fin ?? q.debut, 16 * 60),
          referent,
        );
      });
      for (const h of p.heures) {
        // Declared when the month is over (today for the current one).
        const fin = Math.min(aujourdhui, jourFinDuMois(h.mois));
        const le = s(fin, 17 * 60);
        this.heures.run(parcoursId, h.mois, h.heures, le, referent, le, referent);
      }
      c.parcours++;
      c.sequences += p.sequences.length;
      if (p.finReelle !== null) c.sorties++;
    }
    for (const e of plan.evenements) {
      const le = s(e.jour, minutesDeSaisie(e.type));
      this.evenement.run(
        jeuneId,
        isoDe(e.jour),
        e.type,
        e.modalite,
        e.themes.join(','),
        e.duree,
        e.note,
        e.auteur,
        e.proposition?.nature ?? null,
        e.proposition?.intitule ?? null,
        e.proposition?.resultat ?? null,
        null,
        e.diagnostic ? diagnosticId : null,
        le,
        e.auteur,
        le,
        e.auteur,
      );
    }
    c.evenements += plan.evenements.length;
    for (const x of plan.situations) {
      this.situation.run(
        jeuneId,
        x.type,
        x.sousType,
        isoDe(x.debut),
        date(x.finPrevue),
        date(x.finReelle),
        x.organisme,
        x.intitule,
        x.commentaire,
        s(x.debut, 16 * 60 + 30),
        referent,
        s(x.finReelle ?? x.debut, 16 * 60 + 45),
        referent,
      );
    }
    c.situations += plan.situations.length;
    for (const o of plan.orientations) {
      // Linked to the diagnostic that concluded on it, or to the one transmitted.
      const lie = o.origine === 'diagnostic' || o.transmission;
      this.orientations.ecrire(
        jeuneId,
        o,
        {
          accueilId: null,
          diagnosticId: lie ? diagnosticId : null,
          creeLe: s(o.jour, o.origine === 'diagnostic' ? 11 * 60 + 30 : 15 * 60 + 30),
        },
        referent,
      );
    }
  }
}

function jourFinDuMois(mois: string): number {
  const [a, m] = mois.split('-').map(Number) as [number, number];
  return Math.round(Date.UTC(a, m, 0) / 86_400_000);
}

/** Interviews are typed right after them; calls and messages through the day. */
function minutesDeSaisie(type: string): number {
  return type === 'entretien_individuel' ? 10 * 60 + 45 : type === 'contact_telephonique' ? 14 * 60 + 20 : 16 * 60 + 10;
}
