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
	`name` text,
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
CREATE TABLE `capability_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`organisation_id` text NOT NULL,
	`staff_group` text NOT NULL,
	`level` text NOT NULL,
	`assessed_on` text NOT NULL,
	`headcount` integer NOT NULL,
	`trained` integer NOT NULL,
	`target_trained` integer,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `capability_assessments_owner_idx` ON `capability_assessments` (`owner`);--> statement-breakpoint
CREATE INDEX `capability_assessments_organisation_id_idx` ON `capability_assessments` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `capability_assessments_staff_group_idx` ON `capability_assessments` (`staff_group`);--> statement-breakpoint
CREATE INDEX `capability_assessments_level_idx` ON `capability_assessments` (`level`);--> statement-breakpoint
CREATE INDEX `capability_assessments_assessed_on_idx` ON `capability_assessments` (`assessed_on`);--> statement-breakpoint
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
CREATE TABLE `coaches` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`kind` text NOT NULL,
	`name` text,
	`email` text,
	`organisation_id` text NOT NULL,
	`expertise` text NOT NULL,
	`capacity` integer NOT NULL,
	`sex` text,
	`ethnicity` text
);
--> statement-breakpoint
CREATE INDEX `coaches_owner_idx` ON `coaches` (`owner`);--> statement-breakpoint
CREATE INDEX `coaches_kind_idx` ON `coaches` (`kind`);--> statement-breakpoint
CREATE INDEX `coaches_organisation_id_idx` ON `coaches` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `cohorts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`programme_id` text NOT NULL,
	`ldp_id` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`places` integer NOT NULL,
	`delivery_partner` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cohorts_owner_idx` ON `cohorts` (`owner`);--> statement-breakpoint
CREATE INDEX `cohorts_programme_id_idx` ON `cohorts` (`programme_id`);--> statement-breakpoint
CREATE INDEX `cohorts_ldp_id_idx` ON `cohorts` (`ldp_id`);--> statement-breakpoint
CREATE TABLE `diversity_aggregates` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`population` text NOT NULL,
	`characteristic` text NOT NULL,
	`group_by` text NOT NULL,
	`threshold` integer NOT NULL,
	`computed_on` text NOT NULL,
	`categories` text NOT NULL,
	`rows` text NOT NULL,
	`column_totals` text NOT NULL,
	`grand_total` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `diversity_aggregates_owner_idx` ON `diversity_aggregates` (`owner`);--> statement-breakpoint
CREATE INDEX `diversity_aggregates_population_idx` ON `diversity_aggregates` (`population`);--> statement-breakpoint
CREATE INDEX `diversity_aggregates_characteristic_idx` ON `diversity_aggregates` (`characteristic`);--> statement-breakpoint
CREATE INDEX `diversity_aggregates_group_by_idx` ON `diversity_aggregates` (`group_by`);--> statement-breakpoint
CREATE TABLE `enquiries` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`organisation_id` text NOT NULL,
	`topic` text NOT NULL,
	`priority_area` text,
	`question` text,
	`contact_name` text,
	`contact_email` text,
	`received_at` text NOT NULL,
	`routed_to_network_id` text,
	`status` text NOT NULL,
	`first_response_at` text,
	`answered_at` text,
	`history` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `enquiries_owner_idx` ON `enquiries` (`owner`);--> statement-breakpoint
CREATE INDEX `enquiries_organisation_id_idx` ON `enquiries` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `enquiries_topic_idx` ON `enquiries` (`topic`);--> statement-breakpoint
CREATE INDEX `enquiries_status_idx` ON `enquiries` (`status`);--> statement-breakpoint
CREATE INDEX `enquiries_routed_to_network_id_idx` ON `enquiries` (`routed_to_network_id`);--> statement-breakpoint
CREATE INDEX `enquiries_priority_area_idx` ON `enquiries` (`priority_area`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`cohort_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`status` text NOT NULL,
	`enrolled_on` text NOT NULL,
	`completed_on` text,
	`satisfaction` integer
);
--> statement-breakpoint
CREATE INDEX `enrolments_owner_idx` ON `enrolments` (`owner`);--> statement-breakpoint
CREATE INDEX `enrolments_cohort_id_idx` ON `enrolments` (`cohort_id`);--> statement-breakpoint
CREATE INDEX `enrolments_participant_id_idx` ON `enrolments` (`participant_id`);--> statement-breakpoint
CREATE INDEX `enrolments_status_idx` ON `enrolments` (`status`);--> statement-breakpoint
CREATE TABLE `evaluation_goals` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`enrolment_id` text NOT NULL,
	`goal` text,
	`set_on` text NOT NULL,
	`follow_ups` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `evaluation_goals_owner_idx` ON `evaluation_goals` (`owner`);--> statement-breakpoint
