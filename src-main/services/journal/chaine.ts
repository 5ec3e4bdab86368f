import { createHash } from 'node:crypto';
import type { VerificationJournal } from '../../contract/journal';
import type { ActionJournal, ObjetJournal } from '../../contract/journal';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';

/** What the first entry of a never-purged trail points back to. */
export const EMPREINTE_ORIGINE = '0'.repeat(64);

export interface NouvelleEntree {
  horodatage: string;
  utilisateurId: number | null;
  action: ActionJournal;
  objetType: ObjetJournal | null;
  objetId: number | null;
  poste: string;
  methode: string | null;
  reference?: string | null;
}

/** One row of `journal_acces`, exactly as stored. */
export interface LigneJournal {
  id: number;
  horodatage: string;
  utilisateur_id: number | null;
  action: string;
  objet_type: string | null;
  objet_id: number | null;
  poste: string;
  methode: string | null;
  reference: string | null;
  empreinte_precedente: string;
  empreinte: string;
}

/**
 * SHA-256 of every field of the entry, its id and the previous entry's hash: changing, removing
 * or reordering one entry breaks the link to the next. JSON of a fixed-order array, so that a
 * value containing a separator cannot shift fields.
 */
export function empreinteEntree(e: Omit<LigneJournal, 'empreinte'>): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        e.id,
        e.horodatage,
        e.utilisateur_id,
        e.action,
        e.objet_type,
        e.objet_id,
        e.poste,
        e.methode,
        e.reference,
        e.empreinte_precedente,
      ]),
    )
    .digest('hex');
}

/** Appends entries to the chain. Must run inside the caller's write transaction. */
export function ajouterAuJournal(sqlite: Sqlite, entrees: readonly NouvelleEntree[]): void {
  if (entrees.length === 0) return;
  const dernier = instruction(sqlite, 'SELECT id, empreinte FROM journal_acces ORDER BY id DESC LIMIT 1').get() as
    { id: number; empreinte: string } | undefined;
  let id = dernier?.id ?? 0;
  let precedente = dernier?.empreinte ?? EMPREINTE_ORIGINE;
  const inserer = instruction(
    sqlite,
    `INSERT INTO journal_acces (id, horodatage, utilisateur_id, action, objet_type, objet_id, poste, methode, reference,
       empreinte_precedente, empreinte)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of entrees) {
    id += 1;
    const ligne = {
      id,
      horodatage: e.horodatage,
      utilisateur_id: e.utilisateurId,
      action: e.action,
      objet_type: e.objetType,
      objet_id: e.objetId,
      poste: e.poste,
      methode: e.methode,
      reference: e.reference ?? null,
      empreinte_precedente: precedente,
    };
    const empreinte = empreinteEntree(ligne);
    inserer.run(
      ligne.id,
      ligne.horodatage,
      ligne.utilisateur_id,
      ligne.action,
      ligne.objet_type,
      ligne.objet_id,
      ligne.poste,
      ligne.methode,
      ligne.reference,
      ligne.empreinte_precedente,
      empreinte,
    );
    precedente = empreinte;
  }
}

/** Entries read per step: a few milliseconds of work, then the event loop gets the hand back. */
const TAILLE_LOT = 5_000;

/**
 * Walks the chain in order and names the first entry that does not hold: its content no longer
 * gives its hash, it does not point to the entry before it, an entry is missing before it, or the
 * trail starts after entries that no logged purge removed. Step by step (`lot()` reads the next
 * entries by id, no cursor stays open), so that a year of trail never blocks the main process.
 */
export function creerVerification(sqlite: Sqlite) {
  const purges = new Map<number, string | null>();
  for (const p of sqlite
    .prepare("SELECT objet_id, reference FROM journal_acces WHERE action = 'journal_purge'")
    .all() as { objet_id: number | null; reference: string | null }[]) {
    if (p.objet_id !== null) purges.set(p.objet_id, p.reference);
  }
  const suivantes = sqlite.prepare('SELECT * FROM journal_acces WHERE id > ? ORDER BY id LIMIT ?');
  let precedente: LigneJournal | null = null;
  let premiere: number | null = null;
  let entrees = 0;
  let resultat: VerificationJournal | null = null;

  function defaut(e: LigneJournal): string | null {
    if (precedente === null) {
      premiere = e.id;
      if (e.id === 1) {
        if (e.empreinte_precedente !== EMPREINTE_ORIGINE)
          return "La première entrée ne désigne pas l'origine du journal.";
      } else if (!purges.has(e.id - 1)) {
        return `Les entrées 1 à ${e.id - 1} ont disparu sans purge journalisée.`;
      } else if (purges.get(e.id - 1) !== e.empreinte_precedente) {
        return 'Le début du journal ne correspond pas à la dernière purge journalisée.';
      }
    } else {
      if (e.id !== precedente.id + 1) {
        return e.id - precedente.id === 2
          ? `L'entrée n° ${precedente.id + 1} a disparu.`
          : `Les entrées n° ${precedente.id + 1} à ${e.id - 1} ont disparu.`;
      }
      if (e.empreinte_precedente !== precedente.empreinte) {
        return "L'entrée ne désigne pas l'empreinte de l'entrée qui la précède.";
      }
    }
    const { empreinte, ...contenu } = e;
    return empreinteEntree(contenu) === empreinte ? null : "Le contenu de l'entrée a été modifié après son écriture.";
  }

  return {
    /** Checks the next entries; true once the verdict is known. */
    lot(taille = TAILLE_LOT): boolean {
      if (resultat) return true;
      const lignes = suivantes.all(precedente?.id ?? 0, taille) as LigneJournal[];
      for (const e of lignes) {
        const raison = defaut(e);
        if (raison) {
          resultat = {
            intact: false,
            entrees,
            premiere,
            derniere: precedente?.id ?? null,
            rupture: { id: e.id, horodatage: e.horodatage, raison },
          };
          return true;
        }
        precedente = e;
        entrees += 1;
      }
      if (lignes.length < taille) {
        resultat = { intact: true, entrees, premiere, derniere: precedente?.id ?? null, rupture: null };
      }
      return resultat !== null;
    },
    get entreesLues() {
      return entrees;
    },
    resultat(): VerificationJournal {
      if (!resultat) throw new Error('Vérification du journal inachevée.');
      return resultat;
    },
  };
}

