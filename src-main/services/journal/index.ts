import type { EntreeJournal, journalContract, VerificationJournal } from '../../contract/journal';
import type { Sqlite } from '../../db/open';
import type { Handlers } from '../commun/contexte';
import { regle } from '../commun/erreurs';
import { dateFr, instantParis, lectureParis } from '../commun/temps';
import { lireParametres } from '../comptes/parametres';
import { compterPurgeables, purgerJournal, verifierJournalSansBloquer } from './chaine';

type C = typeof journalContract;

interface LigneLue {
  id: number;
  horodatage: string;
  utilisateurId: number | null;
  utilisateurNom: string | null;
  action: EntreeJournal['action'];
  objetType: EntreeJournal['objetType'];
  objetId: number | null;
  objetLibelle: string | null;
  poste: string;
  methode: string | null;
}

/**
 * Names are joined when the trail is read, never stored in it: once a jeune's file is anonymised
 * or deleted, the trail still shows that it was read, but no longer whose file it was.
 */
const SELECT_ENTREES = `SELECT j.id, j.horodatage, j.utilisateur_id AS utilisateurId,
    CASE WHEN u.id IS NULL THEN NULL ELSE u.prenom || ' ' || u.nom END AS utilisateurNom,
    j.action, j.objet_type AS objetType, j.objet_id AS objetId,
    CASE j.objet_type
      WHEN 'jeune' THEN (SELECT coalesce(je.nom_usage, je.nom_naissance) || ' ' || je.prenoms FROM jeune je WHERE je.id = j.objet_id)
      WHEN 'utilisateur' THEN (SELECT o.prenom || ' ' || o.nom FROM utilisateur o WHERE o.id = j.objet_id)
      WHEN 'entreprise' THEN (SELECT e.nom FROM entreprise e WHERE e.id = j.objet_id)
    END AS objetLibelle,
    j.poste, j.methode
  FROM journal_acces j LEFT JOIN utilisateur u ON u.id = j.utilisateur_id`;

function lire(sqlite: Sqlite, conditions: string[], valeurs: unknown[], limite: number): LigneLue[] {
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return sqlite.prepare(`${SELECT_ENTREES} ${where} ORDER BY j.id DESC LIMIT ?`).all(...valeurs, limite) as LigneLue[];
}

function debutJourneeParis(date: string): string {
  return instantParis(date, '00:00').toISOString();
}

/** The first instant of the day after `date` (Europe/Paris), for an inclusive "au". */
function lendemain(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return debutJourneeParis(d.toISOString().slice(0, 10));
}

/** The date (Europe/Paris) before which entries are older than the retention setting. */
function limiteDeConservation(maintenant: Date, mois: number): string {
  const { date } = lectureParis(maintenant);
  const [a, m, j] = date.split('-').map(Number) as [number, number, number];
  const cible = new Date(Date.UTC(a, m - 1 - mois, 1));
  // Same day of month, or the month's last day (31 March minus one month is 28/29 February).
  const dernierJour = new Date(Date.UTC(cible.getUTCFullYear(), cible.getUTCMonth() + 1, 0)).getUTCDate();
  cible.setUTCDate(Math.min(j, dernierJour));
  return cible.toISOString().slice(0, 10);
}

export const journalHandlers = {
  'journal.rechercher': (input, ctx) => {
    const conditions: string[] = [];
    const valeurs: unknown[] = [];
    if (input.utilisateurId !== undefined) {
      conditions.push('j.utilisateur_id = ?');
      valeurs.push(input.utilisateurId);
    }
    if (input.jeuneId !== undefined) {
      conditions.push("j.objet_type = 'jeune' AND j.objet_id = ?");
      valeurs.push(input.jeuneId);
    }
    if (input.action !== undefined) {
      conditions.push('j.action = ?');
      valeurs.push(input.action);
    }
    if (input.du !== undefined) {
      conditions.push('j.horodatage >= ?');
      valeurs.push(debutJourneeParis(input.du));
    }
    if (input.au !== undefined) {
      conditions.push('j.horodatage < ?');
      valeurs.push(lendemain(input.au));
    }
    if (input.avantId !== undefined) {
      conditions.push('j.id < ?');
      valeurs.push(input.avantId);
    }
    // One more than asked tells whether an older page exists.
    const lues = lire(ctx.sqlite, conditions, valeurs, input.limite + 1);
    const entrees = lues.slice(0, input.limite);
    return { entrees, suivant: lues.length > input.limite ? entrees[entrees.length - 1]!.id : null };
  },

  'journal.consultationsJeune': (input, ctx) =>
    lire(ctx.sqlite, ["j.objet_type = 'jeune'", 'j.objet_id = ?'], [input.jeuneId], input.limite),

  // Walked before the call's transaction, step by step: a year of trail takes seconds to hash,
  // and the desk must keep answering meanwhile.
  'journal.verifier': {
    preparer: (_input, ctx) => verifierJournalSansBloquer(ctx.sqlite),
    executer: (_input, _ctx, verification: VerificationJournal) => verification,
  },

  'journal.apercuPurge': (_input, ctx) => {
    const { conservationJournalMois } = lireParametres(ctx.sqlite);
    const limite = limiteDeConservation(ctx.horloge.maintenant(), conservationJournalMois);
    return {
      conservationMois: conservationJournalMois,
      limite,
      ...compterPurgeables(ctx.sqlite, debutJourneeParis(limite)),
    };
  },

  'journal.purger': (input, ctx) => {
    const { conservationJournalMois } = lireParametres(ctx.sqlite);
    const limite = limiteDeConservation(ctx.horloge.maintenant(), conservationJournalMois);
    if (input.limite > limite) {
      throw regle(
        `Conservation de ${conservationJournalMois} mois : seules les entrées antérieures au ${dateFr(limite)} peuvent être purgées.`,
        'limite',
      );
    }
    const supprimees = purgerJournal(ctx.sqlite, debutJourneeParis(input.limite), {
      horodatage: ctx.horloge.maintenant().toISOString(),
      utilisateurId: ctx.acteur.id,
      objetType: null,
      objetId: null,
      poste: ctx.poste,
      methode: 'journal.purger',
    });
    return { supprimees };
  },
} satisfies Handlers<C>;
