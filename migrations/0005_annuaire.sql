CREATE TABLE `convention_partenaire` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partenaire_id` integer NOT NULL,
	`objet` text NOT NULL,
	`signee_le` text,
	`expire_le` text,
	`note` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaire`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `convention_partenaire_partenaire` ON `convention_partenaire` (`partenaire_id`);--> statement-breakpoint
CREATE INDEX `convention_partenaire_echeance` ON `convention_partenaire` (`expire_le`);--> statement-breakpoint
CREATE TABLE `orientation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`partenaire_id` integer NOT NULL,
	`service_id` integer,
	`date` text NOT NULL,
	`motif` text NOT NULL,
	`transmission_diagnostic` integer DEFAULT false NOT NULL,
	`diagnostic_id` integer,
	`origine` text NOT NULL,
	`accueil_id` integer,
	`statut` text DEFAULT 'proposee' NOT NULL,
	`retour_le` text,
	`motif_refus` text,
	`commentaire` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaire`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `service_partenaire`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostic`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accueil_id`) REFERENCES `accueil`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orientation_jeune` ON `orientation` (`jeune_id`,`date`);--> statement-breakpoint
CREATE INDEX `orientation_partenaire` ON `orientation` (`partenaire_id`,`date`);--> statement-breakpoint
CREATE INDEX `orientation_statut` ON `orientation` (`statut`,`date`);--> statement-breakpoint
CREATE INDEX `orientation_accueil` ON `orientation` (`accueil_id`);--> statement-breakpoint
CREATE INDEX `orientation_diagnostic` ON `orientation` (`diagnostic_id`);--> statement-breakpoint
CREATE TABLE `partenaire` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`nom` text NOT NULL,
	`type` text NOT NULL,
	`siret` text,
	`description` text,
	`thematiques` text DEFAULT '[]' NOT NULL,
	`adresse` text,
	`complement_adresse` text,
	`code_postal` text,
	`code_insee` text,
	`commune` text,
	`latitude` real,
	`longitude` real,
	`telephone` text,
	`email` text,
	`site_web` text,
	`horaires` text,
	`accessibilite_lieu` text,
	`reseaux_porteurs` text DEFAULT '[]' NOT NULL,
	`college` text,
	`representant` text,
	`notes` text,
	`actif` integer DEFAULT true NOT NULL,
	`date_maj` text NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partenaire_source` ON `partenaire` (`source`,`source_id`);--> statement-breakpoint
CREATE INDEX `partenaire_nom` ON `partenaire` (`nom`);--> statement-breakpoint
CREATE INDEX `partenaire_commune` ON `partenaire` (`code_insee`);--> statement-breakpoint
CREATE INDEX `partenaire_siret` ON `partenaire` (`siret`);--> statement-breakpoint
CREATE TABLE `partenaire_contact` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partenaire_id` integer NOT NULL,
	`ordre` integer DEFAULT 0 NOT NULL,
	`nom` text NOT NULL,
	`fonction` text,
	`telephone` text,
	`email` text,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaire`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partenaire_contact_partenaire` ON `partenaire_contact` (`partenaire_id`,`ordre`);--> statement-breakpoint
CREATE TABLE `permanence_partenaire` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partenaire_id` integer NOT NULL,
	`site_id` integer NOT NULL,
	`jour` integer NOT NULL,
	`heure_debut` text NOT NULL,
	`heure_fin` text NOT NULL,
	`frequence` text,
	`note` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaire`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `site`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `permanence_partenaire_partenaire` ON `permanence_partenaire` (`partenaire_id`);--> statement-breakpoint
CREATE INDEX `permanence_partenaire_site` ON `permanence_partenaire` (`site_id`,`jour`);--> statement-breakpoint
CREATE TABLE `service_partenaire` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partenaire_id` integer NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`nom` text NOT NULL,
	`description` text,
	`type` text,
	`thematiques` text DEFAULT '[]' NOT NULL,
	`publics` text DEFAULT '[]' NOT NULL,
	`publics_precisions` text,
	`conditions_acces` text,
	`frais` text,
	`frais_precisions` text,
	`modes_accueil` text DEFAULT '[]' NOT NULL,
	`zone_eligibilite` text DEFAULT '[]' NOT NULL,
	`modes_mobilisation` text DEFAULT '[]' NOT NULL,
	`mobilisable_par` text DEFAULT '[]' NOT NULL,
	`mobilisation_precisions` text,
	`lien_mobilisation` text,
	`telephone` text,
	`email` text,
	`contact_nom` text,
	`horaires` text,
	`adresse` text,
	`complement_adresse` text,
	`code_postal` text,
	`code_insee` text,
	`commune` text,
	`latitude` real,
	`longitude` real,
	`volume_horaire_hebdomadaire` real,
	`nombre_semaines` integer,
	`actif` integer DEFAULT true NOT NULL,
	`date_maj` text NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaire`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_partenaire_source` ON `service_partenaire` (`source`,`source_id`);--> statement-breakpoint
