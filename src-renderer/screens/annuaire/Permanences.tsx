import { useState } from 'react';
import { Box, TableCell, TableRow, Typography } from '@mui/material';
import { JOUR_LIBELLES, JOURS_SEMAINE, type Permanence } from '../../../src-main/contract';
import { champErreur } from '../../api/client';
import { useStructure } from '../../api/donnees';
import { useDroits } from '../../api/droits';
import { useAction } from '../../api/hooks';
import { ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre } from '../dossier/elements';
import { ActionsLigne, SectionLignes, useFocusListe } from './elements';

/** « Mardi 14:00 – 17:00 » */
function creneau(p: Permanence): string {
  return `${JOUR_LIBELLES[p.jour] ?? ''} ${p.heureDebut} – ${p.heureFin}`;
}

/** The permanences the partner holds in the ML's sites, in the week's order. */
export function SectionPermanences({ partenaireId, permanences }: { partenaireId: number; permanences: Permanence[] }) {
  const { peut } = useDroits();
  return (
    <SectionLignes
      titre="Permanences à la Mission Locale"
      quoi="une permanence"
      testIdAjout="ajouter-permanence"
      peutAjouter={peut('permanences.enregistrer')}
      vide="Aucune permanence dans nos sites."
      elements={[...permanences].sort((a, b) => a.jour - b.jour || a.heureDebut.localeCompare(b.heureDebut))}
      ligne={(p, onModifier) => <LignePermanence permanence={p} onModifier={onModifier} />}
      dialogue={(p, onFermer) => <DialoguePermanence partenaireId={partenaireId} permanence={p} onFermer={onFermer} />}
    />
  );
}

function LignePermanence({ permanence: p, onModifier }: { permanence: Permanence; onModifier: (() => void) | null }) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const supprimer = useAction('permanences.supprimer');
  return (
    <TableRow data-testid="permanence" sx={{ '& td': { verticalAlign: 'top' } }}>
      <TableCell>
        <Typography sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{creneau(p)}</Typography>
        <Typography variant="body2" color="text.secondary">
          {[p.siteNom, p.frequence].filter(Boolean).join(' · ')}
        </Typography>
        {p.note ? (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
            {p.note}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', width: '1%' }}>
        <ActionsLigne
          objet={`la permanence du ${creneau(p)}`}
          onModifier={onModifier}
          suppression={
            peut('permanences.supprimer')
              ? {
                  verbe: 'Retirer',
                  question: 'Retirer cette permanence ?',
                  enCours: supprimer.isPending,
                  lancer: () =>
                    supprimer
                      .mutateAsync({ id: p.id })
                      .then(() => notifier(`Permanence du ${creneau(p).toLowerCase()} retirée.`)),
                }
              : null
          }
        />
      </TableCell>
    </TableRow>
  );
}

interface SaisiePermanence {
  siteId: number | null;
  jour: number | null;
  heureDebut: string;
  heureFin: string;
  frequence: string;
  note: string;
}

/** What the contract cannot say of a list left on « nothing chosen ». */
const CHOIX_MANQUANTS = {
  siteId: 'Site : choisissez où se tient la permanence.',
  jour: 'Jour : choisissez le jour de la semaine.',
} as const;

function DialoguePermanence({
  partenaireId,
  permanence,
  onFermer,
}: {
  partenaireId: number;
  permanence: Permanence | null;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const structure = useStructure();
  const enregistrer = useAction('permanences.enregistrer');
  const [s, setS] = useState<SaisiePermanence>(() => ({
    siteId: permanence?.siteId ?? null,
    jour: permanence?.jour ?? null,
    heureDebut: permanence?.heureDebut ?? '',
    heureFin: permanence?.heureFin ?? '',
    frequence: permanence?.frequence ?? 'Chaque semaine',
    note: permanence?.note ?? '',
  }));
  const [modifie, setModifie] = useState(false);
  const [manques, setManques] = useState<Partial<Record<keyof typeof CHOIX_MANQUANTS, string>>>({});
  const maj = (p: Partial<SaisiePermanence>) => {
    setModifie(true);
    setS((avant) => ({ ...avant, ...p }));
    setManques((m) => {
      const reste = { ...m };
      for (const k of Object.keys(p)) delete reste[k as keyof typeof CHOIX_MANQUANTS];
      return reste;
    });
  };
  const e = (champ: keyof SaisiePermanence) =>
    (champ in manques ? manques[champ as keyof typeof CHOIX_MANQUANTS] : undefined) ??
    champErreur(enregistrer.error, `permanence.${champ}`) ??
    champErreur(enregistrer.error, champ);
  const sites = (structure.data?.sites ?? []).filter((x) => x.actif || x.id === s.siteId);
  const premier = useFocusListe();

  return (
    <DialogueFormulaire
      titre={permanence ? 'Modifier la permanence' : 'Nouvelle permanence'}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={() => {
        if (s.siteId === null || s.jour === null) {
          setManques({
            ...(s.siteId === null ? { siteId: CHOIX_MANQUANTS.siteId } : {}),
            ...(s.jour === null ? { jour: CHOIX_MANQUANTS.jour } : {}),
          });
          return;
        }
        enregistrer.mutate(
          {
            partenaireId,
            id: permanence?.id ?? null,
            permanence: {
              siteId: s.siteId,
              jour: s.jour as (typeof JOURS_SEMAINE)[number],
              heureDebut: s.heureDebut.trim(),
              heureFin: s.heureFin.trim(),
              frequence: s.frequence,
              note: s.note,
            },
          },
          {
            onSuccess: () => {
              notifier('Permanence enregistrée.');
              onFermer();
            },
          },
        );
      }}
      libelleEnvoi="Enregistrer"
      erreur={enregistrer.error}
      testId="dialogue-permanence"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, pt: 1 }}>
        <ListeChoix
          label="Site *"
          valeur={s.siteId}
          onChange={(siteId) => maj({ siteId })}
          options={sites.map((x) => ({ valeur: x.id, libelle: x.nom }))}
          erreur={e('siteId')}
          inputRef={premier}
        />
        <ListeChoix
          label="Jour *"
          valeur={s.jour}
          onChange={(jour) => maj({ jour })}
          options={JOURS_SEMAINE.map((j) => ({ valeur: j, libelle: JOUR_LIBELLES[j] ?? String(j) }))}
          erreur={e('jour')}
        />
        <ChampLibre
          label="De"
          required
          placeholder="HH:MM"
          valeur={s.heureDebut}
          onChange={(heureDebut) => maj({ heureDebut })}
          erreur={e('heureDebut')}
        />
        <ChampLibre
          label="À"
          required
          placeholder="HH:MM"
          valeur={s.heureFin}
          onChange={(heureFin) => maj({ heureFin })}
          erreur={e('heureFin')}
        />
        <ChampLibre
          label="Fréquence"
          valeur={s.frequence}
          onChange={(frequence) => maj({ frequence })}
          erreur={e('frequence')}
          placeholder="ex. 1er et 3e mardis du mois"
          sx={{ gridColumn: '1 / -1' }}
        />
        <ChampLibre
          label="Note"
          lignes={[2, 5]}
          valeur={s.note}
          onChange={(note) => maj({ note })}
          erreur={e('note')}
          sx={{ gridColumn: '1 / -1' }}
        />
      </Box>
    </DialogueFormulaire>
  );
}