/** The whole chain at once: for the CLI and tests, where nothing else waits. */
export function verifierJournal(sqlite: Sqlite): VerificationJournal {
  const v = creerVerification(sqlite);
  while (!v.lot()) {
    // next step
  }
  return v.resultat();
}

/** The whole chain, giving the event loop back between steps (the app's main process). */
export async function verifierJournalSansBloquer(sqlite: Sqlite): Promise<VerificationJournal> {
  const v = creerVerification(sqlite);
  while (!v.lot()) await new Promise<void>((r) => setImmediate(r));
  return v.resultat();
}

/**
 * The id of the first entry a purge before `avant` keeps: the first that is not old enough. Should
 * the clock ever have gone back, a recent entry is never removed for sitting after an old-looking one.
 */
function premiereGardee(sqlite: Sqlite, avant: string): number {
  const r = sqlite.prepare('SELECT min(id) AS id FROM journal_acces WHERE horodatage >= ?').get(avant) as {
    id: number | null;
  };
  return r.id ?? Number.MAX_SAFE_INTEGER;
}

export function compterPurgeables(sqlite: Sqlite, avant: string): { entrees: number; plusAncienne: string | null } {
  return sqlite
    .prepare('SELECT count(*) AS entrees, min(horodatage) AS plusAncienne FROM journal_acces WHERE id < ?')
    .get(premiereGardee(sqlite, avant)) as { entrees: number; plusAncienne: string | null };
}

export function purgerJournal(sqlite: Sqlite, avant: string, auteur: Omit<NouvelleEntree, 'action'>): number {
  const dernier = sqlite
    .prepare('SELECT id, empreinte FROM journal_acces WHERE id < ? ORDER BY id DESC LIMIT 1')
    .get(premiereGardee(sqlite, avant)) as { id: number; empreinte: string } | undefined;
  if (!dernier) return 0;
  ajouterAuJournal(sqlite, [
    { ...auteur, action: 'journal_purge', objetType: 'journal', objetId: dernier.id, reference: dernier.empreinte },
  ]);
  return sqlite.prepare('DELETE FROM journal_acces WHERE id <= ?').run(dernier.id).changes;
}
