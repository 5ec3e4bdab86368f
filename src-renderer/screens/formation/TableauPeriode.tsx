import { Stack, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { dateIso } from '../../components/dates';
import { ChampDate, ListeChoix } from '../../components/formulaires';
import {
  anneesProposees,
  changerGenre,
  erreurPeriode,
  libelleTrimestre,
  type ChoixPeriode,
  type Trimestre,
} from './logiqueTableau';

const GENRES: { valeur: ChoixPeriode['genre']; libelle: string }[] = [
  { valeur: 'annee', libelle: 'Année' },
  { valeur: 'trimestre', libelle: 'Trimestre' },
  { valeur: 'personnalisee', libelle: 'Dates' },
];

/**
 * The period of a dashboard: a calendar year (the default), a quarter of a year, or two dates.
 * The typed dates count once both are dates and in order; the message says what is wrong.
 */
export function ChoixDePeriode({
  valeur,
  onChange,
  aujourdhui,
}: {
  valeur: ChoixPeriode;
  onChange: (c: ChoixPeriode) => void;
  aujourdhui: string;
}) {
  const annees = anneesProposees(aujourdhui).map((a) => ({ valeur: a, libelle: String(a) }));
  const erreur = erreurPeriode(valeur);
  // The message stands under the field to correct: the start when it is not a date, else the end.
  const surDebut = valeur.genre === 'personnalisee' && erreur !== null && dateIso(valeur.du) === null;
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={1}
      sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}
      role="group"
      aria-label="Période"
    >
      <ToggleButtonGroup
        exclusive
        size="small"
        value={valeur.genre}
        onChange={(_, g: ChoixPeriode['genre'] | null) => {
          if (g) onChange(changerGenre(valeur, g, aujourdhui));
        }}
        aria-label="Genre de période"
        sx={{ height: 40 }}
      >
        {GENRES.map((g) => (
          <ToggleButton key={g.valeur} value={g.valeur} sx={{ textTransform: 'none', px: 1.5 }}>
            {g.libelle}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {valeur.genre === 'annee' || valeur.genre === 'trimestre' ? (
        <ListeChoix
          ariaLabel="Année"
          valeur={valeur.annee}
          onChange={(annee) => {
            if (annee !== null) onChange({ ...valeur, annee });
          }}
          options={
            annees.some((a) => a.valeur === valeur.annee)
              ? annees
              : [...annees, { valeur: valeur.annee, libelle: String(valeur.annee) }]
          }
          sx={{ minWidth: 100 }}
        />
      ) : null}
      {valeur.genre === 'trimestre' ? (
        <ListeChoix<Trimestre>
          ariaLabel="Trimestre"
          valeur={valeur.trimestre}
          onChange={(trimestre) => {
            if (trimestre !== null) onChange({ ...valeur, trimestre });
          }}
          options={([1, 2, 3, 4] as const).map((t) => ({ valeur: t, libelle: libelleTrimestre(t) }))}
          sx={{ minWidth: 230 }}
        />
      ) : null}
      {valeur.genre === 'personnalisee' ? (
        <>
          <ChampDate
            label="Du"
            value={valeur.du}
            onChange={(du) => onChange({ ...valeur, du })}
            error={surDebut}
            helperText={surDebut ? erreur : undefined}
            sx={{ width: 150 }}
          />
          <ChampDate
            label="Au"
            value={valeur.au}
            onChange={(au) => onChange({ ...valeur, au })}
            error={erreur !== null && !surDebut}
            helperText={erreur !== null && !surDebut ? erreur : undefined}
            sx={{ width: 150 }}
          />
        </>
      ) : null}
    </Stack>
  );
}
