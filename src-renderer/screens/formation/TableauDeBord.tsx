import { Typography } from '@mui/material';

/** STUB(issue 7): the référent formation's dashboards (per programme, per month, my actions). */
export function TableauDeBord() {
  return <Typography color="text.secondary">STUB(issue 7) : tableau de bord.</Typography>;
}
