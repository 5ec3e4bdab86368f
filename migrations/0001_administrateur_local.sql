-- The local administrator acts on this workstation until staff accounts and login exist.
-- Its id (1) is relied upon by src-main/services/installation (ADMINISTRATEUR_LOCAL_ID).
INSERT INTO `utilisateur` (`id`, `identifiant`, `prenom`, `nom`, `email`, `site_id`, `actif`, `cree_le`, `cree_par`, `modifie_le`, `modifie_par`)
VALUES (1, 'admin', 'Administrateur', 'local', NULL, NULL, 1, '1970-01-01T00:00:00.000Z', NULL, '1970-01-01T00:00:00.000Z', NULL);
--> statement-breakpoint
INSERT INTO `utilisateur_role` (`utilisateur_id`, `role`) VALUES (1, 'administrateur');
