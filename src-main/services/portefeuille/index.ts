import type { portefeuilleContract } from '../../contract/portefeuille';
import type { Sqlite } from '../../db/open';
import { lireParametres } from '../comptes/parametres';
import { chargerActeur } from '../comptes/acteur';
import type { Contexte, Handler, Handlers } from '../commun/contexte';
import { ErreurMetier, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { ageLe } from '../commun/temps';
import { aujourdhui } from '../jeunes';
import { modification } from '../commun/tracabilite';
import { alertesDe, compterAlertes } from './alertes';
import { lireFaits, type Portee } from './faits';

type C = typeof portefeuilleContract;

/**
 * Whose portfolio the caller may list: their own always; another conseiller's, or the jeunes
 * without référent, only with the direction role.
 */
function porteeDemandee(ctx: Contexte, conseillerId: number | null | undefined): Portee {
  const demande = conseillerId === undefined ? ctx.acteur.id : conseillerId;
  if (demande === ctx.acteur.id) return { referentId: demande };
  if (!ctx.acteur.roles.includes('direction')) {
    throw new ErreurMetier(
      'acces_refuse',
      demande === null
        ? 'Seule la direction voit les jeunes sans conseiller référent : demandez-lui de vous les confier.'
        : "Vous ne voyez que votre propre portefeuille : le portefeuille d'un autre conseiller est réservé à la direction.",
    );
  }
  if (demande === null) return 'sans_referent';
  if (!instruction(ctx.sqlite, 'SELECT 1 FROM utilisateur WHERE id = ?').get(demande)) {
    throw new ErreurMetier('introuvable', 'Conseiller introuvable : choisissez-le dans la liste des conseillers.');
  }
  return { referentId: demande };
}

/** Persons who are référent of jeunes, with the number of jeunes each (null: no référent). */
function jeunesParReferent(sqlite: Sqlite): Map<number | null, number> {
  const lignes = instruction(
    sqlite,
    'SELECT conseiller_referent_id AS referentId, count(*) AS n FROM jeune GROUP BY conseiller_referent_id',
  ).all() as { referentId: number | null; n: number }[];
  return new Map(lignes.map((l) => [l.referentId, l.n]));
}

const collateur = new Intl.Collator('fr', { sensitivity: 'base' });

export const portefeuilleHandlers = {
  'portefeuille.lister': ((input, ctx) => {
    const portee = porteeDemandee(ctx, input.conseillerId);
    const today = aujourdhui(ctx);
    const reglages = lireParametres(ctx.sqlite);
    const jeunes = lireFaits(ctx.sqlite, portee, today).map((f) => {
      const p = f.parcours[0];
      return {
        jeuneId: f.id,
        nomNaissance: f.nomNaissance,
        nomUsage: f.nomUsage,
        prenoms: f.prenoms,
        dateNaissance: f.dateNaissance,
        age: ageLe(f.dateNaissance, today),
        premierAccueilDate: f.premierAccueilDate,
        dernierContactDate: f.dernierContactDate,
        parcours: p
          ? {
              id: p.id,
              typeCode: p.typeCode,
              typeLibelle: p.typeLibelle,
              debut: p.debut,
              finPrevue: p.finPrevue,
              signe: p.signatureDate !== null,
            }
          : null,
        sequence: p?.sequence ?? null,
        prochainRendezVous: f.prochainRendezVous,
        situation: f.situation,
        actif: f.actif,
        alertes: alertesDe(f, today, reglages),
      };
    });
    return {
      conseillerId: typeof portee === 'object' ? portee.referentId : null,
      semainesSansContact: reglages.semainesSansContact,
      jeunes,
      alertes: compterAlertes(jeunes.map((j) => j.alertes)),
    };
  }) satisfies Handler<C, 'portefeuille.lister'>,

  'portefeuille.conseillers': ((_input, ctx) => {
    const today = aujourdhui(ctx);
    const reglages = lireParametres(ctx.sqlite);
    const comptes = new Map<number | null, { actifs: number; enParcours: number; alertes: number }>();
    // Only active jeunes can be in parcours or raise an alert: the others are counted, not read.
    for (const f of lireFaits(ctx.sqlite, 'actifs', today)) {
      let c = comptes.get(f.referentId);
      if (!c) comptes.set(f.referentId, (c = { actifs: 0, enParcours: 0, alertes: 0 }));
      c.actifs++;
      if (f.parcours.length > 0) c.enParcours++;
      if (alertesDe(f, today, reglages).length > 0) c.alertes++;
    }
    const jeunes = jeunesParReferent(ctx.sqlite);
    const conseillers = instruction(
      ctx.sqlite,
      `SELECT u.id, u.prenom || ' ' || u.nom AS nom FROM utilisateur u
       JOIN utilisateur_role r ON r.utilisateur_id = u.id AND r.role = 'conseiller' WHERE u.actif = 1`,
    ).all() as { id: number; nom: string }[];
    const listes = new Set(conseillers.map((c) => c.id));
    // A conseiller who left (account deactivated, role removed) still holds jeunes until direction
    // hands them over: listed, so that they are not forgotten.
    const partis = [...jeunes.keys()].filter((id): id is number => id !== null && !listes.has(id));
    const nomDe = instruction(ctx.sqlite, "SELECT prenom || ' ' || nom AS nom FROM utilisateur WHERE id = ?");
    for (const id of partis) {
      const u = nomDe.get(id) as { nom: string } | undefined;
      conseillers.push({ id, nom: `${u?.nom ?? `Personne n° ${id}`} (n'est plus conseiller actif)` });
    }
    const ligne = (conseillerId: number | null, nom: string) => ({
      conseillerId,
      nom,
      jeunes: jeunes.get(conseillerId) ?? 0,
      ...(comptes.get(conseillerId) ?? { actifs: 0, enParcours: 0, alertes: 0 }),
    });
    return [
      ...conseillers.sort((a, b) => collateur.compare(a.nom, b.nom)).map((c) => ligne(c.id, c.nom)),
      ligne(null, 'Sans référent'),
    ];
  }) satisfies Handler<C, 'portefeuille.conseillers'>,

  'portefeuille.reaffecter': ((input, ctx) => {
    const cible = chargerActeur(ctx.sqlite, input.conseillerId);
    if (!cible?.roles.includes('conseiller')) {
      throw regle(
        'Ce compte n’est pas un conseiller actif : choisissez le nouveau référent dans la liste des conseillers.',
        'conseillerId',
      );
    }
    const ids = [...new Set(input.jeuneIds)];
    const inconnus = (
      instruction(
        ctx.sqlite,
        'SELECT value AS id FROM json_each(?) WHERE value NOT IN (SELECT id FROM jeune) ORDER BY value',
      ).all(JSON.stringify(ids)) as { id: number }[]
    ).map((l) => l.id);
    if (inconnus.length > 0) {
      const liste = inconnus.slice(0, 10).join(', ') + (inconnus.length > 10 ? '…' : '');
      throw new ErreurMetier(
        'introuvable',
        `${inconnus.length} dossier(s) introuvable(s) (n° ${liste}) : fusionné(s) ou supprimé(s) entre-temps ? ` +
          'Aucun jeune n’a été réaffecté ; rechargez la liste et recommencez.',
      );
    }
    const { modifieLe, modifiePar } = modification(ctx);
    const referentActuel = instruction(ctx.sqlite, 'SELECT conseiller_referent_id AS r FROM jeune WHERE id = ?');
    const changerJeune = instruction(
      ctx.sqlite,
      'UPDATE jeune SET conseiller_referent_id = ?, modifie_le = ?, modifie_par = ? WHERE id = ?',
    );
    // The open parcours follow their jeune: the référent of the path is the jeune's référent.
    const changerParcours = instruction(
      ctx.sqlite,
      `UPDATE parcours SET referent_id = @cible, modifie_le = @le, modifie_par = @par
       WHERE jeune_id = @jeune AND fin_reelle IS NULL AND referent_id <> @cible`,
    );
    let reaffectes = 0;
    for (const id of ids) {
      const avant = (referentActuel.get(id) as { r: number | null }).r;
      let change = false;
      if (avant !== cible.id) {
        changerJeune.run(cible.id, modifieLe, modifiePar, id);
        change = true;
      }
      if (changerParcours.run({ cible: cible.id, le: modifieLe, par: modifiePar, jeune: id }).changes > 0)
        change = true;
      if (change) {
        ctx.dossier(id);
        reaffectes++;
      }
    }
    if (reaffectes === 0) {
      throw regle(
        `${ids.length > 1 ? 'Ces jeunes sont déjà suivis' : 'Ce jeune est déjà suivi'} par ${cible.nom}, ` +
          'parcours ouverts compris : rien à changer.',
        'jeuneIds',
      );
    }
    return { reaffectes };
  }) satisfies Handler<C, 'portefeuille.reaffecter'>,
} satisfies Handlers<C>;
