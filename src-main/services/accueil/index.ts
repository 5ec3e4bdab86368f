import { and, eq } from 'drizzle-orm';
import type { accueilContract } from '../../contract/accueil';
import {
  REPONSE_ORIENTATION,
  REPONSE_RDV,
  type ReferentielEditable,
  type StatutRdv,
} from '../../contract/referentiels';
import {
  accueil,
  accueilMotif,
  passage,
  referentielValeur,
  rendezVous,
  site,
  utilisateur,
  utilisateurRole,
} from '../../db/schema';
import type { Contexte, Handler, Handlers } from '../commun/contexte';
import { ErreurMetier, casNonTraite, introuvable, regle } from '../commun/erreurs';
import { dateFr, heureDepuisMinutes, instantParis, lectureParis, minutes } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { dossierExistant, jeunesHandlers } from '../jeunes';
import { recalculerContacts } from '../commun/contacts';
import { instruction } from '../commun/instructions';
import { creerOrientation } from '../orientations/regles';
import { passagesOu, rendezVousOu } from './lectures';

type C = typeof accueilContract;

export function verifierSite(ctx: Contexte, id: number, champ = 'siteId') {
  const s = ctx.db.select().from(site).where(eq(site.id, id)).get();
  if (!s) throw regle('Site inconnu : choisissez un site de la structure.', champ);
  if (!s.actif) throw regle(`Le site « ${s.nom} » est fermé : choisissez un site actif.`, champ);
  return s;
}

function verifierConseiller(ctx: Contexte, id: number, champ = 'conseillerId') {
  const u = ctx.db.select().from(utilisateur).where(eq(utilisateur.id, id)).get();
  if (!u || !u.actif) throw regle('Conseiller inconnu ou inactif : choisissez un conseiller de la liste.', champ);
  const estConseiller = ctx.db
    .select({ r: utilisateurRole.role })
    .from(utilisateurRole)
    .where(and(eq(utilisateurRole.utilisateurId, id), eq(utilisateurRole.role, 'conseiller')))
    .get();
  if (!estConseiller) throw regle(`${u.prenom} ${u.nom} n'a pas le rôle conseiller.`, champ);
  return u;
}

function verifierCode(ctx: Contexte, referentiel: ReferentielEditable, code: string, champ: string, quoi: string) {
  const v = ctx.db
    .select()
    .from(referentielValeur)
    .where(and(eq(referentielValeur.referentiel, referentiel), eq(referentielValeur.code, code)))
    .get();
  if (!v || !v.actif)
    throw regle(`${quoi} « ${code} » inconnu(e) ou retiré(e) : choisissez une valeur de la liste.`, champ);
}

/** Refuses a second appointment of the same conseiller overlapping this one. */
function verifierDisponibilite(
  ctx: Contexte,
  r: { conseillerId: number; date: string; heure: string; dureeMinutes: number },
  saufId: number | null,
) {
  const debut = minutes(r.heure);
  const fin = debut + r.dureeMinutes;
  const autres = rendezVousOu(
    ctx.sqlite,
    "r.conseiller_id = ? AND r.date = ? AND r.statut IN ('prevu', 'honore') AND r.id <> ?",
    [r.conseillerId, r.date, saufId ?? 0],
  );
  for (const a of autres) {
    const aDebut = minutes(a.heure);
    if (debut < aDebut + a.dureeMinutes && aDebut < fin) {
      throw new ErreurMetier(
        'conflit',
        `${a.conseillerNom} a déjà un rendez-vous le ${dateFr(a.date)} de ${a.heure} à ${heureDepuisMinutes(aDebut + a.dureeMinutes)} : choisissez un autre créneau.`,
        [{ champ: 'heure', message: 'Créneau déjà pris.' }],
      );
    }
  }
}

function creerRendezVous(
  ctx: Contexte,
  r: {
    jeuneId: number;
    conseillerId: number;
    siteId: number;
    date: string;
    heure: string;
    dureeMinutes: number;
    objet: string | null;
    commentaire: string | null;
  },
): number {
  dossierExistant(ctx, r.jeuneId);
  verifierConseiller(ctx, r.conseillerId);
  verifierSite(ctx, r.siteId);
  if (r.objet) verifierCode(ctx, 'motif_accueil', r.objet, 'objet', 'Objet');
  if (minutes(r.heure) + r.dureeMinutes > 24 * 60)
    throw regle('Le rendez-vous doit finir le même jour.', 'dureeMinutes');
  verifierDisponibilite(ctx, r, null);
  return ctx.db
    .insert(rendezVous)
    .values({ ...r, statut: 'prevu', ...creation(ctx) })
    .returning({ id: rendezVous.id })
    .get().id;
}

function passageExistant(ctx: Contexte, id: number) {
  const p = ctx.db.select().from(passage).where(eq(passage.id, id)).get();
  if (!p) throw introuvable("Passage dans la file d'attente");
  ctx.dossier(p.jeuneId);
  return p;
}

