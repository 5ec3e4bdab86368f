import { Typography } from '@mui/material';

/** STUB(issue 6): the offers received from firms, with filters (open ones first). */
export function Offres() {
  return <Typography color="text.secondary">STUB(issue 6) : les offres.</Typography>;
}