CREATE INDEX `service_partenaire_partenaire` ON `service_partenaire` (`partenaire_id`);--> statement-breakpoint
-- The free-text partners of accueils and diagnostics become partners of the directory (type
-- « autre », to complete), and each of those orientations an orientation object. Those older
-- than 30 days had no follow-up recorded: « sans suite »; the recent ones stay « proposée ».
INSERT INTO `partenaire` (`source`, `source_id`, `nom`, `type`, `date_maj`, `cree_le`, `modifie_le`)
SELECT 'tremplin', lower(hex(randomblob(16))), `nom`, 'autre', date('now'),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT trim(`partenaire`) AS `nom` FROM `accueil` WHERE trim(coalesce(`partenaire`, '')) <> ''
      UNION
      SELECT trim(`partenaire`) FROM `diagnostic` WHERE trim(coalesce(`partenaire`, '')) <> '');--> statement-breakpoint
INSERT INTO `orientation` (`jeune_id`, `partenaire_id`, `date`, `motif`, `origine`, `accueil_id`, `statut`,
  `commentaire`, `cree_le`, `cree_par`, `modifie_le`, `modifie_par`)
SELECT a.`jeune_id`, p.`id`, a.`date`, coalesce(a.`commentaire`, 'Orientation donnée à l''accueil'), 'accueil', a.`id`,
       CASE WHEN a.`date` >= date('now', '-30 days') THEN 'proposee' ELSE 'sans_suite' END,
       'Reprise : orientation saisie avant l''annuaire des partenaires.', a.`cree_le`, a.`cree_par`,
       a.`modifie_le`, a.`modifie_par`
FROM `accueil` a JOIN `partenaire` p ON p.`source` = 'tremplin' AND p.`nom` = trim(a.`partenaire`)
WHERE trim(coalesce(a.`partenaire`, '')) <> '';--> statement-breakpoint
INSERT INTO `orientation` (`jeune_id`, `partenaire_id`, `date`, `motif`, `origine`, `diagnostic_id`, `statut`,
  `commentaire`, `cree_le`, `cree_par`, `modifie_le`, `modifie_par`)
SELECT d.`jeune_id`, p.`id`, coalesce(d.`conclusion_le`, d.`debut`), coalesce(d.`conclusion_note`, 'Conclusion du diagnostic'),
       'diagnostic', d.`id`,
       CASE WHEN coalesce(d.`conclusion_le`, d.`debut`) >= date('now', '-30 days') THEN 'proposee' ELSE 'sans_suite' END,
       'Reprise : orientation saisie avant l''annuaire des partenaires.', d.`cree_le`, d.`cree_par`,
       d.`modifie_le`, d.`modifie_par`
FROM `diagnostic` d JOIN `partenaire` p ON p.`source` = 'tremplin' AND p.`nom` = trim(d.`partenaire`)
WHERE d.`conclusion` = 'orientation' AND trim(coalesce(d.`partenaire`, '')) <> '';--> statement-breakpoint
ALTER TABLE `accueil` DROP COLUMN `partenaire`;--> statement-breakpoint
ALTER TABLE `diagnostic` DROP COLUMN `partenaire`;