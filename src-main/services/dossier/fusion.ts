import { eq } from 'drizzle-orm';
import { DESIGNENT_LES_REFERENTS } from '../../contract/accueil';
import { CHAMPS_FUSION, type ChampFusion, type dossierContract } from '../../contract/dossier';
import { SEXE_LIBELLES } from '../../contract/referentiels';
import type { IssueMiseEnRelation } from '../../contract/referentielsEntreprises';
import {
  STATUTS_POSITIONNEMENT,
  TRANSITIONS_POSITIONNEMENT,
  type StatutPositionnement,
} from '../../contract/referentielsFormation';
import {
  LOGEMENT_LIBELLES,
  NIVEAU_LIBELLES,
  RESSOURCE_LIBELLES,
  SITUATION_PREMIER_ACCUEIL_LIBELLES,
} from '../../contract/referentielsParcours';
import { jeune, jeuneFusion } from '../../db/schema';
import type { Sqlite } from '../../db/open';
import { recalculerContacts } from '../commun/contacts';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { modification } from '../commun/tracabilite';
import { jeuneExistant, voitMentionsSensibles, type JeuneLigne } from '../jeunes';
import { indexerJeune, resumes } from '../jeunes/recherche';
import { versionSuivante } from '../commun/versions';

type C = typeof dossierContract;

/**
 * Every table holding a `jeune_id`, and what a merge does with the absorbed file's rows:
 * - `rattacher`: the rows move to the surviving file as they are;
 * - `rattacher_sans_doublon` (workshop lists, matches on offers, candidacies on training actions):
 *   moved, but one row per workshop (offer, action) and jeune;
 * - `recalculer` (search words): derived from the names, rewritten for the surviving file.
 * tests/services/fusion.test.ts reads the migrated database and fails if a table with a
 * `jeune_id` is missing here: a future table must say how it merges before it can ship.
 */
export const TABLES_DU_JEUNE = {
  accueil: { fusion: 'rattacher', libelle: 'Accueils' },
  rendez_vous: { fusion: 'rattacher', libelle: 'Rendez-vous' },
  passage: { fusion: 'rattacher', libelle: "Passages en file d'attente" },
  mention_sensible: { fusion: 'rattacher', libelle: 'Mentions de santé ou de justice' },
  diagnostic: { fusion: 'rattacher', libelle: 'Diagnostics' },
  parcours: { fusion: 'rattacher', libelle: 'Parcours' },
  evenement: { fusion: 'rattacher', libelle: 'Événements' },
  situation: { fusion: 'rattacher', libelle: 'Situations' },
  orientation: { fusion: 'rattacher', libelle: 'Orientations vers les partenaires' },
  atelier_participant: { fusion: 'rattacher_sans_doublon', libelle: 'Inscriptions aux ateliers' },
  mise_en_relation: { fusion: 'rattacher_sans_doublon', libelle: 'Mises en relation sur des offres' },
  positionnement: { fusion: 'rattacher_sans_doublon', libelle: 'Positionnements sur des actions de formation' },
  besoin_formation: { fusion: 'rattacher', libelle: 'Besoins de formation non satisfaits' },
  jeune_mot_cle: { fusion: 'recalculer', libelle: 'Mots de recherche' },
} as const satisfies Record<string, { fusion: 'rattacher' | 'rattacher_sans_doublon' | 'recalculer'; libelle: string }>;
export type TableDuJeune = keyof typeof TABLES_DU_JEUNE;

/** The tables whose rows are the jeune's history (search words are derived, not history). */
const TABLES_HISTORIQUE = (Object.keys(TABLES_DU_JEUNE) as TableDuJeune[]).filter(
  (t) => TABLES_DU_JEUNE[t].fusion !== 'recalculer',
);

// Each merged field is a column of the jeune row under the same name.
const _champsSontDesColonnes: readonly (keyof JeuneLigne)[] = CHAMPS_FUSION;
void _champsSontDesColonnes;

type Valeur = string | number | boolean | null;

