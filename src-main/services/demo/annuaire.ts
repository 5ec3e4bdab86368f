/**
 * The demo's partner directory and its orientations (issue 5), written with prepared statements
 * like the rest of the bulk.
 *
 * The directory (`donneesAnnuaire.ts`) is written once, right after the installation, from a
 * sequence of its own: the jeunes of a seed are the same whatever the directory holds. Then every
 * orientation the paths plan (at the desk, at a diagnostic's conclusion, from the file) is written
 * with its outcome, drawn by age: settled when older than the reminder delay, mostly still
 * « proposée » when recent. Nothing is dated after "now"; a diagnostic is transmitted only to
 * a partner of a jeune whose consent was recorded on or before the orientation's date.
 */
import { cleLuhnValide } from '../../contract/champs';
import { RELANCE_ORIENTATION_JOURS } from '../../contract/comptes';
import {
  categorieDe,
  SOURCE_TREMPLIN,
  type OrigineOrientation,
  type StatutOrientation,
} from '../../contract/referentielsAnnuaire';
import type { Sqlite } from '../../db/open';
import { plier } from '../commun/texte';
import { Alea } from './alea';
import { ajouterMois, isoDe, ouvreSuivant } from './calendrier';
import { COMMUNES, NOMS, PRENOMS_F, PRENOMS_M } from './donnees';
import {
  COMMENTAIRES_ACCEPTEE,
  COMMENTAIRES_SANS_SUITE,
  MOTIFS_ORIENTATION,
  MOTIFS_REFUS,
  PARTENAIRES_DEMO,
  type Besoin,
} from './donneesAnnuaire';
import type { Saisie } from './ecriture';

/** A SIRET whose last digit is the Luhn key of the first 13 (checked by the contract). */
export function siretDemo(alea: Alea, prefixe = '7'): string {
  // Never La Poste's 356 000 000 SIREN, which follows another rule.
  let base = prefixe;
  while (base.length < 13) base += String(alea.entier(0, 9));
  if (base.startsWith('356000000')) base = `7${base.slice(1)}`;
  for (let cle = 0; cle <= 9; cle++) {
    if (cleLuhnValide(`${base}${cle}`)) return `${base}${cle}`;
  }
  throw new Error('Clé de Luhn introuvable : impossible.');
}

/**
 * A data·inclusion identifier shaped like a random UUID (version 4), drawn from the demo's
 * sequence instead of `crypto.randomUUID()` so that a seed always gives the same directory.
 */
