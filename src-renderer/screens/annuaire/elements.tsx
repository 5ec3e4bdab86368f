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
  Alert,
  Box,
  IconButton,
  Link,
  Paper,
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
import { telephoneFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
import { Bloc, ConfirmationEnLigne, Vide } from '../../components/communs';
import { ChampLibre } from '../dossier/elements';
import {
  champsModifies,
  messagesHorsChamps,
  messagesParChamp,
  reporterModifications,
  sansMessages,
  type SaisieContact,
} from './logique';

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
export function useFocusPremiereErreur(testId: string, refus: number): void {
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

/** What is typed, the version it was read from, and that version's stamp. */
interface Brouillon<S> {
  base: S;
  saisie: S;
  modifieLeLu: string;
}

/**
 * The draft of a form on a record others may save meanwhile (`aJour`, read now, and its stamp
 * `modifieLe`, empty for a new one): what is typed, its messages (`useMessages`), and the conflict.
 * A newer version with nothing typed here is simply shown; with something typed, `enConflit`, and
 * `reprendre` lays the fields changed here over the newer version (the keyboard then lands on the
 * dialog's « Enregistrer »).
 */
export function useBrouillon<S extends object>(aJour: S, stamp: string, testId: string) {
  const [b, setB] = useState<Brouillon<S>>(() => ({ base: aJour, saisie: aJour, modifieLeLu: stamp }));
  const messages = useMessages(testId);

  const modifies = champsModifies(b.base, b.saisie);
  const perime = b.modifieLeLu !== stamp;
  if (perime && modifies.length === 0) {
    // A newer version and nothing typed here: it is simply shown.
    setB({ base: aJour, saisie: aJour, modifieLeLu: stamp });
  }
  /** Changes the draft; the messages of `champs` (and of their items) are forgotten. */
  const modifier = (f: (saisie: S) => S, champs: readonly string[]) => {
    setB((avant) => ({ ...avant, saisie: f(avant.saisie) }));
    messages.oublier(champs);
  };
  const maj = (p: Partial<S>) => modifier((saisie) => ({ ...saisie, ...p }), Object.keys(p));
  const e = (champ: string): string | undefined => messages.messages[champ];
  return {
    base: b.base,
    saisie: b.saisie,
    modifieLeLu: b.modifieLeLu,
    modifies,
    enConflit: perime && modifies.length > 0,
    messages,
    modifier,
    maj,
    e,
    texte: champsTexte(b.saisie, maj, e),
    reprendre: () => {
      setB({ base: aJour, saisie: reporterModifications(b.base, b.saisie, aJour), modifieLeLu: stamp });
      // The button goes with the banner: the keyboard lands on « Enregistrer », once checked.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-testid="${testId}"] button[type="submit"]`)?.focus(),
      );
    },
  };
}

/** The messages of a form that none of its fields (`champs`) shows, under the fields. */
export function MessagesHorsChamps({
  messages,
  champs,
}: {
  messages: Record<string, string>;
  champs: readonly string[];
}) {
  const horsChamps = messagesHorsChamps(messages, champs);
  return horsChamps.length > 0 ? (
    <Alert severity="error" sx={{ mt: 2 }}>
      {horsChamps.join(' ')}
    </Alert>
  ) : null;
}

const CONTACT_VIDE: SaisieContact = { nom: '', fonction: '', telephone: '', email: '' };

/** How a form names its people: a partner's « contacts », a firm's « interlocuteurs ». */
export interface NomsContact {
  titre: string;
  /** « ce contact » */
  ce: string;
  /** « le contact », before a name */
  le: string;
  /** « un contact » */
  un: string;
  vide: string;
}

/**
 * The people to reach of a form (name, function, phone, e-mail), one line each, with « Retirer »
 * and « Ajouter ». `modifier` changes the list; the messages of `champs` are forgotten.
 */
export function EditeurContacts({
  contacts,
  modifier,
  erreur,
  noms,
  testId,
  testIdAjout,
}: {
  contacts: readonly SaisieContact[];
  modifier: (f: (contacts: SaisieContact[]) => SaisieContact[], champs: readonly string[]) => void;
  erreur: (champ: string) => string | undefined;
  noms: NomsContact;
  testId: string;
  testIdAjout?: string;
}) {
  const majContact = (i: number, p: Partial<SaisieContact>) =>
    modifier(
      (cs) => cs.map((c, j) => (j === i ? { ...c, ...p } : c)),
      Object.keys(p).map((k) => `contacts.${i}.${k}`),
    );
  const champ = (i: number, c: SaisieContact, cle: keyof SaisieContact, label: string) => (
    <ChampLibre
      label={label}
      size="small"
      valeur={c[cle]}
      onChange={(v) => majContact(i, { [cle]: v })}
      erreur={erreur(`contacts.${i}.${cle}`)}
    />
  );
  return (
    <>
      <TitreSection>{noms.titre}</TitreSection>
      <Stack spacing={1} sx={{ gridColumn: '1 / -1' }} data-testid={testId}>
        {contacts.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {noms.vide}
          </Typography>
        ) : null}
        {contacts.map((c, i) => (
          <Paper
            key={i}
            variant="outlined"
            sx={{ p: 1.5, display: 'grid', gridTemplateColumns: '1fr 1fr 1fr 1fr auto', gap: 1.5 }}
          >
            <ChampLibre
              label="Nom"
              required
              size="small"
              autoFocus={i === contacts.length - 1 && c.nom === ''}
              valeur={c.nom}
              onChange={(nom) => majContact(i, { nom })}
              erreur={erreur(`contacts.${i}.nom`)}
            />
            {champ(i, c, 'fonction', 'Fonction')}
            {champ(i, c, 'telephone', 'Téléphone')}
            {champ(i, c, 'email', 'E-mail')}
            <Tooltip title={`Retirer ${noms.ce}`} describeChild>
              <IconButton
                aria-label={`Retirer ${noms.le} ${c.nom || i + 1}`}
                // The messages of the lines below moved up with them: they are asked again at the next save.
                onClick={() => modifier((cs) => cs.filter((_, j) => j !== i), ['contacts'])}
                sx={{ alignSelf: 'flex-start' }}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Paper>
        ))}
        <Box>
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() => modifier((cs) => [...cs, CONTACT_VIDE], ['contacts'])}
            data-testid={testIdAjout}
          >
            {`Ajouter ${noms.un}`}
          </Button>
        </Box>
      </Stack>
    </>
  );
}

