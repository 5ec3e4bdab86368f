import { Box, Typography } from '@mui/material';

/**
 * STUB(issue 6): the employer portfolio. Routes: `#/entreprises` (Mon portefeuille),
 * `?vue=afaire|offres`, `?entreprise=ID` (a firm's page), `?offre=ID` (an offer's page).
 */
export function Entreprises({ params }: { params: URLSearchParams }) {
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1">
        Entreprises
      </Typography>
      <Typography color="text.secondary">STUB(issue 6) {params.toString()}</Typography>
    </Box>
  );
}
