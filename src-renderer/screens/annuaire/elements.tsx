import {
  Fragment,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import {
  Box,
  IconButton,
  Tooltip,
  Button,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Checkbox,
  Stack,
  Table,
  TableBody,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import type { ZodError } from 'zod';
import { messageErreur, type ErreurApi } from '../../api/client';
import { useNotifier } from '../../components/Notifications';
import { Bloc, ConfirmationEnLigne, Vide } from '../../components/communs';
import { ChampLibre } from '../dossier/elements';
import { messagesParChamp, sansMessages } from './logique';

/** What deleting a line takes: its question, and the call (refused, its message is notified). */
export interface Suppression {
  /** « Supprimer » by default; « Retirer » for what is only taken off a list. */
  verbe?: string;
  question: string;
  enCours: boolean;
  lancer: () => Promise<unknown>;
}

/**
 * The buttons of a line (a service, a permanence, a convention): « Modifier », what `children`
 * adds, then « Supprimer », which asks first (« Non » has the focus). `objet` names the line for
 * the buttons' accessible names (« la convention Accueil santé »).
 */
export function ActionsLigne({
  objet,
  onModifier,
  suppression,
  children,
}: {
  objet: string;
  onModifier: (() => void) | null;
  suppression: Suppression | null;
  children?: ReactNode;
}) {
  const notifier = useNotifier();
  const [confirmer, setConfirmer] = useState(false);
  const verbe = suppression?.verbe ?? 'Supprimer';
  if (confirmer && suppression) {
    return (
      <ConfirmationEnLigne
        question={suppression.question}
        verbe={verbe}
        enCours={suppression.enCours}
        onNon={() => setConfirmer(false)}
        onOui={() =>
          void suppression.lancer().catch((e: unknown) => {
            setConfirmer(false);
            notifier(messageErreur(e), 'error');
          })
        }
      />
    );
  }
  return (
    <Stack direction="row" sx={{ justifyContent: 'flex-end', flexShrink: 0 }}>
      {onModifier ? (
        <Tooltip title="Modifier">
          <IconButton aria-label={`Modifier ${objet}`} onClick={onModifier}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : null}
      {children}
      {suppression ? (
        <Tooltip title={verbe}>
          <IconButton aria-label={`${verbe} ${objet}`} onClick={() => setConfirmer(true)}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : null}
    </Stack>
  );
}

/** A labelled fact of a page (« Téléphone », « Horaires »). */
export function Info({ libelle, children }: { libelle: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {libelle}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

/** Several codes chosen by check boxes (modes d'accueil, mobilisation), kept in the list's order. */
export function CasesACocher<C extends string>({
  libelle,
  codes,
  libelles,
  valeur,
  onChange,
  erreur,
}: {
  libelle: string;
  codes: readonly C[];
  libelles: Record<C, string>;
  valeur: readonly C[];
  onChange: (v: C[]) => void;
  erreur?: string | undefined;
}) {
  return (
    <FormControl component="fieldset" error={Boolean(erreur)}>
      <FormLabel component="legend" sx={{ fontSize: '0.85rem' }}>
        {libelle}
      </FormLabel>
      <FormGroup row>
        {codes.map((c) => (
          <FormControlLabel
            key={c}
            label={libelles[c]}
            control={
              <Checkbox
                size="small"
                checked={valeur.includes(c)}
                onChange={(e) => onChange(codes.filter((x) => (x === c ? e.target.checked : valeur.includes(x))))}
              />
            }
          />
        ))}
      </FormGroup>
      {erreur ? (
        <Typography variant="caption" color="error">
          {erreur}
        </Typography>
      ) : null}
    </FormControl>
  );
}

/** A heading inside a long form. */
export function TitreSection({ children }: { children: ReactNode }) {
  return (
    <Typography
      variant="overline"
      component="h3"
      color="text.secondary"
      sx={{ gridColumn: '1 / -1', mt: 1, mb: -1, lineHeight: 1.8, fontWeight: 600 }}
    >
      {children}
    </Typography>
  );
}

/**
 * After a refused save (`refus` counts them), the focus goes to the first field in error of the
 * dialog (`testId`), so that the keyboard lands where there is something to fix.
 */
function useFocusPremiereErreur(testId: string, refus: number): void {
  useEffect(() => {
    if (refus === 0) return;
    const champ = document.querySelector<HTMLElement>(`[data-testid="${testId}"] [aria-invalid="true"]`);
    // A list's input is hidden: its visible button takes the focus.
    const liste = champ?.classList.contains('MuiSelect-nativeInput')
      ? champ.parentElement?.querySelector<HTMLElement>('[role="combobox"]')
      : null;
    const cible = liste ?? champ;
    cible?.focus();
    cible?.scrollIntoView({ block: 'center' });
  }, [testId, refus]);
}

/**
 * The `inputRef` of a list that is a dialog's first field: its visible button takes the focus
 * once, when the dialog opens (as `autoFocus` does for a text field).
 */
export function useFocusListe(): (el: HTMLInputElement | null) => void {
  const fait = useRef(false);
  return useCallback((el: HTMLInputElement | null) => {
    if (!el || fait.current) return;
    fait.current = true;
    // A list's `inputRef` is MUI's handle, whose `focus` goes to the visible button.
    el.focus();
  }, []);
}

/**
 * The messages of a form by field: set by the page's own check (a zod failure) or by the main
 * process's refusal (its `champs`, without the prefix of the object sent), forgotten for a field
 * typed again; the focus goes to the first field in error of the dialog `testId`.
 */
export function useMessages(testId: string) {
  const [etat, setEtat] = useState<{ messages: Record<string, string>; refus: number }>({ messages: {}, refus: 0 });
  useFocusPremiereErreur(testId, etat.refus);
  return useMemo(() => {
    const refuser = (messages: Record<string, string>) => setEtat((e) => ({ messages, refus: e.refus + 1 }));
    return {
      messages: etat.messages,
      /** The message under a field: its own, else the first of its items' (`zoneEligibilite.2`). */
      de: (champ: string) =>
        etat.messages[champ] ?? Object.entries(etat.messages).find(([k]) => k.startsWith(`${champ}.`))?.[1],
      oublier: (champs: readonly string[]) => setEtat((e) => ({ ...e, messages: sansMessages(e.messages, champs) })),
      refusDeLaPage: (erreur: ZodError) =>
        refuser(
          messagesParChamp(
            erreur.issues.map((i) => ({ champ: i.path.join('.'), message: i.message })),
            '',
          ),
        ),
      refusDuServeur: (erreur: ErreurApi, prefixe: string) => refuser(messagesParChamp(erreur.champs, prefixe)),
    };
  }, [etat.messages]);
}

/** A text field of a form kept in plain state: `texte('nom', 'Nom', { required: true })`. */
export function champsTexte<T extends object>(
  s: T,
  maj: (p: Partial<T>) => void,
  message: (champ: string) => string | undefined,
) {
  return (champ: keyof T & string, label: string, props: ProprietesChamp = {}) => (
    <ChampLibre
      label={label}
      valeur={s[champ] as string}
      onChange={(v) => maj({ [champ]: v } as Partial<T>)}
      erreur={message(champ)}
      {...props}
    />
  );
}
type ProprietesChamp = Omit<ComponentProps<typeof ChampLibre>, 'label' | 'valeur' | 'onChange' | 'erreur'>;

/**
 * A section of the partner's page made of lines (permanences, conventions): « Ajouter » for whoever
 * may (`peutAjouter`), the lines or what to say when there is none, and the dialog that adds or
 * changes one (`dialogue(null)` adds).
 */
export function SectionLignes<T extends { id: number }>({
  titre,
  quoi,
  testIdAjout,
  peutAjouter,
  vide,
  elements,
  ligne,
  dialogue,
}: {
  titre: string;
  /** « une permanence »: names the add button for assistive technologies and tests. */
  quoi: string;
  testIdAjout: string;
  peutAjouter: boolean;
  vide: string;
  elements: readonly T[];
  ligne: (element: T, onModifier: (() => void) | null) => ReactNode;
  dialogue: (element: T | null, onFermer: () => void) => ReactNode;
}) {
  const [ouvert, setOuvert] = useState<{ element: T | null } | null>(null);
  return (
    <Bloc
      titre={titre}
      actions={
        peutAjouter ? (
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() => setOuvert({ element: null })}
            aria-label={`Ajouter ${quoi}`}
            data-testid={testIdAjout}
          >
            Ajouter
          </Button>
        ) : null
      }
    >
      {elements.length === 0 ? (
        <Vide>{vide}</Vide>
      ) : (
        <Table size="small" aria-label={titre}>
          <TableBody>
            {elements.map((e) => (
              <Fragment key={e.id}>{ligne(e, peutAjouter ? () => setOuvert({ element: e }) : null)}</Fragment>
            ))}
          </TableBody>
        </Table>
      )}
      {ouvert ? dialogue(ouvert.element, () => setOuvert(null)) : null}
    </Bloc>
  );
}
