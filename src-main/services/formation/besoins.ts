import { eq } from 'drizzle-orm';
import type { Besoin, formationContract } from '../../contract/formation';
import {
  DOMAINES_FORMATION,
  RAISONS_BESOIN,
  type DomaineFormation,
  type RaisonBesoin,
} from '../../contract/referentielsFormation';
import { besoinFormation } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { plier } from '../commun/texte';
import { dateFr } from '../commun/temps';
import { creation } from '../commun/tracabilite';
import { versionSuivante } from '../commun/versions';
import { aujourdhui, dossierExistant } from '../jeunes';

type C = typeof formationContract;

/**
 * Training needs validated with a jeune that found no answer on the territory (seeds: « recueil
 * des demandes de formation validées et ne trouvant pas de réponse »): recorded from the file,
 * summed up without names for the territorial diagnosis. docs/formation.md.
 */

const SELECT_BESOIN = `
  SELECT b.id, b.jeune_id AS jeuneId, COALESCE(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms AS jeuneNom,
         b.date, b.domaine, b.objet, b.code_rome AS codeRome, b.raison, b.action_id AS actionId,
         a.intitule AS actionIntitule, b.commentaire, coalesce(u.prenom || ' ' || u.nom, 'Inconnu') AS auteurNom,
         b.auteur_id AS auteurId, b.modifie_le AS modifieLe
  FROM besoin_formation b
  JOIN jeune j ON j.id = b.jeune_id
  LEFT JOIN action_formation a ON a.id = b.action_id
  LEFT JOIN utilisateur u ON u.id = b.auteur_id`;

type BesoinLu = Besoin & { auteurId: number; modifieLe: string };

function enBesoin({ auteurId: _a, modifieLe: _m, ...b }: BesoinLu): Besoin {
  return b;
}

/** Reads a need and names its jeune's file for the trail. */
function besoinExistant(ctx: Contexte, id: number): BesoinLu {
  const b = instruction(ctx.sqlite, `${SELECT_BESOIN} WHERE b.id = ?`).get(id) as BesoinLu | undefined;
  if (!b) throw introuvable('Besoin de formation');
  ctx.dossier(b.jeuneId);
  return b;
}

/** A need typed by mistake is corrected or removed by its author or by direction, as acts and orientations. */
function exigerAuteurOuDirection(ctx: Contexte, b: BesoinLu, verbe: string) {
  if (b.auteurId === ctx.acteur.id || ctx.acteur.roles.includes('direction')) return;
  throw new ErreurMetier(
    'acces_refuse',
    `Ce besoin a été noté par ${b.auteurNom} : seuls son auteur et la direction peuvent le ${verbe}. Pour compléter, notez un nouveau besoin.`,
  );
}

/** Counts by reason, every reason listed in the referential's order (zeros included). */
function parRaison(lignes: { raison: RaisonBesoin }[]): { raison: RaisonBesoin; nombre: number }[] {
  return RAISONS_BESOIN.map((raison) => ({ raison, nombre: lignes.filter((l) => l.raison === raison).length }));
}

