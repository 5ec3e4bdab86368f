import { useState } from 'react';
import { Box, Dialog, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import {
  contract,
  TYPE_ATELIER_LIBELLES,
  TYPES_ATELIER,
  type Atelier,
  type Theme,
  type TypeAtelier,
} from '../../../src-main/contract';
import { champErreur } from '../../api/client';
import { ChoixThemes } from '../../components/ChoixThemes';
import { useStructure } from '../../api/donnees';
import { useUtilisateur } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { dateFr, dateIso } from '../../components/dates';
import {
  ChampDate,
  ErreurFormulaire,
  erreursZod,
  Formulaire,
  ListeChoix,
  PiedDialogue,
  ProgresDialogue,
  type Erreurs,
} from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';

interface SaisieAtelier {
  type: TypeAtelier | null;
  intitule: string;
  date: string;
  heure: string;
  dureeMinutes: string;
  siteId: number | null;
  animateurId: number | null;
  capacite: string;
  themes: Theme[];
  note: string;
}

/** A number typed in a field; empty is no number (the contract then says what is expected). */
function nombre(t: string): number {
  return t.trim() === '' ? Number.NaN : Number(t.replace(',', '.'));
}

/** What the contract's messages cannot say for a list left on « nothing chosen ». */
const CHOIX_MANQUANTS = {
  siteId: "Site : choisissez où se tient l'atelier.",
  animateurId: "Animateur : choisissez qui anime l'atelier.",
} as const;

/** Programs a workshop, or changes one (`atelier`). */
export function DialogueAtelier({
  atelier,
  siteId,
  onFermer,
  onEnregistre,
}: {
  atelier?: Atelier;
  siteId: number | null;
  onFermer: () => void;
  onEnregistre: (id: number, date: string) => void;
}) {
  const notifier = useNotifier();
  const utilisateur = useUtilisateur();
  const structure = useStructure();
  // Every member of staff may lead a session; an inactive one stays shown on the workshop they led.
  const personnel = useRequete('personnel.lister', { actifsSeulement: false });
  const creer = useAction('ateliers.creer');
  const modifier = useAction('ateliers.modifier');
  const [s, setS] = useState<SaisieAtelier>(() => ({
    type: atelier?.type ?? null,
    intitule: atelier?.intitule ?? '',
    date: atelier ? dateFr(atelier.date) : '',
    heure: atelier?.heure ?? '',
    dureeMinutes: String(atelier?.dureeMinutes ?? 120),
    siteId: atelier?.siteId ?? siteId,
    animateurId: atelier?.animateurId ?? utilisateur.id,
    capacite: String(atelier?.capacite ?? 12),
    themes: atelier?.themes ?? [],
    note: atelier?.note ?? '',
  }));
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const action = atelier ? modifier : creer;
  const erreur = (champ: string) => erreurs[champ] ?? champErreur(action.error, champ);
  const maj = (p: Partial<SaisieAtelier>) => {
    setS((avant) => ({ ...avant, ...p }));
    setErreurs((e) => {
      const reste = { ...e };
      for (const k of Object.keys(p)) delete reste[k];
      return reste;
    });
  };

  const sites = (structure.data?.sites ?? []).filter((x) => x.actif || x.id === s.siteId);
  const animateurs = (personnel.data ?? [])
    .filter((p) => p.actif || p.id === s.animateurId)
    .sort((a, b) => `${a.nom} ${a.prenom}`.localeCompare(`${b.nom} ${b.prenom}`, 'fr'))
    .map((p) => ({ valeur: p.id, libelle: `${p.prenom} ${p.nom}` }));

  const envoyer = () => {
    const entree = {
      type: s.type ?? undefined,
      intitule: s.intitule,
      date: dateIso(s.date) ?? s.date,
      heure: s.heure.trim(),
      dureeMinutes: nombre(s.dureeMinutes),
      siteId: s.siteId ?? undefined,
      animateurId: s.animateurId ?? undefined,
      capacite: nombre(s.capacite),
      themes: s.themes,
      note: s.note,
    };
    // Checked here with the contract, so that every field shows its message at once.
    const verifie = contract['ateliers.creer'].input.safeParse(entree);
    if (!verifie.success) {
      const e = erreursZod(verifie.error, '');
      if (s.siteId === null) e.siteId = CHOIX_MANQUANTS.siteId;
      if (s.animateurId === null) e.animateurId = CHOIX_MANQUANTS.animateurId;
      setErreurs(e);
      return;
    }
    const saisie = verifie.data;
    const fait = (id: number, verbe: string) => {
      notifier(`Atelier « ${saisie.intitule} » ${verbe} le ${dateFr(saisie.date)} à ${saisie.heure}.`);
      onEnregistre(id, saisie.date);
    };
    if (atelier) {
      modifier.mutate({ ...saisie, id: atelier.id }, { onSuccess: (r) => fait(r.id, 'enregistré :') });
    } else {
      creer.mutate(saisie, { onSuccess: (r) => fait(r.id, 'programmé') });
    }
  };

  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-labelledby="titre-programmer">
      <Formulaire onEnvoyer={envoyer}>
        <DialogTitle id="titre-programmer">
          {atelier ? "Modifier l'atelier" : 'Programmer un atelier'}
          {atelier ? (
            <Typography variant="body2" color="text.secondary">
              {atelier.inscrits} inscrit{atelier.inscrits > 1 ? 's' : ''} : la capacité ne peut pas descendre en
              dessous.
            </Typography>
          ) : null}
        </DialogTitle>
        <ProgresDialogue enCours={action.isPending} />
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, pt: 1 }}>
            <ListeChoix
              label="Type *"
              valeur={s.type}
              onChange={(type) =>
                // The title starts as the type's name; the conseiller makes it precise.
                maj({
                  type,
                  ...(type && (s.intitule === '' || Object.values(TYPE_ATELIER_LIBELLES).includes(s.intitule))
                    ? { intitule: TYPE_ATELIER_LIBELLES[type] }
                    : {}),
                })
              }
              options={TYPES_ATELIER.map((t) => ({ valeur: t, libelle: TYPE_ATELIER_LIBELLES[t] }))}
              erreur={erreur('type')}
              sx={{ gridColumn: '1 / -1' }}
            />
            <TextField
              label="Intitulé"
              required
              value={s.intitule}
              onChange={(e) => maj({ intitule: e.target.value })}
              error={Boolean(erreur('intitule'))}
              helperText={erreur('intitule')}
              placeholder="ex. Préparer un entretien d'embauche"
              sx={{ gridColumn: '1 / -1' }}
            />
            <ChampDate
              label="Date"
              required
              value={s.date}
              onChange={(date) => maj({ date })}
              error={Boolean(erreur('date'))}
              helperText={erreur('date')}
            />
            <TextField
              label="Heure"
              required
              placeholder="HH:MM"
              value={s.heure}
              onChange={(e) => maj({ heure: e.target.value })}
              error={Boolean(erreur('heure'))}
              helperText={erreur('heure')}
            />
            <TextField
              label="Durée (min)"
              type="number"
              value={s.dureeMinutes}
              onChange={(e) => maj({ dureeMinutes: e.target.value })}
              error={Boolean(erreur('dureeMinutes'))}
              helperText={erreur('dureeMinutes')}
              slotProps={{ htmlInput: { min: 15, max: 600, step: 15 } }}
            />
            <TextField
              label="Capacité (places)"
              type="number"
              value={s.capacite}
              onChange={(e) => maj({ capacite: e.target.value })}
              error={Boolean(erreur('capacite'))}
              helperText={erreur('capacite')}
              slotProps={{ htmlInput: { min: 1, max: 500 } }}
            />
            <ListeChoix
              label="Site *"
              valeur={s.siteId}
              onChange={(siteId) => maj({ siteId })}
              options={sites.map((x) => ({ valeur: x.id, libelle: x.nom }))}
              erreur={erreur('siteId')}
            />
            <ListeChoix
              label="Animateur *"
              valeur={personnel.data ? s.animateurId : null}
              onChange={(animateurId) => maj({ animateurId })}
              options={animateurs}
              erreur={erreur('animateurId')}
            />
            <ChoixThemes
              libelle="Thèmes abordés (repris sur l'événement de chaque présent)"
              valeur={s.themes}
              onChange={(themes) => maj({ themes })}
              erreur={erreur('themes')}
            />
            <TextField
              label="Note"
              multiline
              minRows={2}
              value={s.note}
              onChange={(e) => maj({ note: e.target.value })}
              error={Boolean(erreur('note'))}
              helperText={erreur('note')}
              sx={{ gridColumn: '1 / -1' }}
            />
          </Box>
          <ErreurFormulaire erreur={action.error} horsChamps />
        </DialogContent>
        <PiedDialogue
          onAnnuler={onFermer}
          libelle={atelier ? 'Enregistrer' : "Programmer l'atelier"}
          desactive={action.isPending}
        />
      </Formulaire>
    </Dialog>
  );
}
