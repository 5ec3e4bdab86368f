import { useState } from 'react';
import { Alert, Box, Button, IconButton, Link, Stack, Tooltip, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import DeleteIcon from '@mui/icons-material/Delete';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { MOTIF_NON_RETENU_LIBELLES, type MiseEnRelation } from '../../../src-main/contract';
import { useUtilisateur } from '../../api/droits';
import { useAction } from '../../api/hooks';
import { ConfirmationEnLigne } from '../../components/communs';
import { dateFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
import { PuceIssue } from './elements';
import { estAuteurOuDirection, lienSituationsJeune } from './logique';
import type { ApresIssue } from './logiqueOffres';

/** The outcome of a match in a table cell: its chip and date, the motif, the comment. */
export function CelluleIssue({ m }: { m: MiseEnRelation }) {
  return (
    <Box>
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
        <PuceIssue issue={m.issue} />
        {m.issueLe && m.issue !== 'en_attente' ? (
          <Typography variant="caption" color="text.secondary">
            le {dateFr(m.issueLe)}
          </Typography>
        ) : null}
      </Stack>
      {m.motifNonRetenu ? (
        <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="motif-non-retenu">
          {MOTIF_NON_RETENU_LIBELLES[m.motifNonRetenu]}
        </Typography>
      ) : null}
      {m.commentaire ? (
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}
        >
          {m.commentaire}
        </Typography>
      ) : null}
    </Box>
  );
}

/** The jeune's situation at the firm, once retained: a link to the file's situations. */
export function LienSituation({ m }: { m: MiseEnRelation }) {
  if (m.situationId === null) {
    return (
      <Typography variant="body2" color="text.disabled">
        —
      </Typography>
    );
  }
  return (
    <Link
      href={lienSituationsJeune(m.jeuneId)}
      data-testid="lien-situation"
      aria-label={`Situation de ${m.jeuneNom} chez ${m.entrepriseNom}`}
    >
      Voir la situation
    </Link>
  );
}

/**
 * « Issue » (the dialog that notes the outcome) and, while the match waits for an answer,
 * « Supprimer » for one proposed by mistake, to its author or direction (asks first; « Non » has
 * the focus).
 */
export function ActionsMiseEnRelation({
  m,
  objet,
  onIssue,
  peutSupprimer,
}: {
  m: MiseEnRelation;
  /** Names the line for the buttons' accessible names (« de Léa Martin »). */
  objet: string;
  onIssue: (() => void) | null;
  peutSupprimer: boolean;
}) {
  const utilisateur = useUtilisateur();
  const notifier = useNotifier();
  const supprimer = useAction('misesEnRelation.supprimer');
  const [confirmer, setConfirmer] = useState(false);
  // Only its author or direction deletes one (the main process checks the same).
  const supprimable = peutSupprimer && m.issue === 'en_attente' && estAuteurOuDirection(m.auteurId, utilisateur);
  if (confirmer) {
    return (
      <ConfirmationEnLigne
        question="Supprimer cette mise en relation ?"
        enCours={supprimer.isPending}
        onNon={() => setConfirmer(false)}
        onOui={() =>
          supprimer.mutate(
            { id: m.id },
            {
              onSuccess: () => notifier(`Mise en relation ${objet} supprimée.`),
              onError: (e) => {
                setConfirmer(false);
                notifier(e.message, 'error');
              },
            },
          )
        }
      />
    );
  }
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
      {onIssue ? (
        <Button
          size="small"
          startIcon={<RateReviewIcon />}
          onClick={onIssue}
          aria-label={`Noter l’issue de la mise en relation ${objet}`}
          data-testid="noter-issue"
        >
          Issue
        </Button>
      ) : null}
      {supprimable ? (
        <Tooltip title="Supprimer (proposée par erreur)" describeChild>
          <IconButton
            aria-label={`Supprimer la mise en relation ${objet}`}
            onClick={() => setConfirmer(true)}
            data-testid="supprimer-mise-en-relation"
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : null}
    </Stack>
  );
}

/**
 * What an outcome changed, kept in view above the list until closed: the notice of a situation
 * created or removed carries the link to the jeune's situations.
 */
export function BandeauApresIssue({ apres, onFermer }: { apres: ApresIssue; onFermer: () => void }) {
  return (
    <Alert
      severity={apres.gravite}
      sx={{ mb: 2 }}
      data-testid="bandeau-issue"
      action={
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          {apres.situationDe ? (
            <Button
              color="inherit"
              size="small"
              href={lienSituationsJeune(apres.situationDe.jeuneId)}
              data-testid="lien-situations-jeune"
            >
              Voir les situations de {apres.situationDe.jeuneNom}
            </Button>
          ) : null}
          <IconButton color="inherit" size="small" aria-label="Fermer ce message" onClick={onFermer}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </Stack>
      }
    >
      {apres.message}
    </Alert>
  );
}
