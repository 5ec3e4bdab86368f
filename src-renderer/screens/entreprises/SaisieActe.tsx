import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Checkbox,
  Chip,
  FormControlLabel,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { TYPE_ACTE_LIBELLES, type Acte, type Entreprise, type TypeActe } from '../../../src-main/contract';
import { ErreurApi } from '../../api/client';
import { useAction } from '../../api/hooks';
import { Touche } from '../../components/communs';
import { aujourdhuiIso, dateFr, dateIso } from '../../components/dates';
import { BoutonEnvoi, ChampDate } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { messagesParChamp, sansMessages } from '../annuaire/logique';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { acteVide, saisieActe, typesActeSaisissables, verifierActe, type SaisieActe } from './logique';

/**
 * The act's type as chips, one of which is chosen: a radio group, so that Tab stops once on it
 * and ← → change the type.
 */
function ChoixTypeActe({
  valeur,
  types,
  onChange,
}: {
  valeur: TypeActe;
  types: readonly TypeActe[];
  onChange: (t: TypeActe) => void;
}) {
  const groupe = useRef<HTMLDivElement>(null);
  const clavier = (e: KeyboardEvent) => {
    const pas =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (pas === 0) return;
    e.preventDefault();
    const i = (types.indexOf(valeur) + pas + types.length) % types.length;
    const t = types[i]!;
    onChange(t);
    requestAnimationFrame(() => groupe.current?.querySelector<HTMLElement>(`[data-type="${t}"]`)?.focus());
  };
  return (
    <Box
      ref={groupe}
      role="radiogroup"
      aria-label="Type d'acte"
      onKeyDown={clavier}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}
    >
      {types.map((t) => {
        const choisi = t === valeur;
        return (
          <Chip
            key={t}
            role="radio"
            aria-checked={choisi}
            tabIndex={choisi ? 0 : -1}
            label={TYPE_ACTE_LIBELLES[t]}
            color={choisi ? 'primary' : 'default'}
            variant={choisi ? 'filled' : 'outlined'}
            onClick={() => onChange(t)}
            data-type={t}
            data-testid={`type-acte-${t}`}
          />
        );
      })}
    </Box>
  );
}

/** The interlocuteur: one of the firm's contacts, or a name typed. */
function ChampInterlocuteur({
  valeur,
  onChange,
  contacts,
  erreur,
  sx,
}: {
  valeur: string;
  onChange: (v: string) => void;
  contacts: Entreprise['contacts'];
  erreur?: string | undefined;
  sx?: object;
}) {
  return (
    <Autocomplete<string, false, false, true>
      freeSolo
      options={contacts.map((c) => c.nom)}
      inputValue={valeur}
      onInputChange={(_, v) => onChange(v)}
      renderOption={(props, nom) => {
        const { key, ...reste } = props as typeof props & { key: string };
        const fonction = contacts.find((c) => c.nom === nom)?.fonction;
        return (
          <Box component="li" key={key} {...reste} sx={{ gap: 1 }}>
            <Typography variant="body2" sx={{ flex: 1 }}>
              {nom}
            </Typography>
            {fonction ? (
              <Typography variant="caption" color="text.secondary">
                {fonction}
              </Typography>
            ) : null}
          </Box>
        );
      }}
      sx={sx}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Interlocuteur"
          placeholder={contacts.length > 0 ? 'Choisir ou taper un nom' : 'Nom de la personne'}
          error={Boolean(erreur)}
          helperText={erreur}
        />
      )}
    />
  );
}

/** Messages of a refused act by field (`date`, `note`…), the main process's ones without their `acte.` prefix. */
function messagesDuRefus(e: unknown): Record<string, string> {
  return e instanceof ErreurApi ? messagesParChamp(e.champs, 'acte') : {};
}

/**
 * The quick entry of an act at the top of a firm's page: type, date (today), interlocuteur,
 * note, and optionally a « prochaine action ». Entrée in the note (Maj+Entrée: a new line) or
 * Ctrl+Entrée anywhere saves; the type, date and interlocuteur stay and the keyboard goes back to
 * the note for the next one.
 */