export const besoinsHandlers = {
  'besoins.enregistrer': ((input, ctx) => {
    const s = input.besoin;
    const avant = input.id === null ? null : besoinExistant(ctx, input.id);
    if (avant) {
      exigerAuteurOuDirection(ctx, avant, 'modifier');
      if (avant.jeuneId !== s.jeuneId) {
        throw regle(
          `Ce besoin est celui de ${avant.jeuneNom} : il ne change pas de jeune. Supprimez-le et notez-le dans le bon dossier.`,
          'besoin.jeuneId',
        );
      }
    }
    dossierExistant(ctx, s.jeuneId);
    const today = aujourdhui(ctx);
    // Corrected without a date, a need keeps its own; a new one is dated today.
    const date = s.date ?? avant?.date ?? today;
    if (date > today) {
      throw regle(
        `Besoin daté du ${dateFr(date)}, dans le futur : datez-le du jour où il a été constaté avec le jeune.`,
        'besoin.date',
      );
    }
    if (
      s.actionId !== null &&
      !instruction(ctx.sqlite, 'SELECT 1 FROM action_formation WHERE id = ?').get(s.actionId)
    ) {
      throw regle(
        'Action de formation introuvable : elle a peut-être été supprimée. Choisissez-la à nouveau, ou laissez le champ vide.',
        'besoin.actionId',
      );
    }
    const valeurs = {
      jeuneId: s.jeuneId,
      date,
      domaine: s.domaine,
      objet: s.objet,
      codeRome: s.codeRome,
      raison: s.raison,
      actionId: s.actionId,
      commentaire: s.commentaire,
    };
    if (!avant) {
      const { id } = ctx.db
        .insert(besoinFormation)
        .values({ ...valeurs, auteurId: ctx.acteur.id, ...creation(ctx) })
        .returning({ id: besoinFormation.id })
        .get();
      return { id };
    }
    ctx.db
      .update(besoinFormation)
      .set({ ...valeurs, modifieLe: versionSuivante(ctx, avant.modifieLe), modifiePar: ctx.acteur.id })
      .where(eq(besoinFormation.id, avant.id))
      .run();
    return { id: avant.id };
  }) satisfies Handler<C, 'besoins.enregistrer'>,

  'besoins.supprimer': ((input, ctx) => {
    const b = besoinExistant(ctx, input.id);
    exigerAuteurOuDirection(ctx, b, 'supprimer');
    ctx.db.delete(besoinFormation).where(eq(besoinFormation.id, b.id)).run();
    return { id: b.id };
  }) satisfies Handler<C, 'besoins.supprimer'>,

  'besoins.duJeune': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    return (
      instruction(ctx.sqlite, `${SELECT_BESOIN} WHERE b.jeune_id = ? ORDER BY b.date DESC, b.id DESC`).all(
        input.jeuneId,
      ) as BesoinLu[]
    ).map(enBesoin);
  }) satisfies Handler<C, 'besoins.duJeune'>,

  'besoins.synthese': ((input, ctx) => {
    const lignes = instruction(
      ctx.sqlite,
      'SELECT jeune_id AS jeuneId, domaine, raison, objet FROM besoin_formation WHERE date >= ? AND date <= ? ORDER BY date, id',
    ).all(input.du, input.au) as { jeuneId: number; domaine: DomaineFormation; raison: RaisonBesoin; objet: string }[];
    const jeunes = (l: { jeuneId: number }[]) => new Set(l.map((x) => x.jeuneId)).size;

    const parDomaine = DOMAINES_FORMATION.map((domaine) => {
      const siens = lignes.filter((l) => l.domaine === domaine);
      return { domaine, total: siens.length, jeunes: jeunes(siens), parRaison: parRaison(siens) };
    })
      .filter((d) => d.total > 0)
      // Most needs first; the referential's order (stable sort) between equals.
      .sort((a, b) => b.total - a.total);

    // The same target typed several ways (« CAP Petite enfance », « cap petite-enfance ») counts as one:
    // it is shown as most often typed, in the field it is most often recorded under.
    const objets = new Map<
      string,
      { nombre: number; graphies: Map<string, number>; domaines: Map<DomaineFormation, number> }
    >();
    for (const l of lignes) {
      const cle = plier(l.objet);
      let o = objets.get(cle);
      if (!o) objets.set(cle, (o = { nombre: 0, graphies: new Map(), domaines: new Map() }));
      o.nombre++;
      o.graphies.set(l.objet, (o.graphies.get(l.objet) ?? 0) + 1);
      o.domaines.set(l.domaine, (o.domaines.get(l.domaine) ?? 0) + 1);
    }
    const plusFrequent = <K>(m: Map<K, number>): K => [...m].sort((a, b) => b[1] - a[1])[0]![0];
    const objetsFrequents = [...objets]
      .sort(([ca, a], [cb, b]) => b.nombre - a.nombre || (ca < cb ? -1 : ca > cb ? 1 : 0))
      .slice(0, 10)
      .map(([, o]) => ({ objet: plusFrequent(o.graphies), domaine: plusFrequent(o.domaines), nombre: o.nombre }));

    return {
      du: input.du,
      au: input.au,
      total: lignes.length,
      jeunes: jeunes(lignes),
      parDomaine,
      parRaison: parRaison(lignes),
      objetsFrequents,
    };
  }) satisfies Handler<C, 'besoins.synthese'>,
};
