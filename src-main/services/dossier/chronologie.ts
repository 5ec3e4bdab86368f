import type { EntreeChronologie, GenreChronologie } from '../../contract/dossier';
import { STATUT_RDV_LIBELLES, type StatutRdv } from '../../contract/referentiels';
import { STATUT_ORIENTATION_LIBELLES, type StatutOrientation } from '../../contract/referentielsAnnuaire';
import {
  ISSUE_MISE_EN_RELATION_LIBELLES,
  MOTIF_NON_RETENU_LIBELLES,
  TYPE_CONTRAT_OFFRE_LIBELLES,
  type IssueMiseEnRelation,
  type MotifNonRetenu,
  type TypeContratOffre,
} from '../../contract/referentielsEntreprises';
import {
  CONCLUSION_DIAGNOSTIC_LIBELLES,
  DIMENSION_LIBELLES,
  MODALITE_LIBELLES,
  MOTIF_SORTIE_LIBELLES,
  NATURE_PROPOSITION_LIBELLES,
  RESULTAT_PROPOSITION_LIBELLES,
  SOUS_TYPES_SITUATION,
  THEMES,
  TYPE_EVENEMENT_LIBELLES,
  TYPE_SEQUENCE_LIBELLES,
  TYPE_SITUATION_LIBELLES,
  type ConclusionDiagnostic,
  type Modalite,
  type MotifSortie,
  type NatureProposition,
  type ResultatProposition,
  type Theme,
  type TypeEvenement,
  type TypeSequence,
  type TypeSituation,
} from '../../contract/referentielsParcours';
import {
  MOTIF_NON_RETENU_FORMATION_LIBELLES,
  RAISON_BESOIN_LIBELLES,
  STATUT_POSITIONNEMENT_LIBELLES,
  type MotifNonRetenuFormation,
  type RaisonBesoin,
  type StatutPositionnement,
} from '../../contract/referentielsFormation';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';

export interface FiltresChronologie {
  genres?: readonly GenreChronologie[] | undefined;
  theme?: Theme | undefined;
}

/**
 * Within one day, the order things usually happen in (an accueil leads to a diagnostic, which
 * leads to a parcours and its first séquence; a sortie closes a parcours before the next opens):
 * the timeline shows the most recent first, so a higher rank is shown above on the same day.
 */
const RANG: Record<GenreChronologie, number> = {
  accueil: 0,
  rendez_vous: 1,
  diagnostic: 2,
  orientation: 3,
  mise_en_relation: 3,
  positionnement: 3,
  besoin_formation: 3,
  evenement: 4,
  situation: 5,
  sortie: 6,
  parcours: 7,
  sequence: 8,
};

interface Ligne extends EntreeChronologie {
  rang: number;
  /** The record's own id, for a stable order among lines of the same kind, day and time. */
  ordre: number;
}

/**
 * Records kept by the day (events, diagnostics, parcours steps, situations) come after the timed
 * ones of that day: the day's accueil or appointment is what led to them.
 */
const SANS_HEURE = '24:00';

const THEMES_CONNUS: ReadonlySet<string> = new Set(THEMES);

/** Codes that are theme codes (accueil motifs, appointment purposes share some with the themes). */
function themesDe(codes: string | null): Theme[] {
  if (!codes) return [];
  return [...new Set(codes.split(','))].filter((c): c is Theme => THEMES_CONNUS.has(c));
}

/** Emploi and alternance are work, formation is training; other situations carry no theme. */
const THEME_SITUATION: Partial<Record<TypeSituation, Theme>> = {
  emploi: 'emploi',
  alternance: 'emploi',
  formation: 'formation',
};
const THEME_SORTIE: Partial<Record<MotifSortie, Theme>> = {
  emploi_durable: 'emploi',
  emploi_non_durable: 'emploi',
  alternance: 'emploi',
  formation: 'formation',
};