function ouiNon(v: Valeur): string {
  return v === true ? 'Oui' : v === false ? 'Non' : '—';
}
function texte(v: Valeur): string {
  return v === null || v === '' ? '—' : String(v);
}
function date(v: Valeur): string {
  return typeof v === 'string' ? dateFr(v) : '—';
}
function code<T extends string>(libelles: Record<T, string>) {
  return (v: Valeur) => (typeof v === 'string' ? (libelles[v as T] ?? v) : '—');
}

/** How a person reads each merged field's value. */
function libelleur(sqlite: Sqlite): Record<ChampFusion, (v: Valeur) => string> {
  return {
    nomNaissance: texte,
    nomUsage: texte,
    prenoms: texte,
    dateNaissance: date,
    sexe: code(SEXE_LIBELLES),
    telephone: texte,
    email: texte,
    adresse: texte,
    communeInsee: (v) => {
      if (typeof v !== 'string') return '—';
      const c = instruction(sqlite, 'SELECT nom FROM commune WHERE insee = ?').get(v) as { nom: string } | undefined;
      return c ? `${c.nom} (${v})` : v;
    },
    qpv: (v) => (v === null ? 'Selon la commune' : ouiNon(v)),
    niveau: code(NIVEAU_LIBELLES),
    diplome: texte,
    situationPremierAccueil: code(SITUATION_PREMIER_ACCUEIL_LIBELLES),
    logement: code(LOGEMENT_LIBELLES),
    ressources: code(RESSOURCE_LIBELLES),
    permisB: ouiNon,
    vehicule: ouiNon,
    inscritFranceTravail: ouiNon,
    identifiantFranceTravail: texte,
    rqth: ouiNon,
    ase: ouiNon,
    rsa: ouiNon,
    informationDonneesLe: date,
    consentementTransmissionLe: date,
    conseillerReferentId: (v) => {
      if (typeof v !== 'number') return 'Aucun';
      const u = instruction(sqlite, "SELECT prenom || ' ' || nom AS nom FROM utilisateur WHERE id = ?").get(v) as
        { nom: string } | undefined;
      return u?.nom ?? `n° ${v}`;
    },
  };
}

function compterLignes(sqlite: Sqlite, table: TableDuJeune, jeuneId: number): number {
  return (instruction(sqlite, `SELECT count(*) AS n FROM ${table} WHERE jeune_id = ?`).get(jeuneId) as { n: number }).n;
}

function deuxDossiers(ctx: Contexte, conserveId: number, absorbeId: number) {
  if (conserveId === absorbeId) throw regle('Fusion : choisissez deux dossiers différents.', 'absorbeId');
  const conserve = jeuneExistant(ctx, conserveId);
  const absorbe = jeuneExistant(ctx, absorbeId);
  ctx.dossier(conserveId);
  ctx.dossier(absorbeId);
  return { conserve, absorbe };
}

export const apercuFusion = ((input, ctx) => {
  const { conserve, absorbe } = deuxDossiers(ctx, input.conserveId, input.absorbeId);
  const [resumeConserve, resumeAbsorbe] = resumes(ctx.sqlite, [conserve.id, absorbe.id]);
  const libelle = libelleur(ctx.sqlite);
  // Even a count says a file holds a health or justice mention: only for who may read them.
  const voitMentions =
    voitMentionsSensibles(ctx, conserve.conseillerReferentId) &&
    voitMentionsSensibles(ctx, absorbe.conseillerReferentId);
  return {
    conserve: resumeConserve!,
    absorbe: resumeAbsorbe!,
    champs: CHAMPS_FUSION.map((champ) => ({
      champ,
      conserve: conserve[champ],
      absorbe: absorbe[champ],
      conserveLibelle: libelle[champ](conserve[champ]),
      absorbeLibelle: libelle[champ](absorbe[champ]),
    })),
    enregistrements: TABLES_HISTORIQUE.filter((t) => voitMentions || t !== 'mention_sensible').map((t) => ({
      genre: TABLES_DU_JEUNE[t].libelle,
      conserve: compterLignes(ctx.sqlite, t, conserve.id),
      absorbe: compterLignes(ctx.sqlite, t, absorbe.id),
    })),
  };
}) satisfies Handler<C, 'jeunes.apercuFusion'>;

