/**
 * The date rules of a parcours and the warnings it raises, as pure functions over date strings:
 * the handlers check and write, `parcours.duJeune` recomputes the warnings, and the portfolio
 * may read the same rules (docs/regles-parcours.md).
 */
import {
  SEQUENCE_ORIENTATION_MAX_MOIS,
  SEQUENCE_ORIENTATION_PREAVIS_JOURS,
  FIN_PARCOURS_PREAVIS_JOURS,
  TYPE_SEQUENCE_LIBELLES,
  type TypeSequence,
} from '../../contract/referentielsParcours';
import { regle } from '../commun/erreurs';
import { ajouterMois, dateFr, joursEntre, moisEntiers } from '../commun/temps';

export interface SequenceDates {
  type: TypeSequence;
  debut: string;
  fin: string | null;
}

export interface DatesParcours {
  debut: string;
  finPrevue: string;
  finReelle: string | null;
}

export interface TypeRegles {
  libelle: string;
  dureeMaxMois: number;
  heuresHebdoMin: number | null;
  heuresHebdoMax: number | null;
}

/** `2026-03` → `03/2026`, for messages. */
export function moisFr(mois: string): string {
  const [y, m] = mois.split('-');
  return `${m}/${y}`;
}

/** `12.5` → `12,5 h`. */
function heuresFr(h: number): string {
  return `${String(h).replace('.', ',')} h`;
}

/** "du CEJ" when the label ends with an abbreviation in brackets, else "du type « PACEA »". */
function duType(libelle: string): string {
  const sigle = /\(([A-Z][A-Z0-9 ]+)\)\s*$/.exec(libelle)?.[1];
  return sigle ? `du ${sigle}` : `du type « ${libelle} »`;
}

function nomSequence(s: SequenceDates, i: number): string {
  return `Séquence ${i + 1} (${TYPE_SEQUENCE_LIBELLES[s.type]})`;
}

/** The last day a séquence may reach: the exit once recorded, else the planned end. */
function borne(p: DatesParcours): { date: string; quoi: string } {
  return p.finReelle !== null
    ? { date: p.finReelle, quoi: `la sortie du parcours (${dateFr(p.finReelle)})` }
    : { date: p.finPrevue, quoi: `la fin prévue du parcours (${dateFr(p.finPrevue)})` };
}

export function verifierFinPrevue(p: { debut: string; finPrevue: string }): void {
  if (p.finPrevue <= p.debut) {
    throw regle(
      `La fin prévue (${dateFr(p.finPrevue)}) doit suivre le début du parcours (${dateFr(p.debut)}) : corrigez l'une des deux dates.`,
      'finPrevue',
    );
  }
}

/**
 * A signature is never in the future (it records a fact). It may precede the start (signed ahead)
 * or follow it (a parcours opens, its contract is printed and signed within the month), but not
 * the end of the parcours.
 */
export function verifierSignature(signature: string | null, p: DatesParcours, today: string): void {
  if (signature === null) return;
  if (signature > today) {
    throw regle(
      `Date de signature (${dateFr(signature)}) dans le futur : saisissez-la une fois le contrat signé, ou laissez-la vide (contrat à signer).`,
      'signatureDate',
    );
  }
  const fin = borne(p);
  if (signature > fin.date) {
    throw regle(
      `Signature le ${dateFr(signature)}, après ${fin.quoi} : vérifiez la date de signature.`,
      'signatureDate',
    );
  }
}

/**
 * Séquences in order, without overlap (one may start the day the previous one ends), each inside
 * [début, sortie or fin prévue]; only the last may be open, and none once the parcours is over.
 */
