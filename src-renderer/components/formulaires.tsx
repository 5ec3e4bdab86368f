import { useId, type FormEvent, type ReactNode, type Ref } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  CircularProgress,
  DialogActions,
  FormControl,
  FormHelperText,
  InputLabel,
  LinearProgress,
  ListItemText,
  MenuItem,
  Select,
  TextField,
  type BoxProps,
  type ButtonProps,
  type TextFieldProps,
} from '@mui/material';
import { useController, type Control, type FieldPath, type FieldValues, type UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import {
  contract,
  dateLocale,
  ROLE_LIBELLES,
  ROLES,
  texte,
  type ReferentielEditable,
  type Role,
} from '../../src-main/contract';
import { ErreurApi } from '../api/client';
import { useConseillers, useReferentiels, useStructure } from '../api/donnees';
import { dateHeureFr, dateIso, masqueDate } from './dates';

/**
 * A date typed as JJ/MM/AAAA, checked and turned into the contract's `YYYY-MM-DD` with the
 * contract's own messages (missing, or a date that does not exist).
 */
export function dateSaisie(libelle: string) {
  return texte(libelle)
    .transform((v) => dateIso(v) ?? v)
    .pipe(dateLocale);
}

const rdv = contract['rendezVous.creer'].input.shape;

/** The appointment fields as typed (conseiller chosen in a list, date JJ/MM/AAAA, duration as text). */
export interface SaisieRendezVous {
  conseillerId: number | null;
  date: string;
  heure: string;
  dureeMinutes: string;
}

/** Checks the typed appointment fields and gives the contract's values. */
export function formulaireRendezVous(messageConseiller: string) {
  return z.object({
    conseillerId: z
      .number()
      .nullable()
      .transform((v, ctx) => {
        if (v !== null) return v;
        ctx.addIssue({ code: 'custom', message: messageConseiller });
        return z.NEVER;
      })
      .pipe(rdv.conseillerId),
    date: dateSaisie('Date du rendez-vous'),
    heure: rdv.heure,
    dureeMinutes: z
      .string()
      .transform((v) => Number(v) || 45)
      .pipe(rdv.dureeMinutes.unwrap()),
  });
}

/** Field messages of a form kept in plain state, by path (`structure.siret`, `communes.0.insee`). */
export type Erreurs = Record<string, string>;

/** A zod failure as field messages, the first one per path, under `prefixe`. */
export function erreursZod(error: z.ZodError, prefixe: string): Erreurs {
  const e: Erreurs = {};
  for (const i of error.issues) {
    const cle = [prefixe, ...i.path.map(String)].filter(Boolean).join('.');
    e[cle] ??= i.message;
  }
  return e;
}

/** Puts the field errors of a refused call under their fields (`dateNaissance`, `rendezVous.heure`). */
export function erreursServeur<T extends FieldValues>(e: unknown, setError: UseFormSetError<T>): void {
  if (!(e instanceof ErreurApi)) return;
  for (const c of e.champs) {
    if (c.champ) setError(c.champ as FieldPath<T>, { type: 'serveur', message: c.message });
  }
}

/** A text field bound to the form; its error (local or from the main process) shows under it. */
export function ChampTexte<T extends FieldValues, S extends FieldValues>({
  control,
  name,
  aide,
  masque,
  ...props
}: {
  control: Control<T, unknown, S>;
  name: FieldPath<T>;
  /** Help shown when there is no error. */
  aide?: ReactNode;
  /** Rewrites the text while typing (e.g. inserts the slashes of a date). */
  masque?: (saisie: string) => string;
} & Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const message = fieldState.error?.message;
  return (
    <TextField
      {...props}
      name={field.name}
      inputRef={field.ref}
      value={(field.value as string | undefined) ?? ''}
      onChange={(e) => field.onChange(masque ? masque(e.target.value) : e.target.value)}
      onBlur={(e) => {
        field.onBlur();
        props.onBlur?.(e);
      }}
      error={Boolean(message)}
      helperText={message ?? aide}
    />
  );
}

export interface OptionChoix<V extends number | string> {
  valeur: V;
  libelle: string;
}

/**
 * A list to choose one value from. `null` when nothing is chosen; `vide` labels that « nothing »
 * choice when it is offered. Without `label`, `ariaLabel` names it (inline in a table or a line).
 */
export function ListeChoix<V extends number | string>({
  label,
  ariaLabel,
  valeur,
  onChange,
  options,
  vide,
  erreur,
  name,
  inputRef,
  onBlur,
  disabled,
  sx,
}: {
  label?: string;
  ariaLabel?: string;
  valeur: V | null;
  onChange: (v: V | null) => void;
  options: OptionChoix<V>[];
  vide?: string;
  erreur?: string | undefined;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  disabled?: boolean;
  sx?: object;
}) {
  const id = useId();
  return (
    <FormControl error={Boolean(erreur)} sx={sx} disabled={disabled}>
      {label ? <InputLabel id={id}>{label}</InputLabel> : null}
      <Select
        {...(label ? { labelId: id, label } : { displayEmpty: true })}
        name={name}
        inputRef={inputRef}
        value={valeur ?? ''}
        onChange={(e) => {
          const v = String(e.target.value);
          onChange(v === '' ? null : (options.find((o) => String(o.valeur) === v)?.valeur ?? null));
        }}
        onBlur={onBlur}
        inputProps={ariaLabel ? { 'aria-label': ariaLabel } : undefined}
      >
        {vide !== undefined ? (
          <MenuItem value="">
            <em>{vide}</em>
          </MenuItem>
        ) : null}
        {options.map((o) => (
          <MenuItem key={o.valeur} value={o.valeur}>
            {o.libelle}
          </MenuItem>
        ))}
      </Select>
      {erreur ? <FormHelperText>{erreur}</FormHelperText> : null}
    </FormControl>
  );
}

/**
 * A select bound to the form. With numeric options (site, conseiller) the value is a number, and
 * `null` when nothing is chosen; with codes it is the code, `''` when nothing is chosen.
 */
function Choix<T extends FieldValues, S extends FieldValues>({
  control,
  name,
  label,
  options,
  vide,
  sx,
}: {
  control: Control<T, unknown, S>;
  name: FieldPath<T>;
  label: string;
  options: OptionChoix<number | string>[];
  vide?: string;
  sx?: object;
}) {
  const { field, fieldState } = useController({ control, name });
  const numerique = options.some((o) => typeof o.valeur === 'number');
  return (
    <ListeChoix
      label={label}
      name={field.name}
      inputRef={field.ref}
      valeur={(field.value as number | string | null | undefined) ?? null}
      onChange={(v) => field.onChange(v ?? (numerique ? null : ''))}
      onBlur={field.onBlur}
      options={options}
      {...(vide !== undefined ? { vide } : {})}
      erreur={fieldState.error?.message}
      {...(sx ? { sx } : {})}
    />
  );
}

/** The active sites of the structure. */
export function ChoixSite<T extends FieldValues, S extends FieldValues>({
  control,
  name,
}: {
  control: Control<T, unknown, S>;
  name: FieldPath<T>;
}) {
  const structure = useStructure();
  const options = (structure.data?.sites ?? []).filter((s) => s.actif).map((s) => ({ valeur: s.id, libelle: s.nom }));
  return <Choix control={control} name={name} label="Site" options={options} />;
}

/** The active values of a referential (canal, motif…). */
export function ChoixReferentiel<T extends FieldValues, S extends FieldValues>({
  referentiel,
  ...props
}: {
  control: Control<T, unknown, S>;
  name: FieldPath<T>;
  label: string;
  referentiel: ReferentielEditable;
  vide?: string;
  sx?: object;
}) {
  const { valeurs } = useReferentiels();
  return <Choix {...props} options={valeurs(referentiel).map((v) => ({ valeur: v.code, libelle: v.libelle }))} />;
}

/**
 * Conseiller, date, heure and duration of an appointment, for booking it from the desk or from
 * the appointment dialog. `prefixe` is where these fields sit in the form (`rendezVous.` or none);
 * `site` is shown after the conseiller when the form lets the site be chosen.
 */
export function ChampsRendezVous<T extends FieldValues, S extends FieldValues>({
  control,
  prefixe = '',
  libelleDate,
  libelleHeure,
  site,
}: {
  control: Control<T, unknown, S>;
  prefixe?: string;
  libelleDate: string;
  /** Accessible name of the hour field, when « Heure » alone would be ambiguous. */
  libelleHeure?: string;
  site?: ReactNode;
}) {
  const conseillers = useConseillers();
  const nom = (champ: keyof SaisieRendezVous) => `${prefixe}${champ}` as FieldPath<T>;
  const options = (conseillers.data ?? []).map((c) => ({ valeur: c.id, libelle: `${c.prenom} ${c.nom}` }));
  return (
    <>
      <Choix control={control} name={nom('conseillerId')} label="Conseiller *" options={options} />
      {site}
      <ChampTexte
        control={control}
        name={nom('date')}
        label={libelleDate}
        required
        placeholder="JJ/MM/AAAA"
        masque={masqueDate}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <ChampTexte
          control={control}
          name={nom('heure')}
          label="Heure"
          required
          placeholder="HH:MM"
          slotProps={libelleHeure ? { htmlInput: { 'aria-label': libelleHeure } } : undefined}
        />
        <ChampTexte control={control} name={nom('dureeMinutes')} label="Durée (min)" type="number" />
      </Box>
    </>
  );
}

/** The thin progress bar under a dialog's title while its call runs. */
export function ProgresDialogue({ enCours }: { enCours: boolean }) {
  return <Box sx={{ height: 4 }}>{enCours ? <LinearProgress /> : null}</Box>;
}

/** The message of a refused call, at the bottom of a form. */
export function ErreurFormulaire({
  erreur,
  horsChamps,
}: {
  erreur: Error | null | undefined;
  /** The form shows each field's message under it: only a message about no field goes here. */
  horsChamps?: boolean;
}) {
  if (horsChamps && erreur instanceof ErreurApi && erreur.champs.length > 0) return null;
  return erreur ? (
    <Alert severity="error" sx={{ mt: 2 }}>
      {erreur.message}
    </Alert>
  ) : null;
}

/** Cancel and submit buttons of a form dialog (Enter submits the form). */
export function PiedDialogue({
  onAnnuler,
  libelle,
  desactive,
}: {
  onAnnuler: () => void;
  libelle: string;
  desactive?: boolean;
}) {
  return (
    <DialogActions sx={{ px: 3, pb: 2 }}>
      <Button onClick={onAnnuler}>Annuler</Button>
      <Button type="submit" variant="contained" disabled={desactive}>
        {libelle}
      </Button>
    </DialogActions>
  );
}

/** A submit button that shows its call running (signing in takes about half a second). */
export function BoutonEnvoi({ enCours, disabled, children, ...props }: { enCours: boolean } & ButtonProps) {
  return (
    <Button
      type="submit"
      variant="contained"
      {...props}
      disabled={enCours || disabled}
      startIcon={enCours ? <CircularProgress size={18} color="inherit" aria-label="En cours" /> : props.startIcon}
    >
      {children}
    </Button>
  );
}

/** Several roles chosen in a list (one person often holds several). */
export function ChoixRoles({
  id,
  valeur,
  onChange,
  erreur,
  label = 'Rôles',
  roles = ROLES,
  sx,
}: {
  id: string;
  valeur: Role[];
  onChange: (roles: Role[]) => void;
  erreur?: string | undefined;
  label?: string;
  roles?: readonly Role[];
  sx?: object;
}) {
  return (
    <FormControl error={Boolean(erreur)} sx={sx}>
      <InputLabel id={id}>{label}</InputLabel>
      <Select<Role[]>
        labelId={id}
        label={label}
        multiple
        value={valeur}
        onChange={(e) => {
          const v = e.target.value;
          const choisis = (typeof v === 'string' ? v.split(',') : v) as Role[];
          onChange(ROLES.filter((r) => choisis.includes(r)));
        }}
        renderValue={(choisis) => (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {choisis.map((r) => (
              <Chip key={r} size="small" label={ROLE_LIBELLES[r]} />
            ))}
          </Box>
        )}
      >
        {roles.map((r) => (
          <MenuItem key={r} value={r}>
            <Checkbox size="small" checked={valeur.includes(r)} />
            <ListItemText primary={ROLE_LIBELLES[r]} />
          </MenuItem>
        ))}
      </Select>
      {erreur ? <FormHelperText>{erreur}</FormHelperText> : null}
    </FormControl>
  );
}

/**
 * A form checked by the page (no browser bubbles), sent by Enter or its submit button.
 */
export function Formulaire({
  onEnvoyer,
  children,
  ...props
}: { onEnvoyer: () => void; children: ReactNode } & Omit<BoxProps<'form'>, 'onSubmit' | 'component' | 'ref'>) {
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onEnvoyer();
      }}
      {...props}
    >
      {children}
    </Box>
  );
}

