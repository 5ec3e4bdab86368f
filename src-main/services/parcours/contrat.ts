import type { parcoursContract } from '../../contract/parcours';
import { TYPE_SEQUENCE_LIBELLES } from '../../contract/referentielsParcours';
import type { HandlerEnDeuxTemps } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { ageLe, dateFr } from '../commun/temps';
import { siretLisible } from '../../contract/champs';
import { plier } from '../commun/texte';
import { aujourdhui, jeuneExistant } from '../jeunes';
import { chargerPdfkit, dessinerDocument, type Pdfkit } from '../commun/pdf';
import { ligneParcours, sequencesDe } from './lectures';
import { MODELE_CONTRAT, type ListesContrat, type ValeursContrat } from './modeleContrat';
import { dureeMois } from './regles';

type C = typeof parcoursContract;

/** What a contract leaves blank to fill in by hand. */
const A_COMPLETER = '______________________________';
const DATE_A_COMPLETER = '____ / ____ / ________';
const MAJORITE = 18;

interface Structure {
  nom: string;
  siret: string;
  adresse: string;
  codePostal: string;
  commune: string;
  president: string | null;
  direction: string | null;
}

/** One objective per line typed; the bullets a person typed are the template's job. */
function objectifsEnListe(objectifs: string | null): string[] {
  return (objectifs ?? '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((l) => l !== '');
}

export const contratHandlers = {
  'parcours.contrat': {
    preparer: () => chargerPdfkit(),
    executer(input, ctx, PDFDocument: Pdfkit) {
      const p = ligneParcours(ctx.sqlite, input.id);
      const { heuresHebdoMin, heuresHebdoMax, dureeMaxMois } = p;
      const j = jeuneExistant(ctx, p.jeuneId);
      ctx.dossier(j.id);
      const s = instruction(
        ctx.sqlite,
        `SELECT nom, siret, adresse, code_postal AS codePostal, commune, president, direction FROM structure WHERE id = 1`,
      ).get() as Structure;
      const commune = j.communeInsee
        ? (instruction(ctx.sqlite, 'SELECT nom, code_postal AS codePostal FROM commune WHERE insee = ?').get(
            j.communeInsee,
          ) as { nom: string; codePostal: string | null } | undefined)
        : undefined;

      const nom = (j.nomUsage ?? j.nomNaissance).toUpperCase();
      const ne = j.sexe === 'F' ? 'née' : 'né';
      const nomNaissance =
        j.nomUsage && plier(j.nomUsage) !== plier(j.nomNaissance) ? ` (${ne} ${j.nomNaissance.toUpperCase()})` : '';
      const adresse = [j.adresse, commune && [commune.codePostal, commune.nom].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ');
      const valeurs: ValeursContrat = {
        'structure.nom': s.nom,
        'structure.adresse': `${s.adresse}, ${s.codePostal} ${s.commune}`,
        'structure.siret': siretLisible(s.siret),
        'structure.commune': s.commune,
        'structure.representant': s.direction ?? (s.president ? `${s.president}, présidence` : 'sa direction'),
        'structure.direction': s.direction ?? '',
        'jeune.nom': `${j.prenoms} ${nom}${nomNaissance}`,
        'jeune.ne': ne,
        'jeune.dateNaissance': dateFr(j.dateNaissance),
        'jeune.adresse': adresse || A_COMPLETER,
        'parcours.type': p.typeLibelle,
        'parcours.debut': dateFr(p.debut),
        'parcours.finPrevue': dateFr(p.finPrevue),
        'parcours.duree': `${dureeMois(p.debut, p.finPrevue)} mois`,
        'parcours.dureeMax': `${dureeMaxMois} mois`,
        'parcours.referent': p.referentNom,
        'parcours.heures': `${heuresHebdoMin ?? ''} à ${heuresHebdoMax ?? ''}`,
        'contrat.signature': p.signatureDate ? dateFr(p.signatureDate) : DATE_A_COMPLETER,
      };
      const listes: ListesContrat = {
        objectifs: objectifsEnListe(p.objectifs),
        sequences: sequencesDe(ctx.sqlite, p.id).map((q) => ({
          etape: TYPE_SEQUENCE_LIBELLES[q.type],
          du: dateFr(q.debut),
          au: q.fin ? dateFr(q.fin) : '—',
        })),
      };
      const pdf = dessinerDocument(PDFDocument, {
        modele: MODELE_CONTRAT,
        valeurs,
        listes,
        conditions: {
          heures: heuresHebdoMin !== null && heuresHebdoMax !== null,
          mineur: ageLe(j.dateNaissance, p.signatureDate ?? aujourdhui(ctx)) < MAJORITE,
        },
        creeLe: ctx.horloge.maintenant(),
        auteur: s.nom,
      });
      const fichier = plier(`${nom} ${j.prenoms}`).replace(/ /g, '-');
      return { nomFichier: `contrat-engagement-${fichier}-${p.debut}.pdf`, pdfBase64: pdf.toString('base64') };
    },
  } satisfies HandlerEnDeuxTemps<C, 'parcours.contrat', Pdfkit>,
};