/**
 * A conseiller merges only files nobody else follows: a merge moves the sensitive mentions and
 * may change the référent, which is direction's call for a file that has one (the same rule as
 * designating a référent).
 */
function verifierDroitDeFusion(ctx: Contexte, dossiers: JeuneLigne[]) {
  if (ctx.acteur.roles.some((r) => DESIGNENT_LES_REFERENTS.includes(r))) return;
  for (const d of dossiers) {
    const referent = d.conseillerReferentId;
    if (referent === null || referent === ctx.acteur.id) continue;
    const nom = (
      instruction(ctx.sqlite, "SELECT prenom || ' ' || nom AS nom FROM utilisateur WHERE id = ?").get(referent) as
        { nom: string } | undefined
    )?.nom;
    throw new ErreurMetier(
      'acces_refuse',
      `Le dossier n° ${d.id} est suivi par ${nom ?? 'un autre conseiller'} : seuls son référent et la direction peuvent le fusionner. Demandez-leur de le faire.`,
    );
  }
}

/** DOMAIN.md: one open parcours of a type per jeune; the merge must not make two. */
function verifierParcoursOuverts(sqlite: Sqlite, conserveId: number, absorbeId: number) {
  const doublon = instruction(
    sqlite,
    `SELECT coalesce(tp.libelle, c.type_code) AS type, c.debut AS debutConserve, a.debut AS debutAbsorbe
     FROM parcours c
     JOIN parcours a ON a.jeune_id = ? AND a.type_code = c.type_code AND a.fin_reelle IS NULL
     LEFT JOIN type_parcours tp ON tp.code = c.type_code
     WHERE c.jeune_id = ? AND c.fin_reelle IS NULL
     LIMIT 1`,
  ).get(absorbeId, conserveId) as { type: string; debutConserve: string; debutAbsorbe: string } | undefined;
  if (doublon) {
    throw regle(
      `Les deux dossiers ont chacun un parcours ${doublon.type} ouvert (depuis le ${dateFr(doublon.debutConserve)} et le ${dateFr(doublon.debutAbsorbe)}) : un jeune n'en a qu'un ouvert par type. Clôturez d'abord l'un des deux (sortie), puis fusionnez.`,
    );
  }
}

/**
 * Both files on one workshop's list: one row stays (the surviving file's), present if either
 * was, with the surviving event; the absorbed file's duplicate event goes. Returns the number
 * of rows merged this way.
 */
function fusionnerInscriptionsAteliers(ctx: Contexte, conserveId: number, absorbeId: number): number {
  const doubles = instruction(
    ctx.sqlite,
    `SELECT a.atelier_id AS atelierId, a.present AS presentAbsorbe, a.evenement_id AS evenementAbsorbe,
            c.present AS presentConserve, c.evenement_id AS evenementConserve
     FROM atelier_participant a
     JOIN atelier_participant c ON c.atelier_id = a.atelier_id AND c.jeune_id = ?
     WHERE a.jeune_id = ?`,
  ).all(conserveId, absorbeId) as {
    atelierId: number;
    presentAbsorbe: number | null;
    evenementAbsorbe: number | null;
    presentConserve: number | null;
    evenementConserve: number | null;
  }[];
  const { modifieLe, modifiePar } = modification(ctx);
  for (const d of doubles) {
    const present =
      d.presentConserve === 1 || d.presentAbsorbe === 1
        ? 1
        : d.presentConserve === 0 || d.presentAbsorbe === 0
          ? 0
          : null;
    const evenement = d.evenementConserve ?? d.evenementAbsorbe;
    instruction(
      ctx.sqlite,
      `UPDATE atelier_participant SET present = ?, evenement_id = ?, modifie_le = ?, modifie_par = ?
       WHERE atelier_id = ? AND jeune_id = ?`,
    ).run(present, evenement, modifieLe, modifiePar, d.atelierId, conserveId);
    instruction(ctx.sqlite, 'DELETE FROM atelier_participant WHERE atelier_id = ? AND jeune_id = ?').run(
      d.atelierId,
      absorbeId,
    );
    if (d.evenementAbsorbe !== null && d.evenementAbsorbe !== evenement) {
      instruction(ctx.sqlite, 'DELETE FROM evenement WHERE id = ?').run(d.evenementAbsorbe);
    }
  }
  return doubles.length;
}