export function SaisieRapideActe({
  entreprise,
  noteRef,
}: {
  entreprise: Entreprise;
  /** The note field, for the page to bring the keyboard back to it (« Noter l'acte » of a follow-up). */
  noteRef?: RefObject<HTMLTextAreaElement | null>;
}) {
  const notifier = useNotifier();
  const enregistrer = useAction('actes.enregistrer');
  const aujourdhui = aujourdhuiIso();
  const [s, setS] = useState<SaisieActe>(() => acteVide(aujourdhui));
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const propre = useRef<HTMLTextAreaElement | null>(null);
  const note = noteRef ?? propre;
  const types = typesActeSaisissables();

  const maj = (p: Partial<SaisieActe>) => {
    setS((x) => ({ ...x, ...p }));
    setErreurs((e) => sansMessages(e, Object.keys(p)));
  };

  const envoyer = () => {
    if (enregistrer.isPending) return;
    const v = verifierActe(s, aujourdhui);
    if (!v.ok) {
      setErreurs(v.erreurs);
      return;
    }
    enregistrer.mutate(
      { entrepriseId: entreprise.id, id: null, acte: v.acte },
      {
        onSuccess: () => {
          notifier(`Acte noté : ${TYPE_ACTE_LIBELLES[s.type]} du ${dateFr(v.acte.date ?? aujourdhui)}.`);
          setS((x) => ({ ...x, note: '', avecProchaineAction: false, prochaineActionLe: '', prochaineAction: '' }));
          setErreurs({});
          note.current?.focus();
        },
        onError: (e) => setErreurs(messagesDuRefus(e)),
      },
    );
  };

  const horsChamps =
    enregistrer.error instanceof ErreurApi && enregistrer.error.champs.length === 0 ? enregistrer.error.message : null;

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2 }}
      data-testid="saisie-acte"
      component="section"
      aria-label="Noter un acte"
      onKeyDownCapture={(e: KeyboardEvent) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.stopPropagation();
          envoyer();
        }
      }}
    >
      <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h2">
          Noter un acte
        </Typography>
        <ChoixTypeActe valeur={s.type} types={types} onChange={(type) => maj({ type })} />
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '150px 220px minmax(0, 1fr) auto' },
          gap: 1.5,
          alignItems: 'start',
        }}
      >
        <ChampDate
          label="Date"
          value={s.date}
          onChange={(date) => maj({ date })}
          error={Boolean(erreurs.date)}
          helperText={erreurs.date}
        />
        <ChampInterlocuteur
          valeur={s.interlocuteur}
          onChange={(interlocuteur) => maj({ interlocuteur })}
          contacts={entreprise.contacts}
          erreur={erreurs.interlocuteur}
        />
        <TextField
          label="Note"
          multiline
          minRows={1}
          maxRows={6}
          value={s.note}
          onChange={(e) => maj({ note: e.target.value })}
          inputRef={note}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
              e.preventDefault();
              envoyer();
            }
          }}
          placeholder="Ce qui a été dit, convenu, à retenir pour l’équipe"
          error={Boolean(erreurs.note)}
          helperText={erreurs.note}
          slotProps={{ htmlInput: { 'data-testid': 'note-acte' } }}
        />
        <BoutonEnvoi
          type="button"
          enCours={enregistrer.isPending}
          onClick={envoyer}
          sx={{ height: 56, whiteSpace: 'nowrap' }}
          data-testid="enregistrer-acte"
        >
          Enregistrer l’acte
        </BoutonEnvoi>
      </Box>
      <Stack
        direction="row"
        useFlexGap
        spacing={1.5}
        sx={{ alignItems: 'flex-start', mt: 1, flexWrap: 'wrap', rowGap: 1 }}
      >
        <FormControlLabel
          control={
            <Checkbox
              checked={s.avecProchaineAction}
              onChange={(e) =>
                maj({ avecProchaineAction: e.target.checked, prochaineActionLe: '', prochaineAction: '' })
              }
            />
          }
          label="Prochaine action"
          sx={{ mt: s.avecProchaineAction ? 1 : 0 }}
        />
        {s.avecProchaineAction ? (
          <>
            <ChampDate
              label="Le"
              value={s.prochaineActionLe}
              onChange={(prochaineActionLe) => maj({ prochaineActionLe })}
              error={Boolean(erreurs.prochaineActionLe)}
              helperText={erreurs.prochaineActionLe}
              sx={{ width: 150 }}
              autoFocus
            />
            <TextField
              label="À faire"
              value={s.prochaineAction}
              onChange={(e) => maj({ prochaineAction: e.target.value })}
              placeholder="ex. rappeler pour l’alternance de septembre"
              error={Boolean(erreurs.prochaineAction)}
              helperText={erreurs.prochaineAction}
              sx={{ flex: 1, minWidth: 280 }}
              slotProps={{ htmlInput: { 'data-testid': 'prochaine-action' } }}
            />
          </>
        ) : (
          <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center', flex: 1 }}>
            Une relance à prévoir avec sa date : elle apparaît dans « Prochaines actions » et dans « À faire ».
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>
          <Touche>Entrée</Touche> dans la note enregistre · <Touche>Maj+Entrée</Touche> va à la ligne
        </Typography>
      </Stack>
      {horsChamps ? (
        <Alert severity="error" sx={{ mt: 1.5 }}>
          {horsChamps}
        </Alert>
      ) : null}
    </Paper>
  );
}

