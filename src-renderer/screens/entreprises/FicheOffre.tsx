import { Typography } from '@mui/material';

/** STUB(issue 6): an offer's page and its mises en relation. */
export function FicheOffre({ id }: { id: number }) {
  return <Typography color="text.secondary">STUB(issue 6) : l’offre {id}.</Typography>;
}