/** How far a match went: the row a merge keeps is the furthest along. */
const AVANCEMENT_ISSUE: Record<IssueMiseEnRelation, number> = {
  en_attente: 0,
  non_retenu: 1,
  desistement: 1,
  retenu: 2,
};

/**
 * Both files proposed on one offer: one match stays, the one whose outcome went furthest
 * (retenu, then non retenu or désistement, then en attente; the surviving file's on a tie), with
 * its situation link. The other goes, with its act « Mise en relation » (cascade) and the
 * situation it created, unless the kept match, retained too, has lost its own: it then takes
 * that one. Returns the number of rows merged this way.
 */
function fusionnerMisesEnRelation(ctx: Contexte, conserveId: number, absorbeId: number): number {
  type M = { id: number; issue: IssueMiseEnRelation; situationId: number | null; situationCreee: number };
  const paires = instruction(
    ctx.sqlite,
    `SELECT c.id AS conserve, a.id AS absorbe
     FROM mise_en_relation a
     JOIN mise_en_relation c ON c.offre_id = a.offre_id AND c.jeune_id = ?
     WHERE a.jeune_id = ?`,
  ).all(conserveId, absorbeId) as { conserve: number; absorbe: number }[];
  const lire = (id: number) =>
    instruction(
      ctx.sqlite,
      `SELECT id, issue, situation_id AS situationId, situation_creee AS situationCreee
       FROM mise_en_relation WHERE id = ?`,
    ).get(id) as M;
  const { modifieLe, modifiePar } = modification(ctx);
  for (const p of paires) {
    const [c, a] = [lire(p.conserve), lire(p.absorbe)];
    const [gardee, retiree] = AVANCEMENT_ISSUE[a.issue] > AVANCEMENT_ISSUE[c.issue] ? [a, c] : [c, a];
    instruction(ctx.sqlite, 'DELETE FROM mise_en_relation WHERE id = ?').run(retiree.id);
    if (retiree.situationId === null) continue;
    if (gardee.issue === 'retenu' && gardee.situationId === null) {
      instruction(
        ctx.sqlite,
        'UPDATE mise_en_relation SET situation_id = ?, situation_creee = ?, modifie_le = ?, modifie_par = ? WHERE id = ?',
      ).run(retiree.situationId, retiree.situationCreee, modifieLe, modifiePar, gardee.id);
    } else if (retiree.situationCreee === 1) {
      instruction(ctx.sqlite, 'DELETE FROM situation WHERE id = ?').run(retiree.situationId);
    }
  }
  return paires.length;
}

/**
 * How far a candidacy went: the fewest transitions from « proposé » to its status
 * (TRANSITIONS_POSITIONNEMENT), so that entered (3) beats retained (2), which beats anything
 * decided or pending before it (1).
 */
const AVANCEMENT_POSITIONNEMENT: Record<StatutPositionnement, number> = (() => {
  const profondeur = Object.fromEntries(STATUTS_POSITIONNEMENT.map((s) => [s, Infinity])) as Record<
    StatutPositionnement,
    number
  >;
  profondeur.propose = 0;
  const file: StatutPositionnement[] = ['propose'];
  for (let s = file.shift(); s !== undefined; s = file.shift()) {
    for (const suivant of TRANSITIONS_POSITIONNEMENT[s]) {
      if (profondeur[suivant] === Infinity) {
        profondeur[suivant] = profondeur[s] + 1;
        file.push(suivant);
      }
    }
  }
  return profondeur;
})();

/**
 * Both files positioned on one training action: one candidacy stays, the one that went furthest
 * (then the one with more steps, then the surviving file's), with its steps, its commissions'
 * decisions and its situation. The other goes with its steps and decisions (cascade), and the
 * « formation » situation its entry created. Returns the number of rows merged this way.
 */