CREATE INDEX `evaluation_goals_enrolment_id_idx` ON `evaluation_goals` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `experts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text,
	`email` text,
	`phone` text,
	`organisation_id` text NOT NULL,
	`expertise` text NOT NULL,
	`opted_in_on` text NOT NULL,
	`bio` text
);
--> statement-breakpoint
CREATE INDEX `experts_owner_idx` ON `experts` (`owner`);--> statement-breakpoint
CREATE INDEX `experts_organisation_id_idx` ON `experts` (`organisation_id`);--> statement-breakpoint
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
CREATE TABLE `improvement_projects` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`title` text NOT NULL,
	`type` text NOT NULL,
	`organisation_id` text NOT NULL,
	`network_id` text,
	`aim` text NOT NULL,
	`status` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`driver_diagram` text
);
--> statement-breakpoint
CREATE INDEX `improvement_projects_owner_idx` ON `improvement_projects` (`owner`);--> statement-breakpoint
CREATE INDEX `improvement_projects_organisation_id_idx` ON `improvement_projects` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `improvement_projects_network_id_idx` ON `improvement_projects` (`network_id`);--> statement-breakpoint
CREATE INDEX `improvement_projects_type_idx` ON `improvement_projects` (`type`);--> statement-breakpoint
CREATE INDEX `improvement_projects_status_idx` ON `improvement_projects` (`status`);--> statement-breakpoint
CREATE TABLE `improvement_resources` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`url` text,
	`tags` text NOT NULL,
	`network_id` text,
	`published_on` text
);
--> statement-breakpoint
CREATE INDEX `improvement_resources_owner_idx` ON `improvement_resources` (`owner`);--> statement-breakpoint
CREATE INDEX `improvement_resources_kind_idx` ON `improvement_resources` (`kind`);--> statement-breakpoint
CREATE INDEX `improvement_resources_network_id_idx` ON `improvement_resources` (`network_id`);--> statement-breakpoint
CREATE TABLE `interventions` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`organisation_id` text NOT NULL,
	`body` text NOT NULL,
	`kind` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`outcome` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `interventions_owner_idx` ON `interventions` (`owner`);--> statement-breakpoint
CREATE INDEX `interventions_organisation_id_idx` ON `interventions` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `interventions_body_idx` ON `interventions` (`body`);--> statement-breakpoint
CREATE INDEX `interventions_kind_idx` ON `interventions` (`kind`);--> statement-breakpoint
CREATE INDEX `interventions_outcome_idx` ON `interventions` (`outcome`);--> statement-breakpoint
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
CREATE TABLE `measure_values` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`measure_id` text NOT NULL,
	`date` text NOT NULL,
	`value` real NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `measure_values_owner_idx` ON `measure_values` (`owner`);--> statement-breakpoint
CREATE INDEX `measure_values_measure_id_idx` ON `measure_values` (`measure_id`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`project_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`definition` text NOT NULL,
	`unit` text NOT NULL,
	`improvement_direction` text NOT NULL,
	`target` real,
	`rebase` text NOT NULL,
	`fix_after_n_points` integer
);
--> statement-breakpoint
CREATE INDEX `measures_owner_idx` ON `measures` (`owner`);--> statement-breakpoint
CREATE INDEX `measures_project_id_idx` ON `measures` (`project_id`);--> statement-breakpoint
CREATE INDEX `measures_kind_idx` ON `measures` (`kind`);--> statement-breakpoint
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
CREATE TABLE `mentees` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text,
	`organisation_id` text NOT NULL,
	`needs` text NOT NULL,
	`preferences` text,
	`seeks` text,
	`sex` text,
	`ethnicity` text
);
--> statement-breakpoint
CREATE INDEX `mentees_owner_idx` ON `mentees` (`owner`);--> statement-breakpoint
CREATE INDEX `mentees_organisation_id_idx` ON `mentees` (`organisation_id`);--> statement-breakpoint
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
CREATE TABLE `nine_boxes` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`participant_id` text,
	`performance` integer,
	`potential` integer,
	`assessed_on` text
);
--> statement-breakpoint
CREATE INDEX `nine_boxes_owner_idx` ON `nine_boxes` (`owner`);--> statement-breakpoint
CREATE INDEX `nine_boxes_participant_id_idx` ON `nine_boxes` (`participant_id`);--> statement-breakpoint
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
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text,
	`email` text,
	`organisation_id` text NOT NULL,
	`profession` text NOT NULL,
	`band` text NOT NULL,
	`sex` text,
	`age_band` text,
	`ethnicity` text,
	`disability` text,
	`sexual_orientation` text,
	`religion` text
);
--> statement-breakpoint
CREATE INDEX `participants_owner_idx` ON `participants` (`owner`);--> statement-breakpoint
CREATE INDEX `participants_organisation_id_idx` ON `participants` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `participants_profession_idx` ON `participants` (`profession`);--> statement-breakpoint
CREATE INDEX `participants_band_idx` ON `participants` (`band`);--> statement-breakpoint
CREATE TABLE `pdsa_cycles` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`project_id` text NOT NULL,
	`cycle_number` integer NOT NULL,
	`change_idea` text NOT NULL,
	`plan` text NOT NULL,
	`prediction` text NOT NULL,
	`do_notes` text,
	`study` text,
	`act` text,
	`start_date` text NOT NULL,
	`end_date` text
);
--> statement-breakpoint
CREATE INDEX `pdsa_cycles_owner_idx` ON `pdsa_cycles` (`owner`);--> statement-breakpoint
CREATE INDEX `pdsa_cycles_project_id_idx` ON `pdsa_cycles` (`project_id`);--> statement-breakpoint
CREATE INDEX `pdsa_cycles_act_idx` ON `pdsa_cycles` (`act`);--> statement-breakpoint
CREATE TABLE `population_benchmarks` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`geography` text NOT NULL,
	`characteristic` text NOT NULL,
	`category` text NOT NULL,
	`share` real NOT NULL,
	`source` text
);
--> statement-breakpoint
CREATE INDEX `population_benchmarks_owner_idx` ON `population_benchmarks` (`owner`);--> statement-breakpoint
CREATE INDEX `population_benchmarks_geography_idx` ON `population_benchmarks` (`geography`);--> statement-breakpoint
CREATE INDEX `population_benchmarks_characteristic_idx` ON `population_benchmarks` (`characteristic`);--> statement-breakpoint
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
CREATE TABLE `programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`professions` text NOT NULL,
	`commissioned_by` text NOT NULL,
	`delivered_by` text,
	`cost_per_place` real,
	`description` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `programmes_owner_idx` ON `programmes` (`owner`);--> statement-breakpoint
CREATE INDEX `programmes_level_idx` ON `programmes` (`level`);--> statement-breakpoint
CREATE INDEX `programmes_delivered_by_idx` ON `programmes` (`delivered_by`);--> statement-breakpoint
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
CREATE TABLE `senior_posts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`title` text NOT NULL,
	`organisation_id` text NOT NULL,
	`incumbent_name` text,
	`expected_vacancy_date` text,
	`incumbent_likely_to_leave` integer
);
--> statement-breakpoint
CREATE INDEX `senior_posts_owner_idx` ON `senior_posts` (`owner`);--> statement-breakpoint
CREATE INDEX `senior_posts_organisation_id_idx` ON `senior_posts` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `succession_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`post_id` text NOT NULL,
	`successors` text
);
--> statement-breakpoint
CREATE INDEX `succession_plans_owner_idx` ON `succession_plans` (`owner`);--> statement-breakpoint
CREATE INDEX `succession_plans_post_id_idx` ON `succession_plans` (`post_id`);--> statement-breakpoint
CREATE TABLE `sync_origins` (
	`origin` text PRIMARY KEY NOT NULL,
	`epoch` text NOT NULL,
	`last_seq` integer NOT NULL,
	`last_change_seq` integer DEFAULT 0 NOT NULL,
	`last_change_key` text DEFAULT '' NOT NULL,
	`schema_version` integer NOT NULL,
	`last_success_at` text,
	`last_error` text,
	`last_error_at` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_quarantine` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`origin` text NOT NULL,
	`epoch` text NOT NULL,
	`seq` integer NOT NULL,
	`entity` text NOT NULL,
	`record_id` text NOT NULL,
	`version` integer NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sync_quarantine_origin_idx` ON `sync_quarantine` (`origin`,`seq`);--> statement-breakpoint
CREATE TABLE `talent_pool_members` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`pool_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`added_on` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `talent_pool_members_owner_idx` ON `talent_pool_members` (`owner`);--> statement-breakpoint
CREATE INDEX `talent_pool_members_pool_id_idx` ON `talent_pool_members` (`pool_id`);--> statement-breakpoint
CREATE INDEX `talent_pool_members_participant_id_idx` ON `talent_pool_members` (`participant_id`);--> statement-breakpoint
CREATE TABLE `talent_pools` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text NOT NULL,
	`scope` text NOT NULL,
	`network_id` text,
	`description` text
);
--> statement-breakpoint
CREATE INDEX `talent_pools_owner_idx` ON `talent_pools` (`owner`);--> statement-breakpoint
CREATE INDEX `talent_pools_scope_idx` ON `talent_pools` (`scope`);--> statement-breakpoint
CREATE INDEX `talent_pools_network_id_idx` ON `talent_pools` (`network_id`);--> statement-breakpoint
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