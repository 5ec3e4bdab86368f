import type { formationContract } from '../../contract/formation';
import {
  DECISION_COMMISSION_LIBELLES,
  MOTIF_NON_RETENU_FORMATION_LIBELLES,
} from '../../contract/referentielsFormation';
import type { HandlerEnDeuxTemps } from '../commun/contexte';
import { introuvable } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { chargerPdfkit, dessinerDocument, type Pdfkit } from '../commun/pdf';
import { plier } from '../commun/texte';
import { dateFr } from '../commun/temps';
import { actionExistante } from '../formation/lectures';
import { commissionsOu } from './lectures';
import { intituleAvecCertification } from './machine';
import { MODELE_PROCES_VERBAL, type ListesProcesVerbal, type ValeursProcesVerbal } from './modeleProcesVerbal';

type C = typeof formationContract;

function pluriel(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${n} ${n > 1 ? pluriel : singulier}`;
}

/** « 3 candidatures examinées : 2 retenues, 1 non retenue. » — only the decisions taken. */
function bilanDesDecisions(decisions: { decision: keyof typeof DECISION_COMMISSION_LIBELLES }[]): string {
  const n = (d: string) => decisions.filter((x) => x.decision === d).length;
  const parties = [
    n('retenu') > 0 && pluriel(n('retenu'), 'retenue'),
    n('non_retenu') > 0 && pluriel(n('non_retenu'), 'non retenue'),
    n('ajourne') > 0 && pluriel(n('ajourne'), 'ajournée'),
  ].filter((p): p is string => p !== false);
  const examinees = `${pluriel(decisions.length, 'candidature examinée', 'candidatures examinées')}`;
  return parties.length > 0 ? `${examinees} : ${parties.join(', ')}.` : `${examinees}.`;
}

export const procesVerbalHandlers = {
  'commissions.procesVerbal': {
    preparer: () => chargerPdfkit(),
    executer(input, ctx, PDFDocument: Pdfkit) {
      const c = commissionsOu(ctx, 'c.id = ?', [input.id])[0];
      if (!c) throw introuvable("Commission d'entrée");
      for (const d of c.decisions) ctx.dossier(d.jeuneId);
      const a = actionExistante(ctx, c.actionId);
      const s = instruction(
        ctx.sqlite,
        'SELECT nom, adresse, code_postal AS codePostal, commune FROM structure WHERE id = 1',
      ).get() as { nom: string; adresse: string; codePostal: string; commune: string };

      const valeurs: ValeursProcesVerbal = {
        'structure.nom': s.nom,
        'structure.adresse': `${s.adresse}, ${s.codePostal} ${s.commune}`,
        'structure.commune': s.commune,
        'action.intitule': intituleAvecCertification(a),
        'action.programme': a.programme,
        'action.organisme': a.organismeNom,
        'action.dates': `du ${dateFr(a.debut)} au ${dateFr(a.fin)}`,
        'action.places': pluriel(a.places, 'place'),
        'action.lieu': [a.lieu, a.commune].filter(Boolean).join(', '),
        'action.referent': a.referentNom ?? 'non désigné',
        'commission.date': dateFr(c.date),
        'commission.participants': c.participants ?? 'Non renseignés.',
        'commission.note': c.note ?? '',
        'commission.bilan': bilanDesDecisions(c.decisions),
      };
      const listes: ListesProcesVerbal = {
        decisions: c.decisions.map((d) => ({
          jeune: d.jeuneNom,
          decision: DECISION_COMMISSION_LIBELLES[d.decision],
          motif: [d.motifNonRetenu && MOTIF_NON_RETENU_FORMATION_LIBELLES[d.motifNonRetenu], d.commentaire]
            .filter(Boolean)
            .join(' – '),
        })),
      };
      const pdf = dessinerDocument(PDFDocument, {
        modele: MODELE_PROCES_VERBAL,
        valeurs,
        listes,
        conditions: { note: c.note !== null, lieu: a.lieu !== null || a.commune !== null },
        creeLe: ctx.horloge.maintenant(),
        auteur: s.nom,
      });
      const fichier = plier(a.intitule).replace(/ /g, '-');
      return { nomFichier: `pv-commission-${fichier}-${c.date}.pdf`, pdfBase64: pdf.toString('base64') };
    },
  } satisfies HandlerEnDeuxTemps<C, 'commissions.procesVerbal', Pdfkit>,
};
