/**
 * Draws the contract template (`modeleContrat.ts`) with pdfkit: A4, Helvetica (the PDF standard
 * font, nothing embedded), page numbers in the footer. It knows the kinds of blocks, never the
 * wording.
 */
import type PDFDocumentType from 'pdfkit';
import { casNonTraite } from '../commun/erreurs';
import {
  remplir,
  type Bloc,
  type ConditionsContrat,
  type ListesContrat,
  type ModeleContrat,
  type ValeursContrat,
} from './modeleContrat';

export type Pdfkit = typeof PDFDocumentType;
type Document = InstanceType<Pdfkit>;

const MARGE = 56;
const POLICE = 'Helvetica';
const POLICE_GRASSE = 'Helvetica-Bold';
const CORPS = 10;
const GRIS = '#555555';

/**
 * The characters the standard fonts can print (WinAnsi): Latin-1 and the Windows-1252 extras
 * (œ Œ ’ “ ” « » … – — €). Anything else (ș, ł, ğ...) would print as garbage, so it falls back to
 * its letter without the accent, or to "?".
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REMPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u2010': '-',
  '\u2011': '-',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

export function pourPoliceStandard(texte: string): string {
  let sortie = '';
  for (const c of texte) {
    const code = c.codePointAt(0)!;
    if (c === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) {
      sortie += c;
      continue;
    }
    const remplacement = REMPLACEMENTS[c] ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    sortie += [...remplacement].every((r) => r.codePointAt(0)! < 0x100) && remplacement !== '' ? remplacement : '?';
  }
  return sortie;
}

export interface ContenuContrat {
  modele: ModeleContrat;
  valeurs: ValeursContrat;
  conditions: ConditionsContrat;
  listes: ListesContrat;
  /** Written in the PDF's metadata (the injected clock, so that tests are repeatable). */
  creeLe: Date;
  auteur: string;
}

/**
 * The PDF, as bytes. pdfkit writes through a stream; once `end()` has run, every chunk is
 * already buffered, so reading the stream right away collects the whole document synchronously
 * (the handler runs inside the call's transaction and cannot wait).
 */