export function verifierSequences(sequences: readonly SequenceDates[], p: DatesParcours): void {
  const fin = borne(p);
  sequences.forEach((s, i) => {
    const nom = nomSequence(s, i);
    const champ = `sequences.${i}`;
    if (s.debut < p.debut) {
      throw regle(
        `${nom} : elle commence le ${dateFr(s.debut)}, avant le début du parcours (${dateFr(p.debut)}) ; corrigez sa date de début.`,
        `${champ}.debut`,
      );
    }
    if (s.debut > fin.date) {
      throw regle(
        `${nom} : elle commence le ${dateFr(s.debut)}, après ${fin.quoi} ; corrigez la séquence ou les dates du parcours.`,
        `${champ}.debut`,
      );
    }
    if (s.fin !== null && s.fin < s.debut) {
      throw regle(
        `${nom} : sa fin (${dateFr(s.fin)}) précède son début (${dateFr(s.debut)}) ; corrigez ses dates.`,
        `${champ}.fin`,
      );
    }
    if (s.fin !== null && s.fin > fin.date) {
      throw regle(
        `${nom} : elle se termine le ${dateFr(s.fin)}, après ${fin.quoi} ; corrigez la séquence ou les dates du parcours.`,
        `${champ}.fin`,
      );
    }
    if (s.fin === null && i < sequences.length - 1) {
      throw regle(
        `${nom} : sans date de fin alors qu'une autre séquence la suit ; indiquez sa date de fin.`,
        `${champ}.fin`,
      );
    }
    if (s.fin === null && p.finReelle !== null) {
      throw regle(
        `${nom} : sans date de fin alors que le parcours est terminé (sortie le ${dateFr(p.finReelle)}) ; indiquez sa date de fin.`,
        `${champ}.fin`,
      );
    }
    const avant = sequences[i - 1];
    if (avant && s.debut < avant.debut) {
      throw regle(
        `${nom} : elle commence le ${dateFr(s.debut)}, avant la séquence ${i} (${dateFr(avant.debut)}) ; rangez les séquences dans l'ordre.`,
        `${champ}.debut`,
      );
    }
    if (avant?.fin && s.debut < avant.fin) {
      throw regle(
        `${nom} : elle commence le ${dateFr(s.debut)}, avant la fin de la séquence ${i} (${dateFr(avant.fin)}) ; les séquences se suivent sans se chevaucher.`,
        `${champ}.debut`,
      );
    }
  });
}

/** The exit: not before the start nor the last séquence's start, not in the future. */
export function verifierSortie(date: string, p: DatesParcours, sequences: readonly SequenceDates[], today: string) {
  if (date < p.debut) {
    throw regle(
      `La sortie (${dateFr(date)}) précède le début du parcours (${dateFr(p.debut)}) : corrigez la date de sortie.`,
      'date',
    );
  }
  if (date > today) {
    throw regle(
      `Sortie datée du ${dateFr(date)}, dans le futur : enregistrez la sortie le jour où elle a lieu.`,
      'date',
    );
  }
  sequences.forEach((s, i) => {
    if (s.debut > date) {
      throw regle(
        `La sortie (${dateFr(date)}) précède le début de la séquence ${i + 1} (${TYPE_SEQUENCE_LIBELLES[s.type]}, ${dateFr(s.debut)}) : corrigez la date de sortie ou la séquence.`,
        'date',
      );
    }
    if (s.fin !== null && s.fin > date) {
      throw regle(
        `La séquence ${i + 1} (${TYPE_SEQUENCE_LIBELLES[s.type]}) se termine le ${dateFr(s.fin)}, après la sortie (${dateFr(date)}) : corrigez la date de sortie ou la séquence.`,
        'date',
      );
    }
  });
}

/** Months begun from `debut` to `fin`: 12 months and a day is "13 mois", as a contract is read. */
export function dureeMois(debut: string, fin: string): number {
  const entiers = moisEntiers(debut, fin);
  return ajouterMois(debut, entiers) < fin ? entiers + 1 : entiers;
}

/** The months `YYYY-MM` from `debut`'s month to `fin`'s month, both included. */
export function moisDe(debut: string, fin: string): string[] {
  const liste: string[] = [];
  for (let m = `${debut.slice(0, 7)}-01`; m.slice(0, 7) <= fin.slice(0, 7); m = ajouterMois(m, 1)) {
    liste.push(m.slice(0, 7));
  }
  return liste;
}

/** The months of the parcours, from its start to its exit (or planned end). */
export function moisDuParcours(p: DatesParcours): string[] {
  return moisDe(p.debut, p.finReelle ?? p.finPrevue);
}

