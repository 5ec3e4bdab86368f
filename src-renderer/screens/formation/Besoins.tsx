import { Typography } from '@mui/material';

/** STUB(issue 7): the unmet training needs, summarised by field and reason. */
export function Besoins() {
  return <Typography color="text.secondary">STUB(issue 7) : besoins non satisfaits.</Typography>;
}
