import { memo, type KeyboardEvent, type ReactNode } from 'react';
import DrawIcon from '@mui/icons-material/Draw';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import ExploreIcon from '@mui/icons-material/Explore';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import PhoneDisabledIcon from '@mui/icons-material/PhoneDisabled';
import WorkOffIcon from '@mui/icons-material/WorkOff';
import type { SvgIconComponent } from '@mui/icons-material';
import {
  ALERTE_LIBELLES,
  SOUS_TYPES_SITUATION,
  TYPE_SEQUENCE_LIBELLES,
  TYPE_SITUATION_LIBELLES,
  type Alerte,
  type LignePortefeuille,
} from '../../../src-main/contract';
import { dateFr } from '../../components/dates';
import { naviguer } from '../../components/navigation';
import { depuis, nomJeune } from './liste';

/** One icon per alert, the same on the chips and in the rows. */
export const ICONES_ALERTE: Record<Alerte, SvgIconComponent> = {
  sans_contact: PhoneDisabledIcon,
  sequence_orientation: ExploreIcon,
  sans_solution_4_mois: WorkOffIcon,
  fin_parcours: HourglassBottomIcon,
  contrat_a_signer: DrawIcon,
  absences_repetees: EventBusyIcon,
  orientation_sans_retour: ForwardToInboxIcon,
};

/** The alert's label; « sans contact » says the structure's threshold. */
export function libelleAlerte(code: Alerte, semaines: number): string {
  return code === 'sans_contact' ? `Sans contact depuis plus de ${semaines} semaines` : ALERTE_LIBELLES[code];
}

/**
 * The rows are plain table elements styled once here, not one MUI component per cell: a page of
 * 100 to 250 jeunes is drawn again at each sort, and MUI's cells, tooltips and checkboxes cost
 * several times more to mount.
 */
export const STYLE_LIGNES = {
  // Fixed column widths: the browser lays the page out without measuring every cell first.
  tableLayout: 'fixed',
  minWidth: 1100,
  '& th': { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  '& tbody td': {
    typography: 'body2',
    lineHeight: 1.35,
    px: 2,
    py: 0.75,
    borderBottom: '1px solid',
    borderColor: 'divider',
    verticalAlign: 'middle',
    overflowWrap: 'anywhere',
  },
  '& tbody tr': { cursor: 'pointer' },
  '& tbody tr:hover': { bgcolor: 'action.hover' },
  '& tbody tr[aria-selected="true"]': { bgcolor: 'rgba(31, 95, 139, 0.08)' },
  '& tbody tr.echue': { bgcolor: 'rgba(211, 47, 47, 0.06)' },
  '& tbody tr.inactif': { opacity: 0.65 },
  '& tbody tr:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' },
  '& .case': { width: 48, pl: 1.5, pr: 0 },
  '& input[type="checkbox"]': { width: 18, height: 18, accentColor: '#1f5f8b', cursor: 'pointer', m: 0 },
  '& .nom': { fontWeight: 600 },
  '& .nowrap': { whiteSpace: 'nowrap' },
  '& .sous': { typography: 'caption', color: 'text.secondary', display: 'block' },
  '& .rien': { color: 'text.disabled' },
  '& .alerte-vive': { color: 'error.main' },
  '& .puce': {
    display: 'inline-block',
    px: 0.75,
    mr: 0.75,
    borderRadius: 2,
    fontSize: '0.7rem',
    fontWeight: 600,
    lineHeight: '18px',
    color: '#fff',
    bgcolor: 'warning.main',
  },
  '& .puce.rouge': { bgcolor: 'error.main' },
  '& .icone': { display: 'inline-flex', mr: 0.5, verticalAlign: 'middle' },
  '& .detail': { fontWeight: 400 },
  '& .detail.echue': { color: 'error.main', fontWeight: 600 },
} as const;

function Rien() {
  return <span className="rien">—</span>;
}

function DeuxLignes({ haut, bas }: { haut: ReactNode; bas?: ReactNode }) {
  return (
    <>
      {haut}
      {bas ? <span className="sous">{bas}</span> : null}
    </>
  );
}

