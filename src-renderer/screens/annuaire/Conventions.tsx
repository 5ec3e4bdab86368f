import { useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import type { Convention } from '../../../src-main/contract';
import { champErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useAction } from '../../api/hooks';
import { EnTeteTableau } from '../../components/communs';
import { dateFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { dateOptionnelle } from '../dossier/logique';
import { ActionsLigne, SectionLignes } from './elements';
import { etatConvention } from './logique';

/** A convention's state as a chip: to renew (orange), expired (red), else its term. */
export function PuceConvention({ convention: c }: { convention: Convention }) {
  const echue = c.joursRestants !== null && c.joursRestants < 0;
  return (
    <Chip
      size="small"
      color={echue ? 'error' : c.aRenouveler ? 'warning' : 'default'}
      variant={c.aRenouveler || echue ? 'filled' : 'outlined'}
      label={c.aRenouveler || echue ? `À renouveler · ${etatConvention(c)}` : etatConvention(c)}
      data-testid={c.aRenouveler ? 'convention-a-renouveler' : undefined}
    />
  );
}

/**
 * The conventions signed with the partner. Everyone sees them (the banner of conventions to renew
 * is everyone's); only the direction records, corrects and deletes them.
 */
export function SectionConventions({ partenaireId, conventions }: { partenaireId: number; conventions: Convention[] }) {
  const { peut } = useDroits();
  const gere = peut('conventions.enregistrer');
  return (
    <SectionLignes
      titre="Conventions"
      quoi="une convention"
      testIdAjout="ajouter-convention"
      peutAjouter={gere}
      vide={`Aucune convention${gere ? ' : « Ajouter » en enregistre une (objet, signature, échéance).' : '.'}`}
      elements={conventions}
      ligne={(c, onModifier) => <LigneConvention convention={c} onModifier={onModifier} />}
      dialogue={(c, onFermer) => <DialogueConvention partenaireId={partenaireId} convention={c} onFermer={onFermer} />}
    />
  );
}

function LigneConvention({ convention: c, onModifier }: { convention: Convention; onModifier: (() => void) | null }) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const supprimer = useAction('conventions.supprimer');
  return (
    <TableRow data-testid="convention" sx={{ '& td': { verticalAlign: 'top' } }}>
      <TableCell>
        <Typography sx={{ fontWeight: 600 }}>{c.objet}</Typography>
        <Typography variant="body2" color="text.secondary">
          {c.signeeLe ? `Signée le ${dateFr(c.signeeLe)}` : 'Date de signature non renseignée'}
          {c.expireLe ? ` · échéance le ${dateFr(c.expireLe)}` : ''}
        </Typography>
        <Box sx={{ mt: 0.5 }}>
          <PuceConvention convention={c} />
        </Box>
        {c.note ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
            {c.note}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', width: '1%' }}>
        <ActionsLigne
          objet={`la convention ${c.objet}`}
          onModifier={onModifier}
          suppression={
            peut('conventions.supprimer')
              ? {
                  question: 'Supprimer cette convention (saisie par erreur) ?',
                  enCours: supprimer.isPending,
                  lancer: () =>
                    supprimer.mutateAsync({ id: c.id }).then(() => notifier(`Convention « ${c.objet} » supprimée.`)),
                }
              : null
          }
        />
      </TableCell>
    </TableRow>
  );
}

interface SaisieConvention {
  objet: string;
  signeeLe: string;
  expireLe: string;
  note: string;
}

function DialogueConvention({
  partenaireId,
  convention,
  onFermer,
}: {
  partenaireId: number;
  convention: Convention | null;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const enregistrer = useAction('conventions.enregistrer');
  const [s, setS] = useState<SaisieConvention>(() => ({
    objet: convention?.objet ?? '',
    signeeLe: dateFr(convention?.signeeLe),
    expireLe: dateFr(convention?.expireLe),
    note: convention?.note ?? '',
  }));
  const [modifie, setModifie] = useState(false);
  const maj = (p: Partial<SaisieConvention>) => {
    setModifie(true);
    setS((avant) => ({ ...avant, ...p }));
  };
  const e = (champ: keyof SaisieConvention) =>
    champErreur(enregistrer.error, `convention.${champ}`) ?? champErreur(enregistrer.error, champ);
  return (
    <DialogueFormulaire
      titre={convention ? 'Modifier la convention' : 'Nouvelle convention'}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={() =>
        enregistrer.mutate(
          {
            partenaireId,
            id: convention?.id ?? null,
            convention: {
              objet: s.objet,
              signeeLe: dateOptionnelle(s.signeeLe),
              expireLe: dateOptionnelle(s.expireLe),
              note: s.note,
            },
          },
          {
            onSuccess: () => {
              notifier(`Convention « ${s.objet.trim()} » enregistrée.`);
              onFermer();
            },
          },
        )
      }
      libelleEnvoi="Enregistrer"
      erreur={enregistrer.error}
      testId="dialogue-convention"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, pt: 1 }}>
        <ChampLibre
          label="Objet"
          required
          autoFocus
          valeur={s.objet}
          onChange={(objet) => maj({ objet })}
          erreur={e('objet')}
          placeholder="ex. Accueil des jeunes en permanence santé"
          sx={{ gridColumn: '1 / -1' }}
        />
        <DateSaisie
          label="Signée le"
          valeur={s.signeeLe}
          onChange={(signeeLe) => maj({ signeeLe })}
          erreur={e('signeeLe')}
        />
        <DateSaisie
          label="Échéance"
          valeur={s.expireLe}
          onChange={(expireLe) => maj({ expireLe })}
          erreur={e('expireLe')}
          aide="Vide : sans échéance"
        />
        <ChampLibre
          label="Note"
          lignes={[2, 6]}
          valeur={s.note}
          onChange={(note) => maj({ note })}
          erreur={e('note')}
          sx={{ gridColumn: '1 / -1' }}
        />
      </Box>
    </DialogueFormulaire>
  );
}

/** The conventions expired or expiring within the notice, each opening its partner. */
export function DialogueConventionsARenouveler({
  conventions,
  preavisJours,
  onFermer,
}: {
  conventions: Convention[];
  preavisJours: number;
  onFermer: () => void;
}) {
  return (
    <Dialog
      open
      onClose={onFermer}
      maxWidth="md"
      fullWidth
      aria-labelledby="titre-conventions"
      data-testid="conventions-a-renouveler"
    >
      <DialogTitle id="titre-conventions">
        Conventions à renouveler
        <Typography variant="body2" color="text.secondary">
          Échues, ou à échéance dans les {preavisJours} jours (délai fixé dans Paramètres).
        </Typography>
      </DialogTitle>
      <DialogContent>
        <Table size="small" aria-label="Conventions à renouveler">
          <EnTeteTableau colonnes={['Partenaire', 'Objet', 'Signée le', 'Échéance']} />
          <TableBody>
            {conventions.map((c) => (
              <TableRow key={c.id}>
                <TableCell sx={{ fontWeight: 600 }}>
                  <Link href={`#/annuaire?partenaire=${c.partenaireId}`} underline="hover" onClick={onFermer}>
                    {c.partenaireNom}
                  </Link>
                </TableCell>
                <TableCell>{c.objet}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(c.signeeLe) || '—'}</TableCell>
                <TableCell>
                  <Stack direction="row">
                    <PuceConvention convention={c} />
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onFermer} autoFocus>
          Fermer
        </Button>
      </DialogActions>
    </Dialog>
  );
}
