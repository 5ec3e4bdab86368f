import { useState, type ReactNode } from 'react';
import { IconButton, InputAdornment, Stack, TextField, Tooltip, type TextFieldProps } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { defautMotDePasse } from '../../src-main/contract';

/** A password field whose content can be shown, to check what was typed. */
export function ChampMotDePasse({
  visibleAuDepart = false,
  ...props
}: { visibleAuDepart?: boolean } & Omit<TextFieldProps, 'type'>) {
  const [visible, setVisible] = useState(visibleAuDepart);
  const libelle = visible ? 'Masquer le mot de passe' : 'Afficher le mot de passe';
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      slotProps={{
        ...props.slotProps,
        htmlInput: { autoComplete: 'off', spellCheck: false, ...(props.slotProps?.htmlInput as object) },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <Tooltip title={libelle}>
                <IconButton aria-label={libelle} onClick={() => setVisible((v) => !v)} edge="end" size="small">
                  {visible ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
                </IconButton>
              </Tooltip>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

const POLITIQUE =
  '12 caractères au moins avec minuscules, majuscules, chiffres et caractères spéciaux, ou une phrase de 7 mots.';

/** What a new password lacks (policy, then confirmation), or null when it may be sent. */
export function defautNouveauMotDePasse(
  motDePasse: string,
  confirmation: string | null,
  identifiant?: string,
): string | null {
  const defaut = defautMotDePasse(motDePasse, identifiant);
  if (defaut) return defaut;
  if (confirmation !== null && confirmation !== motDePasse)
    return 'Confirmation : les deux saisies ne correspondent pas.';
  return null;
}

/**
 * A new password and, unless `sansConfirmation`, its confirmation, with the policy said while
 * typing. `erreur` is a message from the main process for the password itself.
 */
export function ChampsNouveauMotDePasse({
  motDePasse,
  confirmation,
  onMotDePasse,
  onConfirmation,
  identifiant,
  libelle = 'Nouveau mot de passe',
  erreur,
  montrerErreurs,
  autoFocus,
  provisoire,
  action,
}: {
  motDePasse: string;
  confirmation?: string;
  onMotDePasse: (v: string) => void;
  onConfirmation?: (v: string) => void;
  identifiant?: string;
  libelle?: string;
  erreur?: string | undefined;
  /** After a first attempt to send: what is missing is said in red even before typing. */
  montrerErreurs?: boolean;
  autoFocus?: boolean;
  /** A password the administrator hands over: shown in clear so that it can be read out. */
  provisoire?: boolean;
  /** Beside the field (e.g. « Proposer un mot de passe »). */
  action?: ReactNode;
}) {
  const defaut = defautMotDePasse(motDePasse, identifiant);
  const conforme = defaut === null && motDePasse !== '' && !erreur;
  const enErreur = Boolean(erreur) || (defaut !== null && (motDePasse !== '' || Boolean(montrerErreurs)));
  const aide = erreur ?? (motDePasse === '' ? POLITIQUE : (defaut ?? 'Mot de passe conforme à la politique.'));
  // While the confirmation is still a beginning of the password, it is not wrong yet.
  const discordance =
    confirmation !== undefined &&
    confirmation !== motDePasse &&
    (Boolean(montrerErreurs) ||
      (confirmation !== '' && (!motDePasse.startsWith(confirmation) || confirmation.length >= motDePasse.length)));
  const champ = (
    <ChampMotDePasse
      label={libelle}
      required
      autoFocus={autoFocus}
      visibleAuDepart={provisoire}
      fullWidth
      // Read out to the person: a fixed-width font tells l from 1 and O from 0.
      sx={
        provisoire ? { '& input': { fontFamily: 'ui-monospace, Consolas, monospace', letterSpacing: 0.5 } } : undefined
      }
      value={motDePasse}
      onChange={(e) => onMotDePasse(e.target.value)}
      error={enErreur}
      helperText={aide}
      color={conforme ? 'success' : 'primary'}
      slotProps={{
        formHelperText: {
          'aria-live': 'polite',
          ...(conforme ? { sx: { color: 'success.main' } } : {}),
        } as object,
      }}
    />
  );
  return (
    <>
      {action ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          {champ}
          {action}
        </Stack>
      ) : (
        champ
      )}
      {confirmation !== undefined && onConfirmation ? (
        <ChampMotDePasse
          label="Confirmation du mot de passe"
          required
          value={confirmation}
          onChange={(e) => onConfirmation(e.target.value)}
          error={discordance}
          helperText={discordance ? 'Les deux saisies ne correspondent pas.' : 'Saisissez-le une seconde fois.'}
        />
      ) : null}
    </>
  );
}

const MINUSCULES = 'abcdefghijkmnopqrstuvwxyz';
const MAJUSCULES = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const CHIFFRES = '23456789';
const SPECIAUX = '-_.!?#%+=';

/**
 * A provisional password the administrator hands over (14 characters, the 4 classes, no
 * look-alike characters such as l/1 or O/0), drawn with the browser's random generator.
 */
export function motDePasseProvisoire(): string {
  const tirer = (n: number) => {
    const t = new Uint32Array(1);
    crypto.getRandomValues(t);
    return t[0]! % n;
  };
  const pris = (jeu: string) => jeu[tirer(jeu.length)]!;
  const tous = MINUSCULES + MAJUSCULES + CHIFFRES + SPECIAUX;
  const car = [pris(MINUSCULES), pris(MAJUSCULES), pris(CHIFFRES), pris(SPECIAUX)];
  while (car.length < 14) car.push(pris(tous));
  for (let i = car.length - 1; i > 0; i--) {
    const j = tirer(i + 1);
    [car[i], car[j]] = [car[j]!, car[i]!];
  }
  return car.join('');
}