export function dessinerContrat(PDFDocument: Pdfkit, contenu: ContenuContrat): Buffer {
  const { modele, valeurs, conditions, listes } = contenu;
  const t = (texte: string) => pourPoliceStandard(remplir(texte, valeurs));
  const doc: Document = new PDFDocument({
    size: 'A4',
    margin: MARGE,
    bufferPages: true,
    info: { Title: t(modele.titreDocument), Author: pourPoliceStandard(contenu.auteur), CreationDate: contenu.creeLe },
  });
  doc.font(POLICE).fontSize(CORPS);
  const largeur = doc.page.width - 2 * MARGE;

  for (const bloc of modele.blocs) {
    if (bloc.si && !conditions[bloc.si]) continue;
    dessinerBloc(doc, bloc, { t, largeur, conditions, listes });
  }

  // Footers last, once the number of pages is known; the bottom margin is lifted while writing
  // in it, or pdfkit would open a new page.
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const basse = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(POLICE)
      .fontSize(8)
      .fillColor(GRIS)
      .text(`${t(modele.piedDePage)} – page ${i + 1} / ${pages.count}`, MARGE, doc.page.height - MARGE / 2 - 8, {
        width: largeur,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = basse;
  }
  doc.end();

  const morceaux: Buffer[] = [];
  for (let m = doc.read() as Buffer | null; m !== null; m = doc.read() as Buffer | null) morceaux.push(m);
  const pdf = Buffer.concat(morceaux);
  // Should a future pdfkit write asynchronously, fail here rather than hand over half a file.
  if (!pdf.subarray(-8).toString('latin1').includes('%%EOF')) {
    throw new Error('PDF du contrat incomplet : pdfkit a écrit de façon asynchrone.');
  }
  return pdf;
}

interface Outils {
  t: (texte: string) => string;
  largeur: number;
  conditions: ConditionsContrat;
  listes: ListesContrat;
}

/** Opens a new page when `hauteur` points do not fit on this one. */
function place(doc: Document, hauteur: number) {
  if (doc.y + hauteur > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function dessinerBloc(doc: Document, bloc: Bloc, { t, largeur, conditions, listes }: Outils) {
  const x = MARGE;
  switch (bloc.genre) {
    case 'entete':
      doc
        .font(POLICE_GRASSE)
        .fontSize(11)
        .fillColor('black')
        .text(t(bloc.lignes[0] ?? ''), x, doc.y, { width: largeur });
      doc.font(POLICE).fontSize(9).fillColor(GRIS);
      for (const ligne of bloc.lignes.slice(1)) doc.text(t(ligne), { width: largeur });
      doc.fillColor('black').moveDown(1.5);
      return;
    case 'titre':
      doc
        .font(POLICE_GRASSE)
        .fontSize(18)
        .text(t(bloc.texte).toUpperCase(), x, doc.y, { width: largeur, align: 'center' });
      doc.font(POLICE).fontSize(12).text(t(bloc.sousTitre), { width: largeur, align: 'center' });
      doc.fontSize(CORPS).moveDown(1.5);
      return;
    case 'intertitre':
      // A heading never ends a page alone: room for it and two lines of what follows.
      place(doc, 4 * CORPS * 1.4);
      doc.moveDown(0.6);
      doc.font(POLICE_GRASSE).fontSize(11).text(t(bloc.texte), x, doc.y, { width: largeur });
      doc.font(POLICE).fontSize(CORPS).moveDown(0.3);
      return;
    case 'paragraphe':
      doc.font(POLICE).fontSize(CORPS).text(t(bloc.texte), x, doc.y, { width: largeur, align: 'justify' });
      doc.moveDown(0.5);
      return;
    case 'puces': {
      const elements = listes[bloc.liste];
      if (elements.length === 0) {
        doc.font(POLICE).fontSize(CORPS).text(t(bloc.vide), x, doc.y, { width: largeur });
      } else {
        for (const e of elements) {
          doc
            .font(POLICE)
            .fontSize(CORPS)
            .text(`•  ${pourPoliceStandard(e)}`, x + 10, doc.y, { width: largeur - 10 });
        }
      }
      doc.moveDown(0.5);
      return;
    }
    case 'tableau': {
      const lignes = listes[bloc.liste];
      if (lignes.length === 0) {
        doc.font(POLICE).fontSize(CORPS).text(t(bloc.vide), x, doc.y, { width: largeur });
        doc.moveDown(0.5);
        return;
      }
      const colonnes = bloc.colonnes.map((c) => ({ ...c, largeur: c.largeur * largeur }));
      const ligne = (cellules: string[], police: string) => {
        doc.font(police).fontSize(CORPS);
        const hauteur = Math.max(...cellules.map((c, i) => doc.heightOfString(c, { width: colonnes[i]!.largeur - 6 })));
        place(doc, hauteur + 6);
        const y = doc.y;
        let cx = x;
        cellules.forEach((c, i) => {
          doc.text(c, cx + 3, y + 3, { width: colonnes[i]!.largeur - 6 });
          cx += colonnes[i]!.largeur;
        });
        doc
          .moveTo(x, y + hauteur + 6)
          .lineTo(x + largeur, y + hauteur + 6)
          .lineWidth(0.5)
          .strokeColor('#999999')
          .stroke();
        doc.x = x;
        doc.y = y + hauteur + 6;
      };
      ligne(
        colonnes.map((c) => t(c.titre)),
        POLICE_GRASSE,
      );
      for (const l of lignes)
        ligne(
          colonnes.map((c) => pourPoliceStandard(l[c.champ])),
          POLICE,
        );
      doc.moveDown(0.5);
      return;
    }
    case 'signatures': {
      const cases = bloc.cases.filter((c) => !c.si || conditions[c.si]);
      const parLigne = 2;
      const largeurCase = (largeur - 20) / parLigne;
      const hauteurCase = 95;
      const faitA = t(bloc.faitA);
      doc.font(POLICE).fontSize(CORPS);
      place(doc, doc.heightOfString(faitA, { width: largeur }) + CORPS + hauteurCase + 10);
      doc.text(faitA, x, doc.y, { width: largeur });
      doc.moveDown(1);
      for (let i = 0; i < cases.length; i += parLigne) {
        place(doc, hauteurCase + 10);
        const y = doc.y;
        cases.slice(i, i + parLigne).forEach((c, k) => {
          const cx = x + k * (largeurCase + 20);
          doc.rect(cx, y, largeurCase, hauteurCase).lineWidth(0.5).strokeColor('#999999').stroke();
          doc
            .font(POLICE_GRASSE)
            .fontSize(CORPS)
            .fillColor('black')
            .text(t(c.titre), cx + 6, y + 6, {
              width: largeurCase - 12,
            });
          doc
            .font(POLICE)
            .fontSize(9)
            .text(t(c.nom), { width: largeurCase - 12 });
          doc.fillColor(GRIS).text(t(c.mention), { width: largeurCase - 12 });
          doc.fillColor('black');
        });
        doc.x = x;
        doc.y = y + hauteurCase + 10;
      }
      return;
    }
    default:
      casNonTraite(bloc);
  }
}