function rdvExistant(ctx: Contexte, id: number) {
  const r = ctx.db.select().from(rendezVous).where(eq(rendezVous.id, id)).get();
  if (!r) throw introuvable('Rendez-vous');
  ctx.dossier(r.jeuneId);
  return r;
}

const accueilsHandlers = {
  'accueils.enregistrer': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    verifierSite(ctx, input.siteId);
    verifierCode(ctx, 'canal_accueil', input.canal, 'canal', 'Canal');
    input.motifs.forEach((m, i) => verifierCode(ctx, 'motif_accueil', m, `motifs.${i}`, 'Motif'));
    verifierCode(ctx, 'reponse_accueil', input.reponse, 'reponse', 'Réponse');
    if (input.reponse === REPONSE_ORIENTATION && !input.orientation) {
      throw regle('Orientation : choisissez le partenaire dans l’annuaire et le motif.', 'orientation');
    }
    if (input.reponse !== REPONSE_ORIENTATION && input.orientation) {
      throw regle(
        'Une orientation accompagne la réponse « orientation vers un partenaire » : choisissez cette réponse, ou retirez l’orientation.',
        'orientation',
      );
    }
    if (input.reponse === REPONSE_RDV && !input.rendezVous) {
      throw regle('Rendez-vous : choisissez le conseiller, la date et l’heure du rendez-vous.', 'rendezVous');
    }
    const maintenant = ctx.horloge.maintenant();
    const quand = input.date && input.heure ? { date: input.date, heure: input.heure } : lectureParis(maintenant);
    const instant = instantParis(quand.date, quand.heure);
    // A few minutes of clock drift between workstations are tolerated.
    if (instant.getTime() > maintenant.getTime() + 5 * 60_000) {
      throw regle("Un accueil ne peut pas être daté dans le futur : vérifiez la date et l'heure.", 'date');
    }
    if (input.passageId !== null) {
      const p = passageExistant(ctx, input.passageId);
      if (p.jeuneId !== input.jeuneId)
        throw regle("Ce passage dans la file d'attente concerne un autre jeune.", 'passageId');
    }
    const rendezVousId = input.rendezVous
      ? creerRendezVous(ctx, { ...input.rendezVous, jeuneId: input.jeuneId })
      : null;
    const { id } = ctx.db
      .insert(accueil)
      .values({
        jeuneId: input.jeuneId,
        instant: instant.toISOString(),
        date: quand.date,
        heure: quand.heure,
        siteId: input.siteId,
        canal: input.canal,
        reponse: input.reponse,
        rendezVousId,
        commentaire: input.commentaire,
        ...creation(ctx),
      })
      .returning({ id: accueil.id })
      .get();
    for (const motif of new Set(input.motifs)) ctx.db.insert(accueilMotif).values({ accueilId: id, motif }).run();
    if (input.orientation) {
      // The desk does not transmit a diagnostic: the conseiller does, from the file or the diagnostic.
      creerOrientation(ctx, {
        jeuneId: input.jeuneId,
        saisie: { ...input.orientation, transmissionDiagnostic: false },
        date: quand.date,
        origine: 'accueil',
        accueilId: id,
        champ: 'orientation',
      });
    }
    recalculerContacts(ctx.sqlite, input.jeuneId);
    const premier = ctx.db.select({ p: accueil.premier }).from(accueil).where(eq(accueil.id, id)).get()!.p;
    return { id, premierAccueil: premier, rendezVousId };
  }) satisfies Handler<C, 'accueils.enregistrer'>,

  'fileAttente.duJour': ((input, ctx) => {
    const maintenant = ctx.horloge.maintenant();
    const date = input.date ?? lectureParis(maintenant).date;
    return passagesOu(ctx.sqlite, 'p.site_id = ? AND p.date = ?', [input.siteId, date], maintenant);
  }) satisfies Handler<C, 'fileAttente.duJour'>,

  'fileAttente.ajouter': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    verifierSite(ctx, input.siteId);
    const maintenant = ctx.horloge.maintenant();
    const date = lectureParis(maintenant).date;
    const deja = instruction(
      ctx.sqlite,
      "SELECT 1 FROM passage WHERE jeune_id = ? AND site_id = ? AND date = ? AND statut <> 'parti'",
    ).get(input.jeuneId, input.siteId, date);
    if (deja) throw new ErreurMetier('conflit', "Ce jeune est déjà dans la file d'attente du site aujourd'hui.");
    const { id } = ctx.db
      .insert(passage)
      .values({
        siteId: input.siteId,
        jeuneId: input.jeuneId,
        date,
        arriveeLe: maintenant.toISOString(),
        statut: 'en_attente',
        motif: input.motif,
        ...creation(ctx),
      })
      .returning({ id: passage.id })
      .get();
    return { id };
  }) satisfies Handler<C, 'fileAttente.ajouter'>,

  'fileAttente.prendreEnCharge': ((input, ctx) => {
    const p = passageExistant(ctx, input.passageId);
    if (p.statut !== 'en_attente') {
      throw new ErreurMetier('conflit', "Ce jeune n'attend plus : il a déjà été pris en charge ou est reparti.");
    }
    verifierConseiller(ctx, input.conseillerId);
    ctx.db
      .update(passage)
      .set({
        statut: 'pris_en_charge',
        conseillerId: input.conseillerId,
        prisEnChargeLe: ctx.horloge.maintenant().toISOString(),
        ...modification(ctx),
      })
      .where(eq(passage.id, p.id))
      .run();
    return { id: p.id };
  }) satisfies Handler<C, 'fileAttente.prendreEnCharge'>,

  'fileAttente.marquerParti': ((input, ctx) => {
    const p = passageExistant(ctx, input.passageId);
    if (p.statut === 'parti') throw new ErreurMetier('conflit', 'Ce jeune est déjà noté comme reparti.');
    ctx.db
      .update(passage)
      .set({ statut: 'parti', partiLe: ctx.horloge.maintenant().toISOString(), ...modification(ctx) })
      .where(eq(passage.id, p.id))
      .run();
    return { id: p.id };
  }) satisfies Handler<C, 'fileAttente.marquerParti'>,

  'rendezVous.jour': ((input, ctx) => {
    const conditions = ['r.date = ?'];
    const params: unknown[] = [input.date];
    if (input.siteId !== undefined) {
      conditions.push('r.site_id = ?');
      params.push(input.siteId);
    }
    if (input.conseillerId !== undefined) {
      conditions.push('r.conseiller_id = ?');
      params.push(input.conseillerId);
    }
    return rendezVousOu(ctx.sqlite, conditions.join(' AND '), params);
  }) satisfies Handler<C, 'rendezVous.jour'>,

  'rendezVous.creer': ((input, ctx) => ({ id: creerRendezVous(ctx, input) })) satisfies Handler<C, 'rendezVous.creer'>,

  'rendezVous.deplacer': ((input, ctx) => {
    const r = rdvExistant(ctx, input.id);
    if (r.statut !== 'prevu') {
      throw regle(
        'Seul un rendez-vous prévu peut être déplacé ; pour un autre, prenez un nouveau rendez-vous.',
        'statut',
      );
    }
    const cible = {
      conseillerId: input.conseillerId ?? r.conseillerId,
      siteId: input.siteId ?? r.siteId,
      date: input.date,
      heure: input.heure,
      dureeMinutes: input.dureeMinutes ?? r.dureeMinutes,
    };
    if (cible.conseillerId !== r.conseillerId) verifierConseiller(ctx, cible.conseillerId);
    if (cible.siteId !== r.siteId) verifierSite(ctx, cible.siteId);
    verifierDisponibilite(ctx, cible, r.id);
    ctx.db
      .update(rendezVous)
      .set({ ...cible, ...modification(ctx) })
      .where(eq(rendezVous.id, r.id))
      .run();
    return { id: r.id };
  }) satisfies Handler<C, 'rendezVous.deplacer'>,

  'rendezVous.changerStatut': ((input, ctx) => {
    const r = rdvExistant(ctx, input.id);
    const today = lectureParis(ctx.horloge.maintenant()).date;
    const statut: StatutRdv = input.statut;
    switch (statut) {
      case 'honore':
      case 'absent':
        if (r.date > today) {
          throw regle(
            `Le rendez-vous du ${dateFr(r.date)} n'a pas encore eu lieu : il ne peut pas être marqué ${statut === 'honore' ? 'honoré' : 'absent'}.`,
            'statut',
          );
        }
        if (r.statut === 'annule')
          throw regle('Ce rendez-vous est annulé : remettez-le d’abord à « prévu ».', 'statut');
        break;
      case 'annule':
        if (r.statut !== 'prevu') throw regle('Seul un rendez-vous prévu peut être annulé.', 'statut');
        break;
      case 'prevu':
        if (r.statut !== 'prevu') verifierDisponibilite(ctx, r, r.id);
        break;
      default:
        casNonTraite(statut);
    }
    ctx.db
      .update(rendezVous)
      .set({ statut, commentaire: input.commentaire ?? r.commentaire, ...modification(ctx) })
      .where(eq(rendezVous.id, r.id))
      .run();
    if (statut === 'honore') {
      instruction(
        ctx.sqlite,
        'UPDATE jeune SET dernier_contact_date = max(coalesce(dernier_contact_date, ?), ?) WHERE id = ?',
      ).run(r.date, r.date, r.jeuneId);
    }
    return { id: r.id };
  }) satisfies Handler<C, 'rendezVous.changerStatut'>,
};

export const accueilHandlers = { ...jeunesHandlers, ...accueilsHandlers } satisfies Handlers<C>;