/** One jeune of the portfolio; memoised so that ticking a row does not draw the others again. */
export const LigneJeune = memo(function LigneJeune({
  ligne: l,
  aujourdhui,
  semaines,
  alerte,
  cochable,
  cochee,
  premiere,
  onBasculer,
}: {
  ligne: LignePortefeuille;
  aujourdhui: string;
  semaines: number;
  alerte: Alerte | null;
  cochable: boolean;
  cochee: boolean;
  /** The row Tab reaches; the arrows move to the others. */
  premiere: boolean;
  onBasculer: (id: number) => void;
}) {
  const nom = nomJeune(l);
  // From the list of orientations without answer, the file opens where the answer is noted.
  const ouvrir = () =>
    naviguer('dossier', {
      jeune: l.jeuneId,
      ...(alerte === 'orientation_sans_retour' ? { onglet: 'orientations' } : {}),
    });
  const clavier = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    const voisine = (el: Element | null) => {
      if (el instanceof HTMLElement) {
        e.preventDefault();
        el.focus();
      }
    };
    if (e.key === 'Enter') ouvrir();
    else if (e.key === 'ArrowDown') voisine(e.currentTarget.nextElementSibling);
    else if (e.key === 'ArrowUp') voisine(e.currentTarget.previousElementSibling);
    else if (e.key === ' ' && cochable) {
      e.preventDefault();
      onBasculer(l.jeuneId);
    }
  };
  const detail = alerte ? l.alertes.find((a) => a.code === alerte) : undefined;
  const sansContact = l.alertes.some((a) => a.code === 'sans_contact');
  const sousType = l.situation?.sousType ? SOUS_TYPES_SITUATION[l.situation.type][l.situation.sousType] : undefined;
  return (
    <tr
      tabIndex={premiere ? 0 : -1}
      aria-selected={cochable ? cochee : undefined}
      className={[detail?.echue ? 'echue' : '', l.actif ? '' : 'inactif'].join(' ').trim() || undefined}
      onClick={ouvrir}
      onKeyDown={clavier}
      aria-label={`${nom}, ouvrir le dossier`}
      data-testid="ligne-jeune"
      data-jeune={l.jeuneId}
    >
      {cochable ? (
        <td className="case" onClick={(e) => e.stopPropagation()}>
          <input
            type="checkbox"
            checked={cochee}
            onChange={() => onBasculer(l.jeuneId)}
            tabIndex={-1}
            aria-label={`Cocher ${nom}`}
          />
        </td>
      ) : null}
      <td className="nom">
        {nom}
        {!l.actif ? <span className="sous">Inactif</span> : null}
      </td>
      <td className="nowrap">{l.age} ans</td>
      <td>
        {l.parcours ? (
          <DeuxLignes
            haut={l.parcours.typeLibelle}
            bas={
              <>
                {!l.parcours.signe ? <span className="puce">à signer</span> : null}
                depuis le {dateFr(l.parcours.debut)} · fin prévue {dateFr(l.parcours.finPrevue)}
              </>
            }
          />
        ) : (
          <Rien />
        )}
      </td>
      <td>
        {l.sequence ? (
          <DeuxLignes haut={TYPE_SEQUENCE_LIBELLES[l.sequence.type]} bas={`depuis le ${dateFr(l.sequence.debut)}`} />
        ) : (
          <Rien />
        )}
      </td>
      <td className={sansContact ? 'nowrap alerte-vive' : 'nowrap'}>
        {l.dernierContactDate ? (
          <DeuxLignes haut={dateFr(l.dernierContactDate)} bas={depuis(l.dernierContactDate, aujourdhui)} />
        ) : (
          'Jamais'
        )}
      </td>
      <td className="nowrap">
        {l.prochainRendezVous ? `${dateFr(l.prochainRendezVous.date)} à ${l.prochainRendezVous.heure}` : <Rien />}
      </td>
      <td>
        {l.situation ? (
          <DeuxLignes
            haut={`${TYPE_SITUATION_LIBELLES[l.situation.type]}${sousType ? ` (${sousType})` : ''}`}
            bas={`depuis le ${dateFr(l.situation.debut)}`}
          />
        ) : (
          <Rien />
        )}
      </td>
      <td data-testid="alertes-jeune">
        {l.alertes.map((a) => {
          const Icone = ICONES_ALERTE[a.code];
          const texte = `${libelleAlerte(a.code, semaines)} : ${a.detail}`;
          return (
            <span key={a.code} className="icone" title={texte} role="img" aria-label={texte} data-alerte={a.code}>
              <Icone fontSize="small" color={a.echue ? 'error' : 'warning'} />
            </span>
          );
        })}
      </td>
      {alerte ? (
        <td data-testid="detail-alerte">
          {detail ? (
            <>
              {detail.echue ? (
                <span className="puce rouge">
                  {alerte === 'orientation_sans_retour' ? 'À relancer' : 'Échéance dépassée'}
                </span>
              ) : null}
              <span className={detail.echue ? 'detail echue' : 'detail'}>{detail.detail}</span>
            </>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
});
