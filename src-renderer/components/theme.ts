import { createTheme } from '@mui/material/styles';
import { frFR } from '@mui/material/locale';

export const theme = createTheme(
  {
    palette: {
      mode: 'light',
      primary: { main: '#1f5f8b' },
      secondary: { main: '#c0563b' },
      background: { default: '#f3f5f8', paper: '#ffffff' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: 'Roboto, "Segoe UI", Arial, sans-serif',
      h5: { fontWeight: 600 },
      h6: { fontWeight: 600, fontSize: '1.05rem' },
      subtitle2: { fontWeight: 600 },
    },
    components: {
      MuiButton: {
        defaultProps: { disableElevation: true },
        styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } },
      },
      MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600, minHeight: 48 } } },
      MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { outlined: { borderColor: '#dde2e8' } } },
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiFormControl: { defaultProps: { size: 'small' } },
      MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 600, color: '#44505c' } } },
    },
  },
  frFR,
);