/** A date typed as JJ/MM/AAAA, the slashes inserted while typing (the caller checks it with `dateIso`). */
export function ChampDate({
  onChange,
  ...props
}: { onChange: (saisie: string) => void; value: string } & Omit<TextFieldProps, 'onChange' | 'value'>) {
  return (
    <TextField
      placeholder="JJ/MM/AAAA"
      {...props}
      onChange={(e) => onChange(masqueDate(e.target.value))}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
    />
  );
}

/**
 * Shown when a save was refused because someone saved the same record meanwhile: what the
 * person typed is kept, and « Reprendre » lays it over the fresh version for a last look.
 */
export function AlerteConflit({
  quoi,
  modifieLe,
  champsModifies,
  onReprendre,
  testId,
}: {
  /** « ce dossier », « cette fiche »: what the other person saved, with its demonstrative. */
  quoi: string;
  /** When the other person saved. */
  modifieLe: string;
  champsModifies: number;
  onReprendre: () => void;
  testId: string;
}) {
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      data-testid={testId}
      action={
        <Button color="inherit" onClick={onReprendre}>
          Reprendre mes modifications sur la version à jour
        </Button>
      }
    >
      Quelqu'un a enregistré {quoi} pendant votre saisie ({dateHeureFr(modifieLe)}). Vos modifications sont conservées (
      {champsModifies} champ{champsModifies > 1 ? 's' : ''}) : reprenez-les sur la version à jour, vérifiez, puis
      enregistrez.
    </Alert>
  );
}