/**
 * What the rules warn about today: planned duration beyond the type's maximum, the orientation
 * séquence near or past 4 months, the planned end near or past while open, and for a type with
 * an hours target, the months over without a declaration and the declarations off target.
 */
export function avertissementsParcours(
  p: DatesParcours,
  type: TypeRegles,
  sequences: readonly SequenceDates[],
  heures: readonly { mois: string; heuresHebdo: number }[],
  today: string,
): string[] {
  const avertissements: string[] = [];
  if (p.finPrevue > ajouterMois(p.debut, type.dureeMaxMois)) {
    avertissements.push(
      `Durée prévue ${dureeMois(p.debut, p.finPrevue)} mois : au-delà des ${type.dureeMaxMois} mois ${duType(type.libelle)}. Vérifiez la fin prévue.`,
    );
  }
  for (const s of sequences) {
    if (s.type !== 'orientation') continue;
    const limite = ajouterMois(s.debut, SEQUENCE_ORIENTATION_MAX_MOIS);
    const max = `${SEQUENCE_ORIENTATION_MAX_MOIS} mois`;
    if (s.fin !== null) {
      if (s.fin > limite) {
        avertissements.push(
          `Séquence d'orientation du ${dateFr(s.debut)} au ${dateFr(s.fin)} : au-delà des ${max} (limite le ${dateFr(limite)}).`,
        );
      }
    } else if (today > limite) {
      avertissements.push(
        `Séquence d'orientation commencée le ${dateFr(s.debut)} : ${max} dépassés depuis le ${dateFr(limite)} ; passez à la séquence suivante.`,
      );
    } else if (joursEntre(today, limite) <= SEQUENCE_ORIENTATION_PREAVIS_JOURS) {
      const jours = joursEntre(today, limite);
      avertissements.push(
        `Séquence d'orientation commencée le ${dateFr(s.debut)} : ${max} atteints le ${dateFr(limite)} (${jours === 0 ? "aujourd'hui" : `dans ${jours} jour${jours > 1 ? 's' : ''}`}) ; préparez la séquence suivante.`,
      );
    }
  }
  if (p.finReelle === null) {
    const jours = joursEntre(today, p.finPrevue);
    if (jours < 0) {
      avertissements.push(
        `Fin prévue le ${dateFr(p.finPrevue)}, dépassée : enregistrez la sortie ou prolongez le parcours.`,
      );
    } else if (jours <= FIN_PARCOURS_PREAVIS_JOURS) {
      avertissements.push(
        `Fin prévue le ${dateFr(p.finPrevue)} (dans ${jours} jour${jours > 1 ? 's' : ''}) : préparez la sortie ou la prolongation.`,
      );
    }
  }
  if (type.heuresHebdoMin !== null && type.heuresHebdoMax !== null) {
    const { heuresHebdoMin: min, heuresHebdoMax: max } = type;
    const moisParcours = moisDuParcours(p);
    const declares = new Map(heures.map((h) => [h.mois, h.heuresHebdo]));
    // A month is due once it is over: the current month is declared at its end.
    const manquants = moisParcours.filter((m) => m < today.slice(0, 7) && !declares.has(m));
    if (manquants.length > 0) {
      avertissements.push(`Heures d'activité non déclarées : ${manquants.map(moisFr).join(', ')}.`);
    }
    const horsObjectif = heures.filter((h) => h.heuresHebdo < min || h.heuresHebdo > max);
    if (horsObjectif.length > 0) {
      avertissements.push(
        `Heures d'activité hors de l'objectif de ${min} à ${max} h par semaine : ${horsObjectif
          .map((h) => `${moisFr(h.mois)} (${heuresFr(h.heuresHebdo)})`)
          .join(', ')}.`,
      );
    }
    const horsParcours = heures.filter((h) => !moisParcours.includes(h.mois));
    if (horsParcours.length > 0) {
      avertissements.push(
        `Heures déclarées hors des dates du parcours : ${horsParcours.map((h) => moisFr(h.mois)).join(', ')}.`,
      );
    }
  }
  return avertissements;
}
