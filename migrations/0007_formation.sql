CREATE TABLE `action_formation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`intitule` text NOT NULL,
	`programme` text NOT NULL,
	`financeur` text NOT NULL,
	`organisme_id` integer NOT NULL,
	`type_formation` text NOT NULL,
	`domaine` text NOT NULL,
	`certification` text,
	`lieu` text,
	`code_insee` text,
	`commune` text,
	`debut` text NOT NULL,
	`fin` text NOT NULL,
	`places` integer NOT NULL,
	`prerequis` text,
	`niveau_minimum` text,
	`age_minimum` integer,
	`age_maximum` integer,
	`description` text,
	`referent_id` integer,
	`statut` text DEFAULT 'programmee' NOT NULL,
	`reference` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`organisme_id`) REFERENCES `partenaire`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referent_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_formation_reference` ON `action_formation` (`reference`);--> statement-breakpoint
CREATE INDEX `action_formation_debut` ON `action_formation` (`debut`);--> statement-breakpoint
CREATE INDEX `action_formation_statut` ON `action_formation` (`statut`,`debut`);--> statement-breakpoint
CREATE INDEX `action_formation_referent` ON `action_formation` (`referent_id`);--> statement-breakpoint
CREATE INDEX `action_formation_organisme` ON `action_formation` (`organisme_id`);--> statement-breakpoint
CREATE TABLE `besoin_formation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`date` text NOT NULL,
	`domaine` text NOT NULL,
	`objet` text NOT NULL,
	`code_rome` text,
	`raison` text NOT NULL,
	`action_id` integer,
	`commentaire` text,
	`auteur_id` integer NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`action_id`) REFERENCES `action_formation`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`auteur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `besoin_formation_jeune` ON `besoin_formation` (`jeune_id`,`date`);--> statement-breakpoint
CREATE INDEX `besoin_formation_date` ON `besoin_formation` (`date`,`domaine`);--> statement-breakpoint
CREATE INDEX `besoin_formation_action` ON `besoin_formation` (`action_id`);--> statement-breakpoint
CREATE TABLE `bilan_action` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`chiffres` text NOT NULL,
	`points_forts` text,
	`difficultes` text,
	`note` text,
	`auteur_id` integer NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`action_id`) REFERENCES `action_formation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`auteur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bilan_action_action` ON `bilan_action` (`action_id`,`date`);--> statement-breakpoint
CREATE TABLE `commission_entree` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`date` text NOT NULL,
	`participants` text,
	`note` text,
	`auteur_id` integer NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`action_id`) REFERENCES `action_formation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auteur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commission_entree_action` ON `commission_entree` (`action_id`,`date`);--> statement-breakpoint
CREATE TABLE `decision_commission` (
	`commission_id` integer NOT NULL,
	`positionnement_id` integer NOT NULL,
	`decision` text NOT NULL,
	`motif_non_retenu` text,
	`commentaire` text,
	PRIMARY KEY(`commission_id`, `positionnement_id`),
	FOREIGN KEY (`commission_id`) REFERENCES `commission_entree`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`positionnement_id`) REFERENCES `positionnement`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decision_commission_positionnement` ON `decision_commission` (`positionnement_id`);--> statement-breakpoint
CREATE TABLE `etape_positionnement` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`positionnement_id` integer NOT NULL,
	`statut` text NOT NULL,
	`date` text NOT NULL,
	`motif_non_retenu` text,
	`commentaire` text,
	`commission_id` integer,
	`le` text NOT NULL,
	`par` integer,
	FOREIGN KEY (`positionnement_id`) REFERENCES `positionnement`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`commission_id`) REFERENCES `commission_entree`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`par`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `etape_positionnement_positionnement` ON `etape_positionnement` (`positionnement_id`,`id`);--> statement-breakpoint
CREATE INDEX `etape_positionnement_date` ON `etape_positionnement` (`statut`,`date`);--> statement-breakpoint
CREATE INDEX `etape_positionnement_commission` ON `etape_positionnement` (`commission_id`);--> statement-breakpoint
CREATE TABLE `positionnement` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`jeune_id` integer NOT NULL,
	`date` text NOT NULL,
	`statut` text DEFAULT 'propose' NOT NULL,
	`statut_le` text NOT NULL,
	`motif_non_retenu` text,
	`certification_obtenue` integer,
	`commentaire` text,
	`situation_id` integer,
	`bilan_le` text,
	`bilan_apports` text,
	`bilan_suite` text,
	`auteur_id` integer NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`action_id`) REFERENCES `action_formation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`situation_id`) REFERENCES `situation`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`auteur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `positionnement_action_jeune` ON `positionnement` (`action_id`,`jeune_id`);--> statement-breakpoint
CREATE INDEX `positionnement_jeune` ON `positionnement` (`jeune_id`,`date`);--> statement-breakpoint
CREATE INDEX `positionnement_statut` ON `positionnement` (`action_id`,`statut`);--> statement-breakpoint
CREATE INDEX `positionnement_situation` ON `positionnement` (`situation_id`);