/** Changes an act typed by hand (its author or direction): the same fields as the quick entry. */
export function DialogueActe({
  entreprise,
  acte,
  onFermer,
}: {
  entreprise: Entreprise;
  acte: Acte;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const enregistrer = useAction('actes.enregistrer');
  const aujourdhui = aujourdhuiIso();
  const initiale = saisieActe(acte);
  const [s, setS] = useState<SaisieActe>(initiale);
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const maj = (p: Partial<SaisieActe>) => {
    setS((x) => ({ ...x, ...p }));
    setErreurs((e) => sansMessages(e, Object.keys(p)));
  };
  const envoyer = () => {
    const v = verifierActe(s, aujourdhui);
    if (!v.ok) {
      setErreurs(v.erreurs);
      return;
    }
    enregistrer.mutate(
      { entrepriseId: entreprise.id, id: acte.id, acte: v.acte },
      {
        onSuccess: () => {
          notifier(`Acte du ${dateFr(v.acte.date ?? aujourdhui)} modifié.`);
          onFermer();
        },
        onError: (e) => setErreurs(messagesDuRefus(e)),
      },
    );
  };
  return (
    <DialogueFormulaire
      titre={`Modifier l’acte du ${dateFr(acte.date)}`}
      sousTitre={`${entreprise.nom} · noté par ${acte.auteurNom}`}
      enCours={enregistrer.isPending}
      modifie={JSON.stringify(s) !== JSON.stringify(initiale)}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi="Enregistrer"
      erreur={enregistrer.error}
      testId="dialogue-acte"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <ChoixTypeActe valeur={s.type} types={typesActeSaisissables(acte.type)} onChange={(type) => maj({ type })} />
        <Box sx={{ display: 'grid', gridTemplateColumns: '150px 1fr', gap: 2 }}>
          <ChampDate
            label="Date"
            value={s.date}
            onChange={(date) => maj({ date })}
            error={Boolean(erreurs.date)}
            helperText={erreurs.date}
          />
          <ChampInterlocuteur
            valeur={s.interlocuteur}
            onChange={(interlocuteur) => maj({ interlocuteur })}
            contacts={entreprise.contacts}
            erreur={erreurs.interlocuteur}
          />
        </Box>
        <TextField
          label="Note"
          multiline
          minRows={3}
          maxRows={10}
          autoFocus
          value={s.note}
          onChange={(e) => maj({ note: e.target.value })}
          error={Boolean(erreurs.note)}
          helperText={erreurs.note}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={s.avecProchaineAction}
              onChange={(e) => maj({ avecProchaineAction: e.target.checked })}
            />
          }
          label="Prochaine action"
        />
        {s.avecProchaineAction ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: '150px 1fr', gap: 2 }}>
            <ChampDate
              label="Le"
              value={s.prochaineActionLe}
              onChange={(prochaineActionLe) => maj({ prochaineActionLe })}
              error={Boolean(erreurs.prochaineActionLe)}
              helperText={erreurs.prochaineActionLe ?? (dateIso(s.prochaineActionLe) ? undefined : 'JJ/MM/AAAA')}
            />
            <TextField
              label="À faire"
              value={s.prochaineAction}
              onChange={(e) => maj({ prochaineAction: e.target.value })}
              error={Boolean(erreurs.prochaineAction)}
              helperText={erreurs.prochaineAction}
            />
          </Box>
        ) : null}
      </Stack>
    </DialogueFormulaire>
  );
}
