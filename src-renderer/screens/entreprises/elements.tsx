import { Chip, Tooltip, type ChipProps } from '@mui/material';
import {
  STATUT_ENTREPRISE_LIBELLES,
  STATUT_OFFRE_LIBELLES,
  ISSUE_MISE_EN_RELATION_LIBELLES,
  type IssueMiseEnRelation,
  type StatutEntreprise,
  type StatutOffre,
} from '../../../src-main/contract';

const COULEUR_STATUT: Record<StatutEntreprise, ChipProps['color']> = {
  partenaire: 'success',
  prospect: 'info',
  inactif: 'default',
};

/** Prospect, partenaire (filled), inactive (outlined). */
export function PuceStatutEntreprise({ statut, ...props }: { statut: StatutEntreprise } & Omit<ChipProps, 'color'>) {
  return (
    <Chip
      size="small"
      color={COULEUR_STATUT[statut]}
      variant={statut === 'inactif' ? 'outlined' : 'filled'}
      label={STATUT_ENTREPRISE_LIBELLES[statut]}
      data-statut={statut}
      {...props}
    />
  );
}

const COULEUR_OFFRE: Record<StatutOffre, ChipProps['color']> = {
  ouverte: 'info',
  pourvue: 'success',
  annulee: 'default',
  expiree: 'warning',
};

export function PuceStatutOffre({ statut }: { statut: StatutOffre }) {
  return (
    <Chip
      size="small"
      color={COULEUR_OFFRE[statut]}
      variant={statut === 'annulee' ? 'outlined' : 'filled'}
      label={STATUT_OFFRE_LIBELLES[statut]}
      data-statut={statut}
    />
  );
}

const COULEUR_ISSUE: Record<IssueMiseEnRelation, ChipProps['color']> = {
  en_attente: 'info',
  retenu: 'success',
  non_retenu: 'default',
  desistement: 'default',
};

export function PuceIssue({ issue }: { issue: IssueMiseEnRelation }) {
  return (
    <Chip
      size="small"
      color={COULEUR_ISSUE[issue]}
      variant={issue === 'en_attente' || issue === 'retenu' ? 'filled' : 'outlined'}
      label={ISSUE_MISE_EN_RELATION_LIBELLES[issue]}
      data-issue={issue}
    />
  );
}

/** The establishment stands in a quartier prioritaire de la politique de la ville. */
export function PuceQpv() {
  return (
    <Tooltip title="Établissement situé en quartier prioritaire de la politique de la ville" describeChild>
      <Chip size="small" variant="outlined" color="secondary" label="QPV" sx={{ height: 20 }} data-testid="puce-qpv" />
    </Tooltip>
  );
}
