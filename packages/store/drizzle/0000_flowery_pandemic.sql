CREATE TABLE `accountability_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`from_kind` text NOT NULL,
	`from_id` text NOT NULL,
	`to_kind` text NOT NULL,
	`to_id` text NOT NULL,
	`nature` text NOT NULL,
	`reference` text
);
--> statement-breakpoint
CREATE INDEX `accountability_lines_owner_idx` ON `accountability_lines` (`owner`);--> statement-breakpoint
CREATE INDEX `accountability_lines_from_id_idx` ON `accountability_lines` (`from_id`);--> statement-breakpoint
CREATE INDEX `accountability_lines_to_id_idx` ON `accountability_lines` (`to_id`);--> statement-breakpoint
CREATE INDEX `accountability_lines_nature_idx` ON `accountability_lines` (`nature`);--> statement-breakpoint
CREATE TABLE `alignment_links` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`source_kind` text NOT NULL,
	`source_id` text NOT NULL,
	`priority_id` text NOT NULL,
	`strength` text NOT NULL,
	`rationale` text
);
--> statement-breakpoint
CREATE INDEX `alignment_links_owner_idx` ON `alignment_links` (`owner`);--> statement-breakpoint
CREATE INDEX `alignment_links_source_kind_idx` ON `alignment_links` (`source_kind`);--> statement-breakpoint
CREATE INDEX `alignment_links_source_id_idx` ON `alignment_links` (`source_id`);--> statement-breakpoint
CREATE INDEX `alignment_links_priority_id_idx` ON `alignment_links` (`priority_id`);--> statement-breakpoint
CREATE TABLE `assurance_returns` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`network_id` text NOT NULL,
	`period` text NOT NULL,
	`overall_rag` text,
	`deliverables` text NOT NULL,
	`metrics` text NOT NULL,
	`status` text NOT NULL,
	`history` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `assurance_returns_owner_idx` ON `assurance_returns` (`owner`);--> statement-breakpoint
CREATE INDEX `assurance_returns_network_id_idx` ON `assurance_returns` (`network_id`);--> statement-breakpoint
CREATE INDEX `assurance_returns_period_idx` ON `assurance_returns` (`period`);--> statement-breakpoint
CREATE INDEX `assurance_returns_status_idx` ON `assurance_returns` (`status`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`actor_role` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`record_id` text,
	`version` integer,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_record_idx` ON `audit_log` (`entity`,`record_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `board_members` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`board_id` text NOT NULL,
	`person_ref` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`represents_body_id` text,
	`represents_organisation_id` text,
	`role` text NOT NULL,
	`start_date` text,
	`end_date` text
);
--> statement-breakpoint
CREATE INDEX `board_members_owner_idx` ON `board_members` (`owner`);--> statement-breakpoint
CREATE INDEX `board_members_board_id_idx` ON `board_members` (`board_id`);--> statement-breakpoint
CREATE INDEX `board_members_person_ref_idx` ON `board_members` (`person_ref`);--> statement-breakpoint
CREATE INDEX `board_members_represents_body_id_idx` ON `board_members` (`represents_body_id`);--> statement-breakpoint
CREATE INDEX `board_members_role_idx` ON `board_members` (`role`);--> statement-breakpoint
CREATE TABLE `business_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`network_id` text NOT NULL,
	`year` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`deliverables` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `business_plans_owner_idx` ON `business_plans` (`owner`);--> statement-breakpoint
CREATE INDEX `business_plans_network_id_idx` ON `business_plans` (`network_id`);--> statement-breakpoint
CREATE INDEX `business_plans_year_idx` ON `business_plans` (`year`);--> statement-breakpoint
CREATE INDEX `business_plans_status_idx` ON `business_plans` (`status`);--> statement-breakpoint
CREATE TABLE `change_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`record_id` text NOT NULL,
	`version` integer NOT NULL,
	`op` text NOT NULL,
	`owner` text NOT NULL,
	`payload` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_log_record_idx` ON `change_log` (`entity`,`record_id`);--> statement-breakpoint
CREATE TABLE `finance_allocations` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`body_key` text NOT NULL,
	`body_name` text NOT NULL,
	`body_id` text,
	`year` text NOT NULL,
	`category` text NOT NULL,
	`amount_gbp_thousands` real NOT NULL,
	`wte_planned` real,
	`wte_actual` real,
	`source` text
);
--> statement-breakpoint
CREATE INDEX `finance_allocations_owner_idx` ON `finance_allocations` (`owner`);--> statement-breakpoint
CREATE INDEX `finance_allocations_body_key_idx` ON `finance_allocations` (`body_key`);--> statement-breakpoint
CREATE INDEX `finance_allocations_year_idx` ON `finance_allocations` (`year`);--> statement-breakpoint
CREATE INDEX `finance_allocations_category_idx` ON `finance_allocations` (`category`);--> statement-breakpoint
CREATE TABLE `geographies` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text
);
--> statement-breakpoint
CREATE INDEX `geographies_owner_idx` ON `geographies` (`owner`);--> statement-breakpoint
CREATE INDEX `geographies_kind_idx` ON `geographies` (`kind`);--> statement-breakpoint
CREATE INDEX `geographies_key_idx` ON `geographies` (`key`);--> statement-breakpoint
CREATE INDEX `geographies_parent_id_idx` ON `geographies` (`parent_id`);--> statement-breakpoint
CREATE TABLE `governing_boards` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`chair_body_id` text
);
--> statement-breakpoint
CREATE INDEX `governing_boards_owner_idx` ON `governing_boards` (`owner`);--> statement-breakpoint
CREATE INDEX `governing_boards_kind_idx` ON `governing_boards` (`kind`);--> statement-breakpoint
CREATE TABLE `local_delivery_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`network_id` text NOT NULL,
	`title` text NOT NULL,
	`year` text NOT NULL,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `local_delivery_plans_owner_idx` ON `local_delivery_plans` (`owner`);--> statement-breakpoint
CREATE INDEX `local_delivery_plans_network_id_idx` ON `local_delivery_plans` (`network_id`);--> statement-breakpoint
CREATE INDEX `local_delivery_plans_year_idx` ON `local_delivery_plans` (`year`);--> statement-breakpoint
CREATE INDEX `local_delivery_plans_status_idx` ON `local_delivery_plans` (`status`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`organisation_id` text NOT NULL,
	`network_id` text NOT NULL,
	`tier` text NOT NULL,
	`subscription_gbp` real,
	`since` text,
	`until` text
);
--> statement-breakpoint
CREATE INDEX `memberships_owner_idx` ON `memberships` (`owner`);--> statement-breakpoint
CREATE INDEX `memberships_organisation_id_idx` ON `memberships` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `memberships_network_id_idx` ON `memberships` (`network_id`);--> statement-breakpoint
CREATE INDEX `memberships_tier_idx` ON `memberships` (`tier`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `national_bodies` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `national_bodies_owner_idx` ON `national_bodies` (`owner`);--> statement-breakpoint
CREATE INDEX `national_bodies_kind_idx` ON `national_bodies` (`kind`);--> statement-breakpoint
CREATE INDEX `national_bodies_key_idx` ON `national_bodies` (`key`);--> statement-breakpoint
CREATE TABLE `national_strategies` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `national_strategies_owner_idx` ON `national_strategies` (`owner`);--> statement-breakpoint
CREATE INDEX `national_strategies_kind_idx` ON `national_strategies` (`kind`);--> statement-breakpoint
CREATE INDEX `national_strategies_status_idx` ON `national_strategies` (`status`);--> statement-breakpoint
CREATE TABLE `networks` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`geography_id` text,
	`priority_area` text,
	`ahsn_id` text,
	`host_organisation_id` text,
	`website` text
);
--> statement-breakpoint
CREATE INDEX `networks_owner_idx` ON `networks` (`owner`);--> statement-breakpoint
CREATE INDEX `networks_type_idx` ON `networks` (`type`);--> statement-breakpoint
CREATE INDEX `networks_key_idx` ON `networks` (`key`);--> statement-breakpoint
CREATE INDEX `networks_geography_id_idx` ON `networks` (`geography_id`);--> statement-breakpoint
CREATE INDEX `networks_priority_area_idx` ON `networks` (`priority_area`);--> statement-breakpoint
CREATE INDEX `networks_ahsn_id_idx` ON `networks` (`ahsn_id`);--> statement-breakpoint
CREATE TABLE `offers` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`network_id` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`audience` text NOT NULL,
	`url` text
);
--> statement-breakpoint
CREATE INDEX `offers_owner_idx` ON `offers` (`owner`);--> statement-breakpoint
CREATE INDEX `offers_network_id_idx` ON `offers` (`network_id`);--> statement-breakpoint
CREATE INDEX `offers_kind_idx` ON `offers` (`kind`);--> statement-breakpoint
CREATE TABLE `organisation_strategies` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`organisation_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`approved_on` text,
	`valid_until` text,
	`url` text
);
--> statement-breakpoint
CREATE INDEX `organisation_strategies_owner_idx` ON `organisation_strategies` (`owner`);--> statement-breakpoint
CREATE INDEX `organisation_strategies_organisation_id_idx` ON `organisation_strategies` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `organisation_strategies_kind_idx` ON `organisation_strategies` (`kind`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`ods_code` text,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`postcode` text,
	`geography_id` text,
	`local_office` text,
	`opened_on` text,
	`closed_on` text
);
--> statement-breakpoint
CREATE INDEX `organisations_owner_idx` ON `organisations` (`owner`);--> statement-breakpoint
CREATE INDEX `organisations_type_idx` ON `organisations` (`type`);--> statement-breakpoint
CREATE INDEX `organisations_ods_code_idx` ON `organisations` (`ods_code`);--> statement-breakpoint
CREATE INDEX `organisations_geography_id_idx` ON `organisations` (`geography_id`);--> statement-breakpoint
CREATE INDEX `organisations_local_office_idx` ON `organisations` (`local_office`);--> statement-breakpoint
CREATE TABLE `priorities` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`strategy_id` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text
);
--> statement-breakpoint
CREATE INDEX `priorities_owner_idx` ON `priorities` (`owner`);--> statement-breakpoint
CREATE INDEX `priorities_strategy_id_idx` ON `priorities` (`strategy_id`);--> statement-breakpoint
CREATE INDEX `priorities_code_idx` ON `priorities` (`code`);--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`text` text,
	`paragraph` text,
	`status` text NOT NULL,
	`owner_body_id` text,
	`due_date` text,
	`evidence` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `recommendations_owner_idx` ON `recommendations` (`owner`);--> statement-breakpoint
CREATE INDEX `recommendations_status_idx` ON `recommendations` (`status`);--> statement-breakpoint
CREATE INDEX `recommendations_owner_body_id_idx` ON `recommendations` (`owner_body_id`);--> statement-breakpoint
CREATE INDEX `recommendations_number_idx` ON `recommendations` (`number`);--> statement-breakpoint
CREATE TABLE `savings_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`scope` text NOT NULL,
	`body_keys` text NOT NULL,
	`baseline_year` text NOT NULL,
	`target_year` text NOT NULL,
	`minimum_percent` real,
	`amount_gbp_thousands` real,
	`reference` text
);
--> statement-breakpoint
CREATE INDEX `savings_targets_owner_idx` ON `savings_targets` (`owner`);--> statement-breakpoint
CREATE INDEX `savings_targets_target_year_idx` ON `savings_targets` (`target_year`);--> statement-breakpoint
CREATE TABLE `tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`hash` text NOT NULL,
	`role` text NOT NULL,
	`instance` text,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tokens_hash_unique` ON `tokens` (`hash`);