export function identifiantSource(alea: Alea): string {
  const hex = (n: number) => Array.from({ length: n }, () => alea.entier(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[alea.entier(0, 3)]}${hex(3)}-${hex(12)}`;
}

/** Where a jeune is oriented: indexes in PARTENAIRES_DEMO and its services (null: the partner itself). */
export interface ChoixOrientation {
  partenaire: number;
  service: number | null;
  motif: string;
}

/** The services that answer each need, with their weight. */
const CANDIDATS = new Map<Besoin, (readonly [readonly [number, number], number])[]>();
PARTENAIRES_DEMO.forEach((p, i) =>
  p.services.forEach((s, k) => {
    for (const b of s.besoins) {
      const liste = CANDIDATS.get(b) ?? [];
      liste.push([[i, k], s.poids ?? 1]);
      CANDIDATS.set(b, liste);
    }
  }),
);

/** A partner (mostly one of its services) for a need, and the reason the conseiller writes. */
export function choisirOrientation(alea: Alea, besoin: Besoin): ChoixOrientation {
  const [partenaire, service] = alea.pondere(CANDIDATS.get(besoin)!);
  return {
    partenaire,
    service: alea.chance(0.85) ? service : null,
    motif: alea.choix(MOTIFS_ORIENTATION[besoin]),
  };
}

/** The accueil motifs a partner answers (the others — information, appointment — mean a job). */
const BESOIN_DU_MOTIF: Readonly<Record<string, Besoin>> = {
  emploi: 'emploi',
  formation: 'formation',
  alternance: 'alternance',
  logement: 'logement',
  sante: 'sante',
  mobilite: 'mobilite',
  ressources: 'ressources',
  citoyennete: 'citoyennete',
};

/** What the desk orients for: a social need among the accueil's motifs first, else its first motif. */
export function besoinDeLAccueil(alea: Alea, motifs: readonly string[]): Besoin {
  const besoins = motifs.map((m) => BESOIN_DU_MOTIF[m] ?? 'emploi');
  const sociaux = besoins.filter((b) => b !== 'emploi' && b !== 'formation' && b !== 'alternance');
  return sociaux.length > 0 ? alea.choix(sociaux) : besoins[0]!;
}

/** An orientation planned by a path (desk, diagnostic or file), written by `EcritureOrientations`. */
export interface OrientationPlan {
  jour: number;
  choix: ChoixOrientation;
  origine: OrigineOrientation;
  auteur: number;
  /** The diagnostic goes with it (the jeune's consent is recorded on or before `jour`). */
  transmission: boolean;
  /** Shaped for the portfolio alert « orientation sans retour »: still proposée past the delay. */
  sansRetour: boolean;
}

/** Ids of the directory as written: partners, and each partner's services in data order. */
export interface Annuaire {
  partenaires: number[];
  services: number[][];
}

export interface ComptesAnnuaire {
  partenaires: number;
  services: number;
  orientations: number;
}

/** Past this age an orientation shows in the portfolio (the setting's default). */
export const RELANCE_JOURS = RELANCE_ORIENTATION_JOURS.defaut;

/**
 * Writes the directory: partners with their contacts and services, permanences in the ML's
 * sites, conventions, board seats. Entered by the direction when the ML started using the
 * software (`creation`), each card last updated by a conseiller within the last two years.
 */
export function ecrireAnnuaire(
  sqlite: Sqlite,
  alea: Alea,
  x: {
    aujourdhui: number;
    creation: number;
    saisie: Saisie;
    direction: number;
    conseillers: readonly number[];
    siteIds: readonly number[];
    comptes: ComptesAnnuaire;
  },
): Annuaire {
  const partenaire = sqlite.prepare(
    `INSERT INTO partenaire (source, source_id, nom, type, siret, description, thematiques, adresse, complement_adresse,
       code_postal, code_insee, commune, telephone, email, site_web, horaires, college, representant, notes, date_maj,
       cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const contact = sqlite.prepare(
    'INSERT INTO partenaire_contact (partenaire_id, ordre, nom, fonction, telephone, email) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const service = sqlite.prepare(
    `INSERT INTO service_partenaire (partenaire_id, source, source_id, nom, description, type, thematiques, publics,
       publics_precisions, conditions_acces, frais, frais_precisions, modes_accueil, zone_eligibilite, modes_mobilisation,
       mobilisable_par, mobilisation_precisions, lien_mobilisation, contact_nom, horaires, volume_horaire_hebdomadaire,
       nombre_semaines, date_maj, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const permanence = sqlite.prepare(
    `INSERT INTO permanence_partenaire (partenaire_id, site_id, jour, heure_debut, heure_fin, frequence, note,
       cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const convention = sqlite.prepare(
    `INSERT INTO convention_partenaire (partenaire_id, objet, signee_le, expire_le, note, cree_le, cree_par, modifie_le,
       modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const json = (codes: readonly string[]) => JSON.stringify(codes);
  const annuaire: Annuaire = { partenaires: [], services: [] };
  const creeLe = x.saisie(x.creation, 9 * 60);

  PARTENAIRES_DEMO.forEach((p, i) => {
    const lieu = typeof p.lieu === 'string' ? COMMUNES.find((c) => c.insee === p.lieu)! : p.lieu;
    const local = typeof p.lieu === 'string';
    const telephone = `04${local ? '75' : '72'}${chiffres(alea, 6)}`;
    const maj = ouvreSuivant(alea.entier(x.aujourdhui - 700, x.aujourdhui - 10));
    const modifieLe = x.saisie(maj, 10 * 60 + (i % 50));
    const modifiePar = alea.choix(x.conseillers);
    // A partner's themes are the categories of its services' themes.
    const thematiques = [...new Set(p.services.flatMap((s) => s.thematiques.map(categorieDe)))].sort();
    const representant = p.conseil
      ? `${personne(alea, p.conseil.femme).civil}, ${p.conseil.representant[0]!.toLowerCase()}${p.conseil.representant.slice(1)}`
      : null;
    const id = Number(
      partenaire.run(
        SOURCE_TREMPLIN,
        identifiantSource(alea),
        p.nom,
        p.type,
        p.siren === null ? null : siretDemo(alea, p.siren),
        p.description,
        json(thematiques),
        p.adresse,
        p.complement ?? null,
        lieu.codePostal,
        lieu.insee,
        lieu.nom,
        telephone,
        p.email,
        p.siteWeb,
        p.horaires,
        p.conseil?.college ?? null,
        representant,
        p.notes ?? null,
        isoDe(maj),
        creeLe,
        x.direction,
        modifieLe,
        modifiePar,
      ).lastInsertRowid,
    );
    annuaire.partenaires.push(id);
    x.comptes.partenaires++;

    const domaine = p.email.split('@')[1]!;
    p.contacts.forEach((fonction, ordre) => {
      const q = personne(alea);
      contact.run(
        id,
        ordre,
        q.nom,
        fonction,
        alea.chance(0.6) ? `${telephone.slice(0, 8)}${chiffres(alea, 2)}` : `06${chiffres(alea, 8)}`,
        alea.chance(0.8) ? `${q.courriel}@${domaine}` : null,
      );
    });

    annuaire.services.push(
      p.services.map((s) => {
        const sid = Number(
          service.run(
            id,
            SOURCE_TREMPLIN,
            identifiantSource(alea),
            s.nom,
            s.description,
            s.type,
            json(s.thematiques),
            json(s.publics),
            s.publicsPrecisions ?? null,
            s.conditionsAcces ?? null,
            s.frais ?? 'gratuit',
            s.fraisPrecisions ?? null,
            json(s.modesAccueil ?? ['en-presentiel']),
            json(s.zone ?? ['26']),
            json(s.modesMobilisation ?? ['telephoner', 'envoyer-un-courriel']),
            json(s.mobilisablePar ?? ['professionnels', 'usagers']),
            s.mobilisationPrecisions ?? null,
            s.lienMobilisation ?? null,
            alea.chance(0.5) ? personne(alea).nom : null,
            s.horaires ?? null,
            s.volumeHoraire ?? null,
            s.semaines ?? null,
            isoDe(maj),
            creeLe,
            x.direction,
            modifieLe,
            modifiePar,
          ).lastInsertRowid,
        );
        x.comptes.services++;
        return sid;
      }),
    );

    if (p.permanence) {
      const m = p.permanence;
      permanence.run(
        id,
        x.siteIds[m.site]!,
        m.jour,
        m.debut,
        m.fin,
        m.frequence,
        m.note ?? null,
        modifieLe,
        x.direction,
        modifieLe,
        x.direction,
      );
    }
    if (p.convention) {
      const c = p.convention;
      const signee = ouvreSuivant(ajouterMois(x.aujourdhui, -c.signeeIlYaMois));
      const le = x.saisie(Math.min(signee, x.aujourdhui), 11 * 60);
      convention.run(
        id,
        c.objet,
        isoDe(Math.min(signee, x.aujourdhui)),
        c.expireDansJours === null ? null : isoDe(x.aujourdhui + c.expireDansJours),
        c.note ?? null,
        le,
        x.direction,
        le,
        x.direction,
      );
    }
  });
  return annuaire;
}

export function chiffres(alea: Alea, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(alea.entier(0, 9));
  return s;
}

/** An invented staff member of a partner: name, "Mme/M." form, e-mail local part. */
export function personne(alea: Alea, femme = alea.chance(0.6)): { nom: string; civil: string; courriel: string } {
  const prenom = alea.choixFrequent(femme ? PRENOMS_F : PRENOMS_M, 1.2);
  const nom = alea.choixFrequent(NOMS, 1.4);
  return {
    nom: `${prenom} ${nom}`,
    civil: `${femme ? 'Mme' : 'M.'} ${prenom} ${nom}`,
    courriel: `${plier(prenom).replace(/[^a-z]/g, '')}.${plier(nom).replace(/[^a-z]/g, '')}`,
  };
}

/**
 * Writes planned orientations with their outcome. Outcomes come from a sequence of their own, so
 * that they do not shift the paths drawn after them.
 */
export class EcritureOrientations {
  private readonly inserer;
  private readonly alea: Alea;

  constructor(
    sqlite: Sqlite,
    graine: number,
    private readonly annuaire: Annuaire,
    private readonly saisie: Saisie,
    private readonly aujourdhui: number,
    private readonly comptes: ComptesAnnuaire,
  ) {
    this.alea = new Alea(graine);
    this.inserer = sqlite.prepare(
      `INSERT INTO orientation (jeune_id, partenaire_id, service_id, date, motif, transmission_diagnostic, diagnostic_id,
         origine, accueil_id, statut, retour_le, motif_refus, commentaire, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * `diagnosticId`: the diagnostic that concluded on it, or the one transmitted. `suiviPar`:
   * who records the partner's answer (the référent, else the author). `creeLe`: when it was typed
   * (the accueil's instant for the desk).
   */
  ecrire(
    jeuneId: number,
    o: OrientationPlan,
    liens: { accueilId: number | null; diagnosticId: number | null; creeLe: string },
    suiviPar: number,
  ): void {
    const s = suite(this.alea, o.jour, this.aujourdhui, o.sansRetour);
    const { partenaire, service } = o.choix;
    this.inserer.run(
      jeuneId,
      this.annuaire.partenaires[partenaire]!,
      service === null ? null : this.annuaire.services[partenaire]![service]!,
      isoDe(o.jour),
      o.choix.motif,
      o.transmission ? 1 : 0,
      liens.diagnosticId,
      o.origine,
      liens.accueilId,
      s.statut,
      s.retour === null ? null : isoDe(s.retour),
      s.motifRefus,
      s.commentaire,
      liens.creeLe,
      o.auteur,
      s.retour === null ? liens.creeLe : this.saisie(s.retour, 16 * 60 + 30),
      s.retour === null ? o.auteur : suiviPar,
    );
    this.comptes.orientations++;
  }
}

/**
 * The partner's answer as known today. Older than the reminder delay: accepted about half the
 * time, refused (with the partner's reason) or closed without follow-up, a few still waiting in
 * the following two months; recent: mostly still proposed.
 */
function suite(
  alea: Alea,
  jour: number,
  aujourdhui: number,
  sansRetour: boolean,
): { statut: StatutOrientation; retour: number | null; motifRefus: string | null; commentaire: string | null } {
  const age = aujourdhui - jour;
  const attente = { statut: 'proposee' as const, retour: null, motifRefus: null, commentaire: null };
  if (sansRetour) return attente;
  let statut: StatutOrientation;
  if (age <= RELANCE_JOURS) {
    if (age < 7 || !alea.chance(0.35)) return attente;
    statut = alea.chance(0.75) ? 'acceptee' : 'refusee';
  } else {
    if (age <= 90 && alea.chance(0.06)) return attente;
    statut = alea.pondere([
      ['acceptee', 55],
      ['refusee', 17],
      ['sans_suite', 28],
    ] as const);
  }
  // Closed without follow-up after the reminders; answers come within a few weeks.
  const delai = statut === 'sans_suite' ? alea.entier(RELANCE_JOURS, 60) : alea.entier(3, 30);
  const retour = Math.min(aujourdhui, Math.max(jour, jour + delai));
  return {
    statut,
    retour,
    motifRefus: statut === 'refusee' ? alea.choix(MOTIFS_REFUS) : null,
    commentaire:
      statut === 'acceptee'
        ? alea.chance(0.6)
          ? alea.choix(COMMENTAIRES_ACCEPTEE)
          : null
        : statut === 'sans_suite'
          ? alea.choix(COMMENTAIRES_SANS_SUITE)
          : null,
  };
}
