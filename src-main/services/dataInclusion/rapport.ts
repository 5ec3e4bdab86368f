import type { RapportImport } from '../../contract/annuaire';

function compte(n: number, singulier: string, pluriel: string): string {
  return `${n} ${n > 1 ? pluriel : singulier}`;
}

/**
 * The import report as a person reads it in a terminal: the counts, what happened to the base,
 * then each refused record with where it is in the file and every reason.
 */
export function rapportEnTexte(r: RapportImport, options: { essai: boolean; toutOuRien: boolean }): string {
  const lignes: string[] = [];
  const s = r.structures;
  const v = r.services;
  lignes.push(
    `Structures : ${compte(s.crees, 'créée', 'créées')}, ${compte(s.misAJour, 'mise à jour', 'mises à jour')}, ${compte(s.inchanges, 'inchangée', 'inchangées')}.`,
    `Services : ${compte(v.crees, 'créé', 'créés')}, ${compte(v.misAJour, 'mis à jour', 'mis à jour')}, ${compte(v.inchanges, 'inchangé', 'inchangés')}.`,
    `Fiches refusées : ${r.refus.length}.`,
  );
  if (options.essai) {
    lignes.push('Essai (--essai) : rien n’a été écrit ; les chiffres disent ce qu’un import ferait.');
  } else if (!r.ecrit) {
    lignes.push(
      `Tout ou rien : ${compte(r.refus.length, 'fiche refusée', 'fiches refusées')}, rien n’a été écrit. Corrigez le fichier puis relancez ; les chiffres disent ce que l’import ferait.`,
    );
  } else if (r.refus.length > 0) {
    lignes.push('Les fiches valides sont enregistrées ; les fiches refusées ci-dessous ne le sont pas.');
  } else {
    lignes.push('Import enregistré.');
  }
  if (r.refus.length > 0) {
    lignes.push('', 'Refus :');
    for (const f of r.refus) {
      const qui = [f.identifiant ? `id « ${f.identifiant} »` : 'sans id', f.nom ? `« ${f.nom} »` : null]
        .filter((x) => x !== null)
        .join(' ');
      lignes.push(`- ${f.position} (${f.genre}, ${qui}) :`);
      for (const raison of f.raisons) lignes.push(`    ${raison}`);
    }
  }
  return lignes.join('\n');
}
