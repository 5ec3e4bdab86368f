import { Fragment, useState } from 'react';
import {
  Box,
  Button,
  IconButton,
  Link,
  ListItemText,
  Menu,
  MenuItem,
  Stack,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import DeleteIcon from '@mui/icons-material/Delete';
import DescriptionIcon from '@mui/icons-material/Description';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import UndoIcon from '@mui/icons-material/Undo';
import {
  MOTIF_NON_RETENU_FORMATION_LIBELLES,
  STATUT_POSITIONNEMENT_LIBELLES,
  type Commission,
  type Positionnement,
  type StatutPositionnement,
} from '../../../src-main/contract';
import { useDroits } from '../../api/droits';
import { useAction } from '../../api/hooks';
import { ConfirmationEnLigne } from '../../components/communs';
import { dateFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
import { useLigneCible } from '../../components/useLigneCible';
import { lienSituationsJeune } from '../entreprises/logique';
import { PuceStatutPositionnement } from './elements';
import { etapeAnnulable, lienAction, lienDossierJeune, positionnementSupprimable, statutsSuivants } from './logique';

/**
 * Where the candidacy is shown: on the action's page (`action`: the row names the jeune, a link to
 * their file, with the action's commissions), or in the jeune's file (`jeune`: the row names the
 * action, a link to its page, and may be the one opened from the timeline).
 */
type Vue = { depuis: 'action'; commissions: readonly Commission[] } | { depuis: 'jeune'; cible: boolean };

/** The words of a row, by where it is shown: each names the candidacy its own way. */
function mots(p: Positionnement, depuis: Vue['depuis']) {
  if (depuis === 'action') {
    const de = `de ${p.jeuneNom}`;
    return {
      idHistorique: `historique-positionnement-${p.id}`,
      historique: `Historique de la candidature ${de}`,
      etapes: `Étapes de la candidature ${de}`,
      changerStatut: `Changer le statut ${de}`,
      annulerEtape: `Annuler la dernière étape ${de}`,
      verbeAnnuler: 'Annuler',
      etapeAnnulee: (statut: string) => `${p.jeuneNom} : étape annulée, retour à « ${statut} ».`,
      objet: de,
    };
  }
  const sur = `sur « ${p.actionIntitule} »`;
  return {
    idHistorique: `historique-positionnement-jeune-${p.id}`,
    historique: `Historique du positionnement ${sur}`,
    etapes: `Étapes du positionnement ${sur}`,
    changerStatut: `Changer le statut du positionnement ${sur}`,
    annulerEtape: `Annuler la dernière étape du positionnement ${sur}`,
    verbeAnnuler: 'Annuler l’étape',
    etapeAnnulee: (statut: string) => `Étape annulée : retour à « ${statut} » ${sur}.`,
    objet: sur,
  };
}

/**
 * A candidacy: who or what (see `vue`), the day positioned, the status with its date, motif and
 * comment, the situation created on entry; the menu of the next statuses, « Annuler la dernière
 * étape » (asks first), the individual bilan, « Supprimer » while only proposed (asks first), and
 * its steps in a row that unfolds.
 */
export function LignePositionnement({
  p,
  vue,
  onStatut,
  onBilan,
}: {
  p: Positionnement;
  vue: Vue;
  onStatut: ((statut: StatutPositionnement) => void) | null;
  onBilan: (() => void) | null;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const annuler = useAction('positionnements.annulerEtape');
  const supprimer = useAction('positionnements.supprimer');
  const cible = vue.depuis === 'jeune' && vue.cible;
  const [ouvert, setOuvert] = useState(cible);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [confirmer, setConfirmer] = useState<'annuler' | 'supprimer' | null>(null);
  const ref = useLigneCible(cible);
  const suivants = statutsSuivants(p);
  const derniere = p.etapes[p.etapes.length - 1];
  const lienDossier = peut('jeunes.chronologie');
  const m = mots(p, vue.depuis);

  const questionAnnuler = derniere
    ? `Annuler « ${STATUT_POSITIONNEMENT_LIBELLES[derniere.statut]} » du ${dateFr(derniere.date)} ?${
        derniere.statut === 'entre' && p.situationId !== null ? ' La situation de formation créée sera supprimée.' : ''
      }${vue.depuis === 'action' && derniere.commissionId !== null ? ' La décision de la commission part avec elle.' : ''}`
    : 'Annuler la dernière étape ?';

  const actions =
    confirmer === 'annuler' ? (
      <ConfirmationEnLigne
        question={questionAnnuler}
        verbe={m.verbeAnnuler}
        enCours={annuler.isPending}
        onNon={() => setConfirmer(null)}
        onOui={() =>
          annuler.mutate(
            { id: p.id, modifieLeLu: p.modifieLe },
            {
              onSuccess: (r) => {
                setConfirmer(null);
                notifier(m.etapeAnnulee(STATUT_POSITIONNEMENT_LIBELLES[r.statut]));
              },
              onError: (e) => {
                setConfirmer(null);
                notifier(e.message, 'error');
              },
            },
          )
        }
      />
    ) : confirmer === 'supprimer' ? (
      <ConfirmationEnLigne
        question="Supprimer ce positionnement saisi par erreur ?"
        enCours={supprimer.isPending}
        onNon={() => setConfirmer(null)}
        onOui={() =>
          supprimer.mutate(
            { id: p.id },
            {
              onSuccess: () => notifier(`Positionnement ${m.objet} supprimé.`),
              onError: (e) => {
                setConfirmer(null);
                notifier(e.message, 'error');
              },
            },
          )
        }
      />
    ) : (
      <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
        {onStatut && suivants.length > 0 ? (
          <>
            <Button
              size="small"
              variant="outlined"
              endIcon={<ArrowDropDownIcon />}
              onClick={(e) => setMenu(e.currentTarget)}
              aria-haspopup="menu"
              aria-expanded={menu !== null}
              aria-label={m.changerStatut}
              data-testid="changer-statut"
            >
              Statut
            </Button>
            <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
              {suivants.map((s) => (
                <MenuItem
                  key={s}
                  onClick={() => {
                    setMenu(null);
                    onStatut(s);
                  }}
                  data-testid={`option-statut-${s}`}
                >
                  <ListItemText primary={STATUT_POSITIONNEMENT_LIBELLES[s]} />
                </MenuItem>
              ))}
            </Menu>
          </>
        ) : null}
        {onStatut && etapeAnnulable(p) ? (
          <Tooltip title="Annuler la dernière étape (saisie par erreur)" describeChild>
            <IconButton
              size="small"
              aria-label={m.annulerEtape}
              onClick={() => setConfirmer('annuler')}
              data-testid="annuler-etape"
            >
              <UndoIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
        {onBilan ? (
          <Tooltip title={p.bilan ? 'Bilan individuel (modifier)' : 'Bilan individuel'} describeChild>
            <IconButton
              size="small"
              aria-label={`Bilan individuel ${m.objet}`}
              onClick={onBilan}
              data-testid="bilan-jeune"
              color={p.bilan ? 'primary' : 'default'}
            >
              <DescriptionIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
        {peut('positionnements.supprimer') && positionnementSupprimable(p) ? (
          <Tooltip title="Supprimer (positionné par erreur)" describeChild>
            <IconButton
              size="small"
              aria-label={`Supprimer le positionnement ${m.objet}`}
              onClick={() => setConfirmer('supprimer')}
              data-testid="supprimer-positionnement"
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
      </Stack>
    );

  /** What a step says of its commission: which one on the action's page, that there was one in the file. */
  const commissionDe = (commissionId: number | null): string => {
    if (commissionId === null) return '';
    if (vue.depuis === 'jeune') return ' · décision de commission';
    const commission = vue.commissions.find((c) => c.id === commissionId);
    return commission ? ` · commission du ${dateFr(commission.date)}` : '';
  };

  return (
    <Fragment>
      <TableRow
        ref={ref}
        selected={cible}
        data-testid={vue.depuis === 'action' ? 'ligne-positionnement' : 'ligne-positionnement-jeune'}
        data-positionnement={p.id}
        data-statut={p.statut}
        {...(vue.depuis === 'action' ? { 'data-jeune': p.jeuneId } : { 'data-action': p.actionId })}
        sx={{ '& td': { verticalAlign: 'top' }, ...(ouvert ? { '& > td': { borderBottom: 0 } } : {}) }}
      >
        <TableCell padding="checkbox">
          <Tooltip title={ouvert ? 'Replier l’historique' : 'Voir l’historique des étapes'} describeChild>
            <IconButton
              size="small"
              aria-expanded={ouvert}
              aria-controls={m.idHistorique}
              aria-label={m.historique}
              onClick={() => setOuvert((o) => !o)}
              data-testid="deplier-historique"
            >
              {ouvert ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
            </IconButton>
          </Tooltip>
        </TableCell>
        {vue.depuis === 'action' ? (
          <>
            <TableCell>
              {lienDossier ? (
                <Link href={lienDossierJeune(p.jeuneId)} sx={{ fontWeight: 600 }} data-testid="lien-jeune">
                  {p.jeuneNom}
                </Link>
              ) : (
                <Typography sx={{ fontWeight: 600 }}>{p.jeuneNom}</Typography>
              )}
              <Typography variant="caption" color="text.secondary" component="div">
                par {p.auteurNom}
              </Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(p.date)}</TableCell>
          </>
        ) : (
          <>
            <TableCell>
              <Link href={lienAction(p.actionId)} sx={{ fontWeight: 600 }} data-testid="lien-action">
                {p.actionIntitule}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {p.organismeNom}
              </Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {dateFr(p.date)}
              <Typography variant="caption" color="text.secondary" component="div">
                par {p.auteurNom}
              </Typography>
            </TableCell>
          </>
        )}
        <TableCell>
          <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
            <PuceStatutPositionnement statut={p.statut} />
            <Typography variant="caption" color="text.secondary">
              le {dateFr(p.statutLe)}
            </Typography>
          </Stack>
          {p.motifNonRetenu ? (
            <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="motif-positionnement">
              {MOTIF_NON_RETENU_FORMATION_LIBELLES[p.motifNonRetenu]}
            </Typography>
          ) : null}
          {p.statut === 'termine' && p.certificationObtenue !== null ? (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {p.certificationObtenue ? 'Certification obtenue' : 'Certification non obtenue'}
            </Typography>
          ) : null}
          {p.commentaire ? (
            <Typography
              variant="caption"
              color="text.secondary"
              component="div"
              sx={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}
            >
              {p.commentaire}
            </Typography>
          ) : null}
        </TableCell>
        <TableCell>
          {p.situationId !== null && (vue.depuis === 'jeune' || lienDossier) ? (
            <Link
              href={lienSituationsJeune(p.jeuneId)}
              data-testid="lien-situation-formation"
              {...(vue.depuis === 'action' ? { 'aria-label': `Situation de formation de ${p.jeuneNom}` } : {})}
            >
              Voir la situation
            </Link>
          ) : (
            <Typography variant="body2" color="text.disabled">
              —
            </Typography>
          )}
        </TableCell>
        <TableCell
          align="right"
          sx={confirmer && vue.depuis === 'action' ? { width: 440, minWidth: 360 } : { whiteSpace: 'nowrap' }}
        >
          {actions}
        </TableCell>
      </TableRow>
      {ouvert ? (
        <TableRow id={m.idHistorique} selected={cible} data-testid="historique-positionnement">
          <TableCell />
          <TableCell colSpan={5} sx={{ pt: 0 }}>
            <Box component="ol" sx={{ m: 0, pl: 2.5 }} aria-label={m.etapes}>
              {p.etapes.map((e) => (
                <Typography component="li" variant="body2" key={e.id} sx={{ mb: 0.5 }} data-testid="etape">
                  <strong>{dateFr(e.date)}</strong> · {STATUT_POSITIONNEMENT_LIBELLES[e.statut]}
                  {e.motifNonRetenu
                    ? vue.depuis === 'action'
                      ? ` · ${MOTIF_NON_RETENU_FORMATION_LIBELLES[e.motifNonRetenu]}`
                      : ` (${MOTIF_NON_RETENU_FORMATION_LIBELLES[e.motifNonRetenu]})`
                    : ''}
                  {commissionDe(e.commissionId)}
                  {e.commentaire ? ` · « ${e.commentaire} »` : ''}
                  {e.parNom ? (
                    <Typography component="span" variant="caption" color="text.secondary">
                      {' '}
                      — {e.parNom}
                    </Typography>
                  ) : null}
                </Typography>
              ))}
            </Box>
            {p.bilan ? (
              <Box sx={{ mt: 1 }} data-testid="bilan-individuel">
                <Typography variant="subtitle2" component={vue.depuis === 'action' ? 'h4' : 'h3'}>
                  Bilan individuel du {dateFr(p.bilan.date)}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {p.bilan.apports}
                </Typography>
                {p.bilan.suite ? (
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                    Suite : {p.bilan.suite}
                  </Typography>
                ) : null}
              </Box>
            ) : null}
          </TableCell>
        </TableRow>
      ) : null}
    </Fragment>
  );
}