function fusionnerPositionnements(ctx: Contexte, conserveId: number, absorbeId: number): number {
  type P = { id: number; statut: StatutPositionnement; situationId: number | null; etapes: number };
  const paires = instruction(
    ctx.sqlite,
    `SELECT c.id AS conserve, a.id AS absorbe
     FROM positionnement a
     JOIN positionnement c ON c.action_id = a.action_id AND c.jeune_id = ?
     WHERE a.jeune_id = ?`,
  ).all(conserveId, absorbeId) as { conserve: number; absorbe: number }[];
  const lire = (id: number) =>
    instruction(
      ctx.sqlite,
      `SELECT id, statut, situation_id AS situationId,
              (SELECT count(*) FROM etape_positionnement e WHERE e.positionnement_id = p.id) AS etapes
       FROM positionnement p WHERE id = ?`,
    ).get(id) as P;
  const rang = (p: P) => [AVANCEMENT_POSITIONNEMENT[p.statut], p.etapes] as const;
  for (const paire of paires) {
    const [c, a] = [lire(paire.conserve), lire(paire.absorbe)];
    const [rc, ra] = [rang(c), rang(a)];
    const retire = ra[0] > rc[0] || (ra[0] === rc[0] && ra[1] > rc[1]) ? c : a;
    instruction(ctx.sqlite, 'DELETE FROM positionnement WHERE id = ?').run(retire.id);
    if (retire.situationId !== null)
      instruction(ctx.sqlite, 'DELETE FROM situation WHERE id = ?').run(retire.situationId);
  }
  return paires.length;
}

export const fusionner = ((input, ctx) => {
  const { conserve, absorbe } = deuxDossiers(ctx, input.conserveId, input.absorbeId);
  verifierDroitDeFusion(ctx, [conserve, absorbe]);
  verifierParcoursOuverts(ctx.sqlite, conserve.id, absorbe.id);

  const valeurs: Partial<Record<ChampFusion, Valeur>> = {};
  for (const champ of CHAMPS_FUSION) {
    valeurs[champ] = input.valeursDe[champ] === 'absorbe' ? absorbe[champ] : conserve[champ];
  }

  fusionnerInscriptionsAteliers(ctx, conserve.id, absorbe.id);
  fusionnerMisesEnRelation(ctx, conserve.id, absorbe.id);
  fusionnerPositionnements(ctx, conserve.id, absorbe.id);
  let deplaces = 0;
  for (const table of TABLES_HISTORIQUE) {
    deplaces += instruction(ctx.sqlite, `UPDATE ${table} SET jeune_id = ? WHERE jeune_id = ?`).run(
      conserve.id,
      absorbe.id,
    ).changes;
  }

  // Files merged earlier into the absorbed one now lead to the survivor (no chain to follow).
  instruction(ctx.sqlite, 'UPDATE jeune_fusion SET conserve_id = ? WHERE conserve_id = ?').run(conserve.id, absorbe.id);
  const identite = Object.fromEntries(CHAMPS_FUSION.map((c) => [c, absorbe[c]]));
  ctx.db
    .insert(jeuneFusion)
    .values({
      absorbeId: absorbe.id,
      conserveId: conserve.id,
      fusionneLe: ctx.horloge.maintenant().toISOString(),
      fusionnePar: ctx.acteur.id,
      identiteAbsorbee: JSON.stringify({ ...identite, creeLe: absorbe.creeLe }),
    })
    .run();

  instruction(ctx.sqlite, 'DELETE FROM jeune_mot_cle WHERE jeune_id = ?').run(absorbe.id);
  ctx.db.delete(jeune).where(eq(jeune.id, absorbe.id)).run();
  ctx.db
    .update(jeune)
    .set({
      ...(valeurs as Partial<JeuneLigne>),
      modifieLe: versionSuivante(ctx, conserve.modifieLe),
      modifiePar: ctx.acteur.id,
    })
    .where(eq(jeune.id, conserve.id))
    .run();
  const survivant = jeuneExistant(ctx, conserve.id);
  indexerJeune(ctx.sqlite, survivant);
  recalculerContacts(ctx.sqlite, conserve.id);
  return { id: conserve.id, enregistrementsDeplaces: deplaces };
}) satisfies Handler<C, 'jeunes.fusionner'>;
