-- Defaults on the added NOT NULL columns are written by hand: existing rows take the zod defaults.
CREATE TABLE `assessment_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`subject` text NOT NULL,
	`subject_id` text NOT NULL,
	`subject_owner` text NOT NULL,
	`network_id` text NOT NULL,
	`region` text NOT NULL,
	`submitted_at` text NOT NULL,
	`action` text NOT NULL,
	`from` text NOT NULL,
	`to` text NOT NULL,
	`comment` text,
	`assessor` text NOT NULL,
	`decided_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `assessment_decisions_owner_id_idx` ON `assessment_decisions` (`owner`,`id`);--> statement-breakpoint
CREATE INDEX `assessment_decisions_subject_idx` ON `assessment_decisions` (`subject`);--> statement-breakpoint
CREATE INDEX `assessment_decisions_subject_id_idx` ON `assessment_decisions` (`subject_id`);--> statement-breakpoint
CREATE INDEX `assessment_decisions_subject_owner_idx` ON `assessment_decisions` (`subject_owner`);--> statement-breakpoint
CREATE INDEX `assessment_decisions_network_id_idx` ON `assessment_decisions` (`network_id`);--> statement-breakpoint
CREATE INDEX `assessment_decisions_region_idx` ON `assessment_decisions` (`region`);--> statement-breakpoint
CREATE INDEX `assessment_decisions_action_idx` ON `assessment_decisions` (`action`);--> statement-breakpoint
CREATE TABLE `leaders` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text,
	`organisation_id` text NOT NULL,
	`role` text NOT NULL,
	`title` text NOT NULL,
	`since` text,
	`sex` text,
	`age_band` text,
	`ethnicity` text,
	`disability` text,
	`sexual_orientation` text,
	`religion` text
);
--> statement-breakpoint
CREATE INDEX `leaders_owner_id_idx` ON `leaders` (`owner`,`id`);--> statement-breakpoint
CREATE INDEX `leaders_organisation_id_idx` ON `leaders` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `leaders_role_idx` ON `leaders` (`role`);--> statement-breakpoint
CREATE TABLE `shared_experts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text NOT NULL,
	`organisation_id` text NOT NULL,
	`expertise` text NOT NULL,
	`shared_on` text NOT NULL,
	`expert_id` text
);
--> statement-breakpoint
CREATE INDEX `shared_experts_owner_id_idx` ON `shared_experts` (`owner`,`id`);--> statement-breakpoint
CREATE INDEX `shared_experts_organisation_id_idx` ON `shared_experts` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `shared_experts_expert_id_idx` ON `shared_experts` (`expert_id`);--> statement-breakpoint
ALTER TABLE `business_plans` ADD `priority_areas` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `business_plans` ADD `assessment` text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE `business_plans` ADD `history` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `business_plans_assessment_idx` ON `business_plans` (`assessment`);--> statement-breakpoint
ALTER TABLE `capability_assessments` ADD `dimension` text DEFAULT 'improvement' NOT NULL;--> statement-breakpoint
CREATE INDEX `capability_assessments_dimension_idx` ON `capability_assessments` (`dimension`);--> statement-breakpoint
ALTER TABLE `tokens` ADD `scope` text;