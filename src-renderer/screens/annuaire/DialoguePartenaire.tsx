import { Box, FormControlLabel, Switch } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  COLLEGE_LIBELLES,
  COLLEGES,
  partenaireSaisieSchema,
  TYPE_PARTENAIRE_LIBELLES,
  TYPES_PARTENAIRE,
  type Partenaire,
  type PartenaireSaisie,
} from '../../../src-main/contract';
import type { ErreurApi } from '../../api/client';
import { useAction } from '../../api/hooks';
import { ChoixThematiques } from '../../components/ChoixThematiques';
import { AlerteConflit, ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChoixCommune } from './ChoixCommune';
import { EditeurContacts, MessagesHorsChamps, TitreSection, useBrouillon } from './elements';
import { entreePartenaire, saisiePartenaire } from './logique';

const TEST_ID = 'dialogue-partenaire';
const CHAMPS = Object.keys(saisiePartenaire());
const NOMS_CONTACT = {
  titre: 'Contacts',
  ce: 'ce contact',
  le: 'le contact',
  un: 'un contact',
  vide: 'Aucun contact : les personnes à joindre chez le partenaire, avec leur fonction.',
};

/**
 * Adds a partner (`partenaire` null) or changes one. The partner shown is the one read now: if
 * someone saves it meanwhile, what is typed here stays, and « Reprendre mes modifications sur la
 * version à jour » lays the fields changed here over theirs.
 */
export function DialoguePartenaire({
  partenaire,
  onFermer,
  onEnregistre,
}: {
  partenaire: Partenaire | null;
  onFermer: () => void;
  onEnregistre: (id: number) => void;
}) {
  const notifier = useNotifier();
  const client = useQueryClient();
  const creer = useAction('partenaires.creer');
  const modifier = useAction('partenaires.modifier');
  const action = partenaire ? modifier : creer;
  const aJour = saisiePartenaire(partenaire);
  const brouillon = useBrouillon(aJour, partenaire?.modifieLe ?? '', TEST_ID);
  const { saisie: s, maj, e, texte, messages, modifies, enConflit } = brouillon;
  const reprendre = () => {
    action.reset();
    brouillon.reprendre();
  };

  const envoyer = () => {
    if (enConflit) return;
    // Checked here with the contract, so that every field shows its message at once.
    const verifie = partenaireSaisieSchema.safeParse(entreePartenaire(s));
    if (!verifie.success) {
      messages.refusDeLaPage(verifie.error);
      return;
    }
    const donnees: PartenaireSaisie = verifie.data;
    const refus = (err: ErreurApi) => {
      messages.refusDuServeur(err, 'partenaire');
      // Someone saved meanwhile: their version is read again, and what was typed here stays.
      if (err.code === 'conflit') void client.invalidateQueries({ queryKey: ['partenaires.lire'] });
    };
    if (partenaire) {
      modifier.mutate(
        { id: partenaire.id, modifieLeLu: brouillon.modifieLeLu, partenaire: donnees },
        {
          onSuccess: (r) => {
            notifier(`Fiche de « ${verifie.data.nom} » enregistrée.`);
            onEnregistre(r.id);
          },
          onError: refus,
        },
      );
    } else {
      creer.mutate(donnees, {
        onSuccess: (r) => {
          notifier(`« ${verifie.data.nom} » ajouté à l'annuaire.`);
          onEnregistre(r.id);
        },
        onError: refus,
      });
    }
  };

  const erreurAffichee = enConflit && action.error?.code === 'conflit' ? null : action.error;

  return (
    <DialogueFormulaire
      titre={partenaire ? `Modifier « ${partenaire.nom} »` : 'Nouveau partenaire'}
      sousTitre={
        partenaire && partenaire.source !== 'tremplin'
          ? `Fiche reprise de data·inclusion (source « ${partenaire.source} ») : un nouvel import peut la mettre à jour.`
          : undefined
      }
      enCours={action.isPending}
      modifie={modifies.length > 0}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi={partenaire ? 'Enregistrer' : 'Ajouter le partenaire'}
      erreur={erreurAffichee}
      maxWidth="md"
      testId={TEST_ID}
    >
      {enConflit && partenaire ? (
        <AlerteConflit
          quoi="cette fiche"
          modifieLe={partenaire.modifieLe}
          champsModifies={modifies.length}
          onReprendre={reprendre}
          testId="partenaire-conflit"
        />
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <TitreSection>Identité</TitreSection>
        {texte('nom', 'Nom', { required: true, autoFocus: true, sx: { gridColumn: '1 / -1' } })}
        <ListeChoix
          label="Type *"
          valeur={s.type}
          onChange={(type) => maj({ type })}
          options={TYPES_PARTENAIRE.map((t) => ({ valeur: t, libelle: TYPE_PARTENAIRE_LIBELLES[t] }))}
          erreur={e('type')}
        />
        {texte('siret', 'SIRET', {
          aide: '14 chiffres, si vous le connaissez',
          slotProps: { htmlInput: { inputMode: 'numeric' } },
        })}
        {texte('description', 'Description', { lignes: [2, 6], sx: { gridColumn: '1 / -1' } })}
        <ChoixThematiques
          libelle="Thématiques"
          valeur={s.thematiques}
          onChange={(thematiques) => maj({ thematiques })}
          erreur={e('thematiques')}
          aide="Ce que fait le partenaire ; chaque service a aussi les siennes."
          sx={{ gridColumn: '1 / -1' }}
        />
        {partenaire ? (
          <FormControlLabel
            sx={{ gridColumn: '1 / -1' }}
            control={<Switch checked={s.actif} onChange={(ev) => maj({ actif: ev.target.checked })} />}
            label={
              s.actif
                ? 'Actif : proposé dans les recherches et les orientations'
                : 'Inactif : gardé pour l’historique, plus proposé'
            }
          />
        ) : null}

        <TitreSection>Coordonnées</TitreSection>
        {texte('adresse', 'Adresse', { sx: { gridColumn: '1 / -1' } })}
        {texte('complementAdresse', "Complément d'adresse", { sx: { gridColumn: '1 / -1' } })}
        <ChoixCommune
          label="Commune"
          valeur={s.codeInsee}
          onChange={(codeInsee, commune) =>
            maj({
              codeInsee,
              ...(commune ? { commune: commune.nom, codePostal: commune.codePostal ?? s.codePostal } : {}),
            })
          }
          erreur={e('codeInsee')}
          aide="Une commune du territoire, ou le code INSEE d'une autre"
        />
        <Box sx={{ display: 'grid', gridTemplateColumns: '120px 1fr', gap: 2 }}>
          {texte('codePostal', 'Code postal', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
          {texte('commune', 'Nom de la commune')}
        </Box>
        {texte('telephone', 'Téléphone')}
        {texte('email', 'E-mail')}
        {texte('siteWeb', 'Site web', { placeholder: 'https://', sx: { gridColumn: '1 / -1' } })}
        {texte('horaires', "Horaires d'ouverture", {
          placeholder: 'ex. lun.-ven. 9h-12h, 14h-17h',
          sx: { gridColumn: '1 / -1' },
        })}

        <EditeurContacts
          contacts={s.contacts}
          modifier={(f, champs) => brouillon.modifier((x) => ({ ...x, contacts: f(x.contacts) }), champs)}
          erreur={e}
          noms={NOMS_CONTACT}
          testId="contacts-partenaire"
        />

        <TitreSection>Conseil d'administration</TitreSection>
        <ListeChoix
          label="Collège"
          valeur={s.college}
          onChange={(college) => maj({ college })}
          options={COLLEGES.map((c) => ({ valeur: c, libelle: COLLEGE_LIBELLES[c] }))}
          vide="Pas de siège au conseil"
          erreur={e('college')}
        />
        {texte('representant', 'Représentant au conseil', { disabled: s.college === null && s.representant === '' })}

        <TitreSection>Notes</TitreSection>
        {texte('notes', 'Notes', {
          lignes: [3, 10],
          sx: { gridColumn: '1 / -1' },
          aide: 'Pour l’équipe : comment les joindre au mieux, délais de réponse… (pas de données sur les jeunes)',
        })}
      </Box>
      <MessagesHorsChamps messages={messages.messages} champs={CHAMPS} />
    </DialogueFormulaire>
  );
}
