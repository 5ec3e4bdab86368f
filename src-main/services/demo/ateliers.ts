/**
 * Collective workshops of the demo: a few a week at the siège and the antennes, animated by their
 * conseillers, with jeunes in parcours on the list. Past sessions have their attendance taken and
 * each present jeune an event on the file (as checking the list does); the next weeks' sessions
 * are open for registration. Written after all jeunes, since a list draws on many files.
 */
import type { Sqlite } from '../../db/open';
import type { Alea } from './alea';
import { estOuvre, isoDe, jourSemaine } from './calendrier';
import { DEBUT_2017, DEBUT_2025, DEBUT_CEJ } from './chemin';
import { ATELIERS } from './donneesParcours';
import type { Saisie } from './ecriture';
import { heureDepuisMinutes } from '../commun/temps';

export interface FenetreAtelier {
  jeuneId: number;
  /** Index in SITES of the site holding its workshops. */
  site: number;
  debut: number;
  fin: number;
}

export interface ComptesAteliers {
  ateliers: number;
  evenements: number;
}

/** One workshop a week for this many jeunes in parcours at a site, at most 4 a week per site. */
const JEUNES_PAR_ATELIER = 30;
const ATELIERS_MAX_PAR_SEMAINE = 4;

export function genererAteliers(
  sqlite: Sqlite,
  alea: Alea,
  o: {
    fenetres: FenetreAtelier[];
    siteIds: readonly number[];
    animateurs: readonly (readonly number[])[];
    aujourdhui: number;
    saisie: Saisie;
    comptes: ComptesAteliers;
  },
): void {
  const { aujourdhui, saisie, comptes } = o;
  if (o.fenetres.length === 0) return;
  const fenetres = [...o.fenetres].sort((a, b) => a.debut - b.debut || a.jeuneId - b.jeuneId);
  const inserer = sqlite.prepare(
    `INSERT INTO atelier (type, intitule, date, heure, duree_minutes, site_id, animateur_id, capacite, themes, note,
       cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const inscrire = sqlite.prepare(
    `INSERT INTO atelier_participant (atelier_id, jeune_id, present, evenement_id, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const evenement = sqlite.prepare(
    `INSERT INTO evenement (jeune_id, date, type, modalite, themes, duree_minutes, note, auteur_id, atelier_id,
       cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, 'presentiel', ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
  );
  // A workshop attended is a contact (the same rule as recalculerContacts: the latest date wins).
  const contact = sqlite.prepare(
    'UPDATE jeune SET dernier_contact_date = max(coalesce(dernier_contact_date, ?), ?) WHERE id = ?',
  );

  const actifs = new Map<number, FenetreAtelier[]>();
  let suivante = 0;
  // Mondays, from the first parcours to three weeks ahead.
  let lundi = fenetres[0]!.debut - ((jourSemaine(fenetres[0]!.debut) + 6) % 7);
  for (; lundi <= aujourdhui + 21; lundi += 7) {
    while (suivante < fenetres.length && fenetres[suivante]!.debut <= lundi + 4) {
      const f = fenetres[suivante++]!;
      let liste = actifs.get(f.site);
      if (!liste) actifs.set(f.site, (liste = []));
      liste.push(f);
    }
    for (const [site, liste] of actifs) {
      const restants = liste.filter((f) => f.fin >= lundi);
      actifs.set(site, restants);
      const attendus = restants.length / JEUNES_PAR_ATELIER;
      let nombre = Math.floor(attendus) + (alea.chance(attendus - Math.floor(attendus)) ? 1 : 0);
      nombre = Math.min(nombre, ATELIERS_MAX_PAR_SEMAINE);
      for (let n = 0; n < nombre; n++) {
        const jour = lundi + alea.entier(0, 4);
        if (!estOuvre(jour) || jour === aujourdhui) continue;
        atelier(site, jour, restants);
      }
    }
  }

  function atelier(site: number, jour: number, candidats: FenetreAtelier[]): void {
    const animateurs = o.animateurs[site] ?? [];
    if (animateurs.length === 0) return;
    const type = alea.pondere([
      ['atelier_emploi', 35],
      ['atelier_formation', 18],
      ['atelier_alternance', 14],
      ['information_collective', 25],
      ['autre', 8],
    ] as const);
    const modele = alea.choix(ATELIERS[type]);
    const intitule =
      type === 'information_collective' && alea.chance(0.5) ? informationCollectiveDuMoment(jour) : modele.intitule;
    const duree = type === 'information_collective' ? 90 : alea.choix([120, 120, 180]);
    const minutes = alea.chance(0.5) ? 9 * 60 + 30 : 14 * 60;
    const animateur = alea.choix(animateurs);
    const capacite = alea.entier(8, 15);
    const voulus = alea.entier(Math.ceil(capacite / 2), capacite);
    const inscrits = new Set<number>();
    for (let essai = 0; essai < voulus * 4 && inscrits.size < voulus; essai++) {
      const f = alea.choix(candidats);
      if (f.debut <= jour && f.fin >= jour) inscrits.add(f.jeuneId);
    }
    if (inscrits.size < 3) return;
    const cree = saisie(jour - alea.entier(14, 30), 10 * 60);
    const passe = jour < aujourdhui;
    const fin = saisie(jour, minutes + duree);
    const themes = modele.themes.join(',');
    const atelierId = Number(
      inserer.run(
        type,
        intitule,
        isoDe(jour),
        heureDepuisMinutes(minutes),
        duree,
        o.siteIds[site]!,
        animateur,
        capacite,
        themes,
        cree,
        animateur,
        passe ? fin : cree,
        animateur,
      ).lastInsertRowid,
    );
    comptes.ateliers++;
    const inscritLe = saisie(jour - alea.entier(2, 10), 11 * 60);
    const date = isoDe(jour);
    for (const jeuneId of inscrits) {
      const present = passe ? alea.chance(0.78) : null;
      let evenementId: number | null = null;
      if (present) {
        evenementId = Number(
          evenement.run(
            jeuneId,
            date,
            type === 'information_collective' ? 'information_collective' : 'atelier_collectif',
            themes,
            duree,
            animateur,
            atelierId,
            fin,
            animateur,
            fin,
            animateur,
          ).lastInsertRowid,
        );
        contact.run(date, date, jeuneId);
        comptes.evenements++;
      }
      inscrire.run(
        atelierId,
        jeuneId,
        present === null ? null : present ? 1 : 0,
        evenementId,
        inscritLe,
        animateur,
        passe ? fin : inscritLe,
        animateur,
      );
    }
  }
}

/** The information session of the parcours in force at that date. */
function informationCollectiveDuMoment(jour: number): string {
  if (jour < DEBUT_2017) return 'Information collective CIVIS';
  if (jour < DEBUT_CEJ) return 'Information collective Garantie jeunes';
  if (jour < DEBUT_2025) return 'Information collective CEJ';
  return 'Information collective contrat d’engagement';
}