/** A note or comment on one line of the timeline: the record itself holds the whole text. */
function extrait(texte: string | null, max = 160): string | null {
  if (!texte) return null;
  const plat = texte.replace(/\s+/g, ' ').trim();
  return plat.length > max ? `${plat.slice(0, max - 1)}…` : plat;
}

function joindre(parties: (string | null | undefined | false)[]): string | null {
  const gardees = parties.filter((p): p is string => typeof p === 'string' && p !== '');
  return gardees.length > 0 ? gardees.join(' · ') : null;
}

function pluriel(n: number, mot: string): string {
  return `${n} ${mot}${n > 1 ? 's' : ''}`;
}

const NOM = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE ${alias}.prenom || ' ' || ${alias}.nom END`;

// One indexed read per source (every table is indexed on jeune_id): the cost follows the
// jeune's own history, never the size of the base.
export const SQL_CHRONOLOGIE = {
  referentiels: `SELECT referentiel || ':' || code AS cle, libelle FROM referentiel_valeur`,
  accueils: `
    SELECT a.id, a.date, a.heure, a.canal, a.reponse, a.premier, a.commentaire,
           (SELECT p.nom FROM orientation o JOIN partenaire p ON p.id = o.partenaire_id
             WHERE o.accueil_id = a.id) AS partenaire,
           s.nom AS site, ${NOM('u')} AS auteur,
           (SELECT group_concat(m.motif) FROM accueil_motif m WHERE m.accueil_id = a.id) AS motifs
    FROM accueil a LEFT JOIN site s ON s.id = a.site_id LEFT JOIN utilisateur u ON u.id = a.cree_par
    WHERE a.jeune_id = ?`,
  rendezVous: `
    SELECT r.id, r.date, r.heure, r.statut, r.objet, r.duree_minutes AS duree, r.commentaire,
           s.nom AS site, ${NOM('u')} AS conseiller
    FROM rendez_vous r LEFT JOIN site s ON s.id = r.site_id LEFT JOIN utilisateur u ON u.id = r.conseiller_id
    WHERE r.jeune_id = ?`,
  evenements: `
    SELECT e.id, e.date, e.type, e.modalite, e.themes, e.duree_minutes AS duree, e.note,
           e.proposition_nature AS propositionNature, e.proposition_intitule AS propositionIntitule,
           e.proposition_resultat AS propositionResultat, at.intitule AS atelier, at.heure AS atelierHeure,
           ${NOM('u')} AS auteur
    FROM evenement e LEFT JOIN atelier at ON at.id = e.atelier_id LEFT JOIN utilisateur u ON u.id = e.auteur_id
    WHERE e.jeune_id = ?`,
  diagnostics: `
    SELECT d.id, d.debut, d.conclusion, d.conclusion_le AS conclusionLe, tp.libelle AS typePropose,
           (SELECT p.nom FROM orientation o JOIN partenaire p ON p.id = o.partenaire_id
             WHERE o.diagnostic_id = d.id AND o.origine = 'diagnostic') AS partenaire,
           d.conclusion_note AS note, ${NOM('u')} AS conseiller,
           (SELECT group_concat(dd.dimension) FROM diagnostic_dimension dd
             WHERE dd.diagnostic_id = d.id AND dd.frein = 1) AS freins,
           (SELECT count(*) FROM diagnostic_entretien de WHERE de.diagnostic_id = d.id) AS entretiens
    FROM diagnostic d LEFT JOIN type_parcours tp ON tp.code = d.type_parcours_propose
    LEFT JOIN utilisateur u ON u.id = d.conseiller_id
    WHERE d.jeune_id = ?`,
  parcours: `
    SELECT p.id, coalesce(tp.libelle, p.type_code) AS type, p.signature_date AS signature, p.debut,
           p.fin_prevue AS finPrevue, p.fin_reelle AS finReelle, p.motif_sortie AS motif,
           p.sortie_commentaire AS commentaire, ${NOM('u')} AS referent
    FROM parcours p LEFT JOIN type_parcours tp ON tp.code = p.type_code LEFT JOIN utilisateur u ON u.id = p.referent_id
    WHERE p.jeune_id = ?`,
  sequences: `
    SELECT s.id, s.ordre, s.type, s.debut, s.fin, p.id AS parcoursId, coalesce(tp.libelle, p.type_code) AS parcours,
           ${NOM('u')} AS referent
    FROM parcours p JOIN sequence s ON s.parcours_id = p.id
    LEFT JOIN type_parcours tp ON tp.code = p.type_code LEFT JOIN utilisateur u ON u.id = p.referent_id
    WHERE p.jeune_id = ?`,
  orientations: `
    SELECT o.id, o.date, a.heure, o.motif, o.statut, o.retour_le AS retourLe, o.motif_refus AS motifRefus,
           o.transmission_diagnostic AS transmis, p.nom AS partenaire, sp.nom AS service, ${NOM('u')} AS auteur,
           CASE o.origine
             WHEN 'accueil' THEN (SELECT group_concat(m.motif) FROM accueil_motif m WHERE m.accueil_id = o.accueil_id)
             WHEN 'diagnostic' THEN (SELECT group_concat(dd.dimension) FROM diagnostic_dimension dd
               WHERE dd.diagnostic_id = o.diagnostic_id AND dd.frein = 1)
           END AS themes
    FROM orientation o JOIN partenaire p ON p.id = o.partenaire_id
    LEFT JOIN service_partenaire sp ON sp.id = o.service_id LEFT JOIN accueil a ON a.id = o.accueil_id
    LEFT JOIN utilisateur u ON u.id = o.cree_par
    WHERE o.jeune_id = ?`,
  misesEnRelation: `
    SELECT m.id, m.date, m.issue, m.issue_le AS issueLe, m.motif_non_retenu AS motif, m.commentaire,
           o.intitule, o.type_contrat AS typeContrat, e.nom AS entreprise, ${NOM('u')} AS auteur
    FROM mise_en_relation m JOIN offre o ON o.id = m.offre_id JOIN entreprise e ON e.id = o.entreprise_id
    LEFT JOIN utilisateur u ON u.id = m.auteur_id
    WHERE m.jeune_id = ?`,
  positionnements: `
    SELECT p.id, p.date, p.statut, p.statut_le AS statutLe, p.motif_non_retenu AS motif,
           p.certification_obtenue AS certification, p.commentaire, a.intitule, o.nom AS organisme,
           ${NOM('u')} AS auteur
    FROM positionnement p JOIN action_formation a ON a.id = p.action_id JOIN partenaire o ON o.id = a.organisme_id
    LEFT JOIN utilisateur u ON u.id = p.auteur_id
    WHERE p.jeune_id = ?`,
  besoins: `
    SELECT b.id, b.date, b.objet, b.raison, b.commentaire, a.intitule AS action, ${NOM('u')} AS auteur
    FROM besoin_formation b LEFT JOIN action_formation a ON a.id = b.action_id
    LEFT JOIN utilisateur u ON u.id = b.auteur_id
    WHERE b.jeune_id = ?`,
  situations: `
    SELECT s.id, s.type, s.sous_type AS sousType, s.debut, s.fin_prevue AS finPrevue, s.fin_reelle AS finReelle,
           s.organisme, s.intitule, ${NOM('u')} AS auteur
    FROM situation s LEFT JOIN utilisateur u ON u.id = s.cree_par
    WHERE s.jeune_id = ?`,
} as const;

/**
 * Every accueil, appointment, event, diagnostic, parcours step, situation, orientation, match on an
 * offer, candidacy on a training action, unmet training need and exit of a jeune, most recent first (date, then time, then the usual order of a day, then the record).
 * Pure read on the connection: the handler checks the file and names it for the trail.
 */
export function chronologie(sqlite: Sqlite, jeuneId: number, filtres: FiltresChronologie = {}): EntreeChronologie[] {
  const voulu = (g: GenreChronologie) => !filtres.genres || filtres.genres.includes(g);
  const lignes: Ligne[] = [];
  const ajouter = (
    genre: GenreChronologie,
    cle: string,
    l: Omit<EntreeChronologie, 'genre' | 'cle'> & { ordre: number },
  ) => {
    if (voulu(genre)) lignes.push({ genre, cle: `${genre}-${cle}`, rang: RANG[genre], ...l });
  };
  if (voulu('accueil') || voulu('rendez_vous')) {
    const libelles = new Map(
      (instruction(sqlite, SQL_CHRONOLOGIE.referentiels).all() as { cle: string; libelle: string }[]).map((r) => [
        r.cle,
        r.libelle,
      ]),
    );
    const libelle = (referentiel: string, code: string) => libelles.get(`${referentiel}:${code}`) ?? code;

    if (voulu('accueil')) {
      type A = {
        id: number;
        date: string;
        heure: string;
        canal: string;
        reponse: string;
        partenaire: string | null;
        premier: number;
        commentaire: string | null;
        site: string | null;
        auteur: string | null;
        motifs: string | null;
      };
      for (const a of instruction(sqlite, SQL_CHRONOLOGIE.accueils).all(jeuneId) as A[]) {
        const motifs = a.motifs ? a.motifs.split(',').map((m) => libelle('motif_accueil', m)) : [];
        ajouter('accueil', String(a.id), {
          date: a.date,
          heure: a.heure,
          titre: `${a.premier ? 'Premier accueil' : 'Accueil'} (${libelle('canal_accueil', a.canal).toLowerCase()})`,
          detail: joindre([
            motifs.length > 0 && `Motifs : ${motifs.join(', ')}`,
            `Réponse : ${libelle('reponse_accueil', a.reponse)}${a.partenaire ? ` (${a.partenaire})` : ''}`,
            a.site,
            extrait(a.commentaire),
          ]),
          themes: themesDe(a.motifs),
          auteurNom: a.auteur,
          cible: { type: 'accueil', id: a.id },
          ordre: a.id,
        });
      }
    }

    if (voulu('rendez_vous')) {
      type R = {
        id: number;
        date: string;
        heure: string;
        statut: StatutRdv;
        objet: string | null;
        duree: number;
        commentaire: string | null;
        site: string | null;
        conseiller: string | null;
      };
      for (const r of instruction(sqlite, SQL_CHRONOLOGIE.rendezVous).all(jeuneId) as R[]) {
        ajouter('rendez_vous', String(r.id), {
          date: r.date,
          heure: r.heure,
          titre: `Rendez-vous${r.conseiller ? ` avec ${r.conseiller}` : ''} : ${STATUT_RDV_LIBELLES[r.statut].toLowerCase()}`,
          detail: joindre([
            r.objet && `Objet : ${libelle('motif_accueil', r.objet)}`,
            r.site,
            `${r.duree} min`,
            extrait(r.commentaire),
          ]),
          themes: themesDe(r.objet),
          auteurNom: r.conseiller,
          cible: { type: 'rendez_vous', id: r.id },
          ordre: r.id,
        });
      }
    }
  }

  if (voulu('evenement')) {
    type E = {
      id: number;
      date: string;
      type: TypeEvenement;
      modalite: Modalite;
      themes: string;
      duree: number | null;
      note: string | null;
      propositionNature: NatureProposition | null;
      propositionIntitule: string | null;
      propositionResultat: ResultatProposition | null;
      atelier: string | null;
      atelierHeure: string | null;
      auteur: string | null;
    };
    for (const e of instruction(sqlite, SQL_CHRONOLOGIE.evenements).all(jeuneId) as E[]) {
      const proposition =
        e.propositionNature &&
        `Proposition : ${NATURE_PROPOSITION_LIBELLES[e.propositionNature].toLowerCase()}${
          e.propositionIntitule ? ` « ${e.propositionIntitule} »` : ''
        }${e.propositionResultat ? ` (${RESULTAT_PROPOSITION_LIBELLES[e.propositionResultat].toLowerCase()})` : ''}`;
      ajouter('evenement', String(e.id), {
        date: e.date,
        heure: e.atelierHeure,
        titre: `${TYPE_EVENEMENT_LIBELLES[e.type]}${e.atelier ? ` : ${e.atelier}` : ''}`,
        detail: joindre([
          MODALITE_LIBELLES[e.modalite],
          e.duree !== null && `${e.duree} min`,
          proposition,
          extrait(e.note),
        ]),
        themes: themesDe(e.themes),
        auteurNom: e.auteur,
        // A workshop's attendance created it, but the line is the jeune's event: it opens that.
        cible: { type: 'evenement', id: e.id },
        ordre: e.id,
      });
    }
  }

  if (voulu('orientation')) {
    type O = {
      id: number;
      date: string;
      heure: string | null;
      motif: string;
      statut: StatutOrientation;
      retourLe: string | null;
      motifRefus: string | null;
      transmis: number;
      partenaire: string;
      service: string | null;
      auteur: string | null;
      themes: string | null;
    };
    for (const o of instruction(sqlite, SQL_CHRONOLOGIE.orientations).all(jeuneId) as O[]) {
      const statut = STATUT_ORIENTATION_LIBELLES[o.statut];
      ajouter('orientation', String(o.id), {
        date: o.date,
        // Made at an accueil, it shows at the accueil's time, just above it.
        heure: o.heure,
        titre: `Orientation vers ${o.partenaire}`,
        detail: joindre([
          o.service && `Service : ${o.service}`,
          `Motif : ${extrait(o.motif)}`,
          o.retourLe ? `${statut} le ${dateFr(o.retourLe)}` : statut,
          o.motifRefus && `Raison : ${extrait(o.motifRefus)}`,
          o.transmis === 1 && 'Diagnostic transmis',
        ]),
        themes: themesDe(o.themes),
        auteurNom: o.auteur,
        cible: { type: 'orientation', id: o.id },
        ordre: o.id,
      });
    }
  }

  if (voulu('diagnostic')) {
    type D = {
      id: number;
      debut: string;
      conclusion: ConclusionDiagnostic | null;
      conclusionLe: string | null;
      typePropose: string | null;
      partenaire: string | null;
      note: string | null;
      conseiller: string | null;
      freins: string | null;
      entretiens: number;
    };
    for (const d of instruction(sqlite, SQL_CHRONOLOGIE.diagnostics).all(jeuneId) as D[]) {
      const themes = themesDe(d.freins);
      const cible = { type: 'diagnostic' as const, id: d.id };
      const freins = themes.length > 0 && `Freins : ${themes.map((t) => DIMENSION_LIBELLES[t]).join(', ')}`;
      const entretiens = d.entretiens > 0 && pluriel(d.entretiens, 'entretien');
      if (d.conclusion) {
        const date = d.conclusionLe ?? d.debut;
        ajouter('diagnostic', String(d.id), {
          date,
          heure: null,
          titre: `Diagnostic conclu : ${CONCLUSION_DIAGNOSTIC_LIBELLES[d.conclusion].toLowerCase()}`,
          detail: joindre([
            d.debut !== date && `Commencé le ${dateFr(d.debut)}`,
            entretiens,
            freins,
            d.conclusion === 'parcours' && d.typePropose && `Proposé : ${d.typePropose}`,
            d.conclusion === 'orientation' && d.partenaire && `Partenaire : ${d.partenaire}`,
            extrait(d.note),
          ]),
          themes,
          auteurNom: d.conseiller,
          cible,
          ordre: d.id,
        });
      } else {
        ajouter('diagnostic', String(d.id), {
          date: d.debut,
          heure: null,
          titre: 'Diagnostic commencé',
          detail: joindre(['En cours', entretiens, freins]),
          themes,
          auteurNom: d.conseiller,
          cible,
          ordre: d.id,
        });
      }
    }
  }

  if (voulu('parcours') || voulu('sortie')) {
    type P = {
      id: number;
      type: string;
      signature: string | null;
      debut: string;
      finPrevue: string;
      finReelle: string | null;
      motif: MotifSortie | null;
      commentaire: string | null;
      referent: string | null;
    };
    for (const p of instruction(sqlite, SQL_CHRONOLOGIE.parcours).all(jeuneId) as P[]) {
      const cible = { type: 'parcours' as const, id: p.id };
      ajouter('parcours', String(p.id), {
        date: p.debut,
        heure: null,
        titre: `Entrée en ${p.type}`,
        detail: joindre([
          p.signature ? `Signé le ${dateFr(p.signature)}` : 'Contrat non signé',
          `Fin prévue le ${dateFr(p.finPrevue)}`,
          p.referent && `Référent : ${p.referent}`,
        ]),
        themes: [],
        auteurNom: p.referent,
        cible,
        ordre: p.id,
      });
      if (p.finReelle) {
        const theme = p.motif ? THEME_SORTIE[p.motif] : undefined;
        ajouter('sortie', String(p.id), {
          date: p.finReelle,
          heure: null,
          titre: `Sortie de ${p.type}${p.motif ? ` : ${MOTIF_SORTIE_LIBELLES[p.motif].toLowerCase()}` : ''}`,
          detail: joindre([`Entré(e) le ${dateFr(p.debut)}`, extrait(p.commentaire)]),
          themes: theme ? [theme] : [],
          auteurNom: p.referent,
          cible,
          ordre: p.id,
        });
      }
    }
  }

  if (voulu('sequence')) {
    type S = {
      id: number;
      ordre: number;
      type: TypeSequence;
      debut: string;
      fin: string | null;
      parcoursId: number;
      parcours: string;
      referent: string | null;
    };
    for (const s of instruction(sqlite, SQL_CHRONOLOGIE.sequences).all(jeuneId) as S[]) {
      ajouter('sequence', String(s.id), {
        date: s.debut,
        heure: null,
        titre: `Séquence ${s.ordre} : ${TYPE_SEQUENCE_LIBELLES[s.type].toLowerCase()}`,
        detail: joindre([s.parcours, s.fin ? `Jusqu'au ${dateFr(s.fin)}` : 'En cours']),
        themes: [],
        auteurNom: s.referent,
        // A séquence is a step of its parcours: the line opens the parcours.
        cible: { type: 'parcours', id: s.parcoursId },
        ordre: s.id,
      });
    }
  }

  if (voulu('mise_en_relation')) {
    type M = {
      id: number;
      date: string;
      issue: IssueMiseEnRelation;
      issueLe: string | null;
      motif: MotifNonRetenu | null;
      commentaire: string | null;
      intitule: string;
      typeContrat: TypeContratOffre;
      entreprise: string;
      auteur: string | null;
    };
    for (const m of instruction(sqlite, SQL_CHRONOLOGIE.misesEnRelation).all(jeuneId) as M[]) {
      const issue = ISSUE_MISE_EN_RELATION_LIBELLES[m.issue];
      ajouter('mise_en_relation', String(m.id), {
        date: m.date,
        heure: null,
        titre: `Mise en relation : ${m.intitule} — ${m.entreprise}`,
        detail: joindre([
          TYPE_CONTRAT_OFFRE_LIBELLES[m.typeContrat],
          m.issueLe ? `${issue} le ${dateFr(m.issueLe)}` : issue,
          m.motif && `Motif : ${MOTIF_NON_RETENU_LIBELLES[m.motif]}`,
          extrait(m.commentaire),
        ]),
        // An offer is a job, an alternance or an immersion at an employer.
        themes: ['emploi'],
        auteurNom: m.auteur,
        cible: { type: 'mise_en_relation', id: m.id },
        ordre: m.id,
      });
    }
  }

  if (voulu('positionnement')) {
    type Po = {
      id: number;
      date: string;
      statut: StatutPositionnement;
      statutLe: string;
      motif: MotifNonRetenuFormation | null;
      certification: number | null;
      commentaire: string | null;
      intitule: string;
      organisme: string;
      auteur: string | null;
    };
    for (const p of instruction(sqlite, SQL_CHRONOLOGIE.positionnements).all(jeuneId) as Po[]) {
      ajouter('positionnement', String(p.id), {
        date: p.date,
        heure: null,
        titre: `Positionnement : ${p.intitule} — ${p.organisme}`,
        detail: joindre([
          `${STATUT_POSITIONNEMENT_LIBELLES[p.statut]} le ${dateFr(p.statutLe)}`,
          p.motif && `Motif : ${MOTIF_NON_RETENU_FORMATION_LIBELLES[p.motif]}`,
          p.certification !== null && (p.certification === 1 ? 'Certification obtenue' : 'Certification non obtenue'),
          extrait(p.commentaire),
        ]),
        themes: ['formation'],
        auteurNom: p.auteur,
        cible: { type: 'positionnement', id: p.id },
        ordre: p.id,
      });
    }
  }

  if (voulu('besoin_formation')) {
    type Bf = {
      id: number;
      date: string;
      objet: string;
      raison: RaisonBesoin;
      commentaire: string | null;
      action: string | null;
      auteur: string | null;
    };
    for (const n of instruction(sqlite, SQL_CHRONOLOGIE.besoins).all(jeuneId) as Bf[]) {
      ajouter('besoin_formation', String(n.id), {
        date: n.date,
        heure: null,
        titre: `Besoin de formation non satisfait : ${n.objet}`,
        detail: joindre([
          `Raison : ${RAISON_BESOIN_LIBELLES[n.raison]}`,
          n.action && `Action : ${n.action}`,
          extrait(n.commentaire),
        ]),
        themes: ['formation'],
        auteurNom: n.auteur,
        cible: { type: 'besoin_formation', id: n.id },
        ordre: n.id,
      });
    }
  }

  if (voulu('situation')) {
    type Si = {
      id: number;
      type: TypeSituation;
      sousType: string | null;
      debut: string;
      finPrevue: string | null;
      finReelle: string | null;
      organisme: string | null;
      intitule: string | null;
      auteur: string | null;
    };
    for (const s of instruction(sqlite, SQL_CHRONOLOGIE.situations).all(jeuneId) as Si[]) {
      const sousType = s.sousType ? (SOUS_TYPES_SITUATION[s.type][s.sousType] ?? s.sousType) : null;
      const theme = THEME_SITUATION[s.type];
      ajouter('situation', String(s.id), {
        date: s.debut,
        heure: null,
        titre: `${TYPE_SITUATION_LIBELLES[s.type]}${sousType ? ` (${sousType})` : ''}${
          s.organisme ? ` : ${s.organisme}` : ''
        }`,
        detail: joindre([
          s.intitule,
          s.finReelle
            ? `Terminé le ${dateFr(s.finReelle)}`
            : s.finPrevue
              ? `Fin prévue le ${dateFr(s.finPrevue)}`
              : 'Sans date de fin',
        ]),
        themes: theme ? [theme] : [],
        auteurNom: s.auteur,
        cible: { type: 'situation', id: s.id },
        ordre: s.id,
      });
    }
  }

  const theme = filtres.theme;
  const gardees = theme ? lignes.filter((l) => l.themes.includes(theme)) : lignes;
  gardees.sort(
    (a, b) =>
      cmp(b.date, a.date) ||
      cmp(b.heure ?? SANS_HEURE, a.heure ?? SANS_HEURE) ||
      b.rang - a.rang ||
      b.ordre - a.ordre ||
      cmp(b.cle, a.cle),
  );
  return gardees.map(({ rang: _rang, ordre: _ordre, ...entree }) => entree);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
