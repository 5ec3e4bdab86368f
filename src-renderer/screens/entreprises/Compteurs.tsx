import { useState, type ReactNode } from 'react';
import { Alert, Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { messageErreur } from '../../api/client';
import { useRequete } from '../../api/hooks';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import { comparaison, comparaisonPart, pourcentage, ratioActes } from './logique';

function Tuile({
  libelle,
  valeur,
  testId,
  children,
}: {
  libelle: string;
  valeur: ReactNode;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <Box sx={{ minWidth: 0 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="div">
        {libelle}
      </Typography>
      <Typography
        component="div"
        sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.25, fontVariantNumeric: 'tabular-nums' }}
        data-testid={`${testId}-valeur`}
      >
        {valeur}
      </Typography>
      <Typography variant="body2" color="text.secondary" component="div">
        {children}
      </Typography>
    </Box>
  );
}

/**
 * The portfolio's counters of DOMAIN.md for a calendar year (the current one first), each
 * compared with the year before when the method gives that year's figure.
 */
export function Compteurs() {
  const courante = Number(aujourdhuiIso().slice(0, 4));
  const [annee, setAnnee] = useState(courante);
  const compteurs = useRequete('entreprises.compteurs', annee === courante ? {} : { annee }, { garderPrecedent: true });
  const c = compteurs.data;
  const avant = (c?.annee ?? annee) - 1;
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }} data-testid="compteurs-entreprises">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', px: 2, pt: 1.25 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          Compteurs de l'année
          {c ? (
            <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
              du {dateFr(c.du)} au {dateFr(c.au)}
            </Typography>
          ) : null}
        </Typography>
        <ListeChoix
          ariaLabel="Année des compteurs"
          valeur={annee}
          onChange={(v) => setAnnee(v ?? courante)}
          options={[courante, courante - 1, courante - 2].map((a) => ({ valeur: a, libelle: String(a) }))}
          sx={{ minWidth: 110, '& .MuiSelect-select': { py: 0.75 } }}
        />
      </Stack>
      <Box sx={{ height: 2, mt: 1 }}>{compteurs.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      {compteurs.error ? <Alert severity="error">{messageErreur(compteurs.error)}</Alert> : null}
      {c ? (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' },
            gap: 2,
            px: 2,
            pt: 1,
            pb: 1.5,
            opacity: compteurs.isPlaceholderData ? 0.6 : 1,
          }}
        >
          <Tuile libelle="Entreprises avec un acte" valeur={c.entreprisesAvecActe} testId="compteur-entreprises">
            <div>{comparaison(c.entreprisesAvecActe, c.precedente.entreprisesAvecActe, avant)}</div>
            <div>
              {c.entreprisesSuivies} entreprise{c.entreprisesSuivies > 1 ? 's' : ''} suivie
              {c.entreprisesSuivies > 1 ? 's' : ''} aujourd'hui
            </div>
          </Tuile>
          <Tuile
            libelle="Part des actes entreprises"
            valeur={pourcentage(c.partActesEntreprises)}
            testId="compteur-part-actes"
          >
            <div>{ratioActes(c.actesEntreprises, c.evenementsJeunes)}</div>
            <div>{comparaisonPart(c.partActesEntreprises, c.precedente.partActesEntreprises, avant)}</div>
          </Tuile>
          <Tuile
            libelle="Offres reçues / pourvues"
            valeur={`${c.offresRecues} / ${c.offresPourvues}`}
            testId="compteur-offres"
          >
            {c.offresRecues === 0
              ? 'Aucune offre reçue cette année'
              : `${c.offresPourvues} pourvue${c.offresPourvues > 1 ? 's' : ''} dans l'année`}
          </Tuile>
          <Tuile libelle="Mises en relation" valeur={c.misesEnRelation} testId="compteur-mises-en-relation">
            dont {c.retenues} retenue{c.retenues > 1 ? 's' : ''}
          </Tuile>
        </Box>
      ) : null}
    </Paper>
  );
}
