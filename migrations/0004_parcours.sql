CREATE TABLE `jeune_fusion` (
	`absorbe_id` integer PRIMARY KEY NOT NULL,
	`conserve_id` integer NOT NULL,
	`fusionne_le` text NOT NULL,
	`fusionne_par` integer NOT NULL,
	`identite_absorbee` text NOT NULL,
	FOREIGN KEY (`conserve_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `jeune_fusion_conserve` ON `jeune_fusion` (`conserve_id`);--> statement-breakpoint
CREATE TABLE `atelier` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`intitule` text NOT NULL,
	`date` text NOT NULL,
	`heure` text NOT NULL,
	`duree_minutes` integer NOT NULL,
	`site_id` integer NOT NULL,
	`animateur_id` integer NOT NULL,
	`capacite` integer NOT NULL,
	`themes` text DEFAULT '' NOT NULL,
	`note` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`site_id`) REFERENCES `site`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`animateur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `atelier_date` ON `atelier` (`date`);--> statement-breakpoint
CREATE TABLE `atelier_participant` (
	`atelier_id` integer NOT NULL,
	`jeune_id` integer NOT NULL,
	`present` integer,
	`evenement_id` integer,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	PRIMARY KEY(`atelier_id`, `jeune_id`),
	FOREIGN KEY (`atelier_id`) REFERENCES `atelier`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evenement_id`) REFERENCES `evenement`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `atelier_participant_jeune` ON `atelier_participant` (`jeune_id`);--> statement-breakpoint
CREATE INDEX `atelier_participant_evenement` ON `atelier_participant` (`evenement_id`);--> statement-breakpoint
CREATE TABLE `diagnostic` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`conseiller_id` integer NOT NULL,
	`debut` text NOT NULL,
	`conclusion` text,
	`conclusion_le` text,
	`type_parcours_propose` text,
	`partenaire` text,
	`conclusion_note` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`conseiller_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`type_parcours_propose`) REFERENCES `type_parcours`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `diagnostic_jeune` ON `diagnostic` (`jeune_id`,`debut`);--> statement-breakpoint
CREATE TABLE `diagnostic_dimension` (
	`diagnostic_id` integer NOT NULL,
	`dimension` text NOT NULL,
	`situation` text,
	`frein` integer DEFAULT false NOT NULL,
	`freins` text,
	`note` text,
	PRIMARY KEY(`diagnostic_id`, `dimension`),
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostic`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `diagnostic_entretien` (
	`diagnostic_id` integer NOT NULL,
	`date` text NOT NULL,
	PRIMARY KEY(`diagnostic_id`, `date`),
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostic`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `evenement` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`date` text NOT NULL,
	`type` text NOT NULL,
	`modalite` text NOT NULL,
	`themes` text DEFAULT '' NOT NULL,
	`duree_minutes` integer,
	`note` text,
	`auteur_id` integer NOT NULL,
	`proposition_nature` text,
	`proposition_intitule` text,
	`proposition_resultat` text,
	`atelier_id` integer,
	`diagnostic_id` integer,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auteur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`atelier_id`) REFERENCES `atelier`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostic`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evenement_jeune_date` ON `evenement` (`jeune_id`,`date`);--> statement-breakpoint
CREATE INDEX `evenement_date` ON `evenement` (`date`);--> statement-breakpoint
CREATE INDEX `evenement_auteur_date` ON `evenement` (`auteur_id`,`date`);--> statement-breakpoint
CREATE TABLE `parcours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`type_code` text NOT NULL,
	`signature_date` text,
	`debut` text NOT NULL,
	`fin_prevue` text NOT NULL,
	`fin_reelle` text,
	`referent_id` integer NOT NULL,
	`objectifs` text,
	`motif_sortie` text,
	`sortie_commentaire` text,
	`diagnostic_id` integer,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`type_code`) REFERENCES `type_parcours`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referent_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostic`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `parcours_jeune` ON `parcours` (`jeune_id`,`debut`);--> statement-breakpoint
CREATE INDEX `parcours_debut` ON `parcours` (`debut`);--> statement-breakpoint
CREATE INDEX `parcours_fin_reelle` ON `parcours` (`fin_reelle`);--> statement-breakpoint
CREATE INDEX `parcours_referent` ON `parcours` (`referent_id`,`fin_reelle`);--> statement-breakpoint
CREATE TABLE `parcours_heures` (
	`parcours_id` integer NOT NULL,
	`mois` text NOT NULL,
	`heures_hebdo` real NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	PRIMARY KEY(`parcours_id`, `mois`),
	FOREIGN KEY (`parcours_id`) REFERENCES `parcours`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sequence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`parcours_id` integer NOT NULL,
	`ordre` integer NOT NULL,
	`type` text NOT NULL,
	`debut` text NOT NULL,
	`fin` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`parcours_id`) REFERENCES `parcours`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sequence_parcours_ordre` ON `sequence` (`parcours_id`,`ordre`);--> statement-breakpoint
CREATE TABLE `situation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`type` text NOT NULL,
	`sous_type` text,
	`debut` text NOT NULL,
	`fin_prevue` text,
	`fin_reelle` text,
	`organisme` text,
	`intitule` text,
	`commentaire` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `situation_jeune` ON `situation` (`jeune_id`,`debut`);--> statement-breakpoint
CREATE INDEX `situation_debut` ON `situation` (`debut`,`type`);--> statement-breakpoint
CREATE TABLE `type_parcours` (
	`code` text PRIMARY KEY NOT NULL,
	`libelle` text NOT NULL,
	`duree_max_mois` integer NOT NULL,
	`heures_hebdo_min` integer,
	`heures_hebdo_max` integer,
	`historique` integer DEFAULT false NOT NULL,
	`actif` integer DEFAULT true NOT NULL,
	`ordre` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX `rendez_vous_jeune`;--> statement-breakpoint
CREATE INDEX `rendez_vous_jeune` ON `rendez_vous` (`jeune_id`,`date`,`heure`);--> statement-breakpoint
ALTER TABLE `jeune` ADD `adresse` text;--> statement-breakpoint
ALTER TABLE `jeune` ADD `qpv` integer;--> statement-breakpoint
ALTER TABLE `jeune` ADD `niveau` text;--> statement-breakpoint
ALTER TABLE `jeune` ADD `diplome` text;--> statement-breakpoint
ALTER TABLE `jeune` ADD `situation_premier_accueil` text;--> statement-breakpoint
ALTER TABLE `jeune` ADD `logement` text;--> statement-breakpoint
ALTER TABLE `jeune` ADD `ressources` text;--> statement-breakpoint
ALTER TABLE `jeune` ADD `permis_b` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `jeune` ADD `vehicule` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `jeune` ADD `inscrit_france_travail` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `jeune` ADD `identifiant_france_travail` text;--> statement-breakpoint
ALTER TABLE `jeune` ADD `ase` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `jeune` ADD `rsa` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `jeune` ADD `information_donnees_le` text;--> statement-breakpoint
ALTER TABLE `jeune` ADD `consentement_transmission_le` text;--> statement-breakpoint
CREATE INDEX `jeune_referent` ON `jeune` (`conseiller_referent_id`,`dernier_contact_date`);--> statement-breakpoint
-- The parcours types in force and the historical ones (TYPES_PARCOURS_PAR_DEFAUT), editable afterwards.
INSERT INTO `type_parcours` (`code`, `libelle`, `duree_max_mois`, `heures_hebdo_min`, `heures_hebdo_max`, `historique`, `ordre`) VALUES
  ('contrat_engagement', 'Contrat d''engagement (loi plein emploi)', 24, NULL, NULL, 0, 1),
  ('cej', 'Contrat d''engagement jeune (CEJ)', 12, 15, 20, 0, 2),
  ('pacea', 'PACEA', 24, NULL, NULL, 0, 3),
  ('garantie_jeunes', 'Garantie jeunes', 18, NULL, NULL, 1, 4),
  ('civis', 'CIVIS', 24, NULL, NULL, 1, 5);