/** A person to reach, as a page shows them. */
interface ContactLu {
  id: number;
  nom: string;
  fonction: string | null;
  telephone: string | null;
  email: string | null;
}

/**
 * The people to reach on a page (a partner's contacts, a firm's interlocuteurs): name and
 * function, then phone and e-mail as links; « Modifier » for whoever may (`libelleModifier`, its
 * accessible name when « Modifier » alone is not enough).
 */
export function BlocContacts({
  titre,
  contacts,
  onModifier,
  libelleModifier,
  vide,
  testId,
}: {
  titre: string;
  contacts: readonly ContactLu[];
  onModifier: (() => void) | null;
  libelleModifier?: string;
  vide: string;
  testId: string;
}) {
  return (
    <Bloc
      titre={titre}
      actions={
        onModifier ? (
          <Button size="small" startIcon={<EditIcon />} onClick={onModifier} aria-label={libelleModifier}>
            Modifier
          </Button>
        ) : null
      }
    >
      {contacts.length === 0 ? (
        <Vide>{vide}</Vide>
      ) : (
        <Stack spacing={1.25} sx={{ px: 2, pb: 2 }} data-testid={testId}>
          {contacts.map((c) => (
            <Box key={c.id}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {c.nom}
                {c.fonction ? (
                  <Typography component="span" variant="body2" color="text.secondary">
                    {' '}
                    · {c.fonction}
                  </Typography>
                ) : null}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {c.telephone ? <Link href={`tel:${c.telephone}`}>{telephoneFr(c.telephone)}</Link> : null}
                {c.telephone && c.email ? ' · ' : null}
                {c.email ? <Link href={`mailto:${c.email}`}>{c.email}</Link> : null}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Bloc>
  );
}

/** A page's free notes (a partner's, a firm's), as typed. */
export function BlocNotes({ notes }: { notes: string | null }) {
  return (
    <Bloc titre="Notes">
      <Box sx={{ px: 2, pb: 2 }}>
        {notes ? (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {notes}
          </Typography>
        ) : (
          <Typography variant="body2" color="text.secondary">
            Aucune note.
          </Typography>
        )}
      </Box>
    </Bloc>
  );
}
