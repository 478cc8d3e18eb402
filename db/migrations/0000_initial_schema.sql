CREATE TYPE "public"."benefit_category" AS ENUM('labour_savings', 'revenue_increase', 'cost_reduction', 'risk_reduction', 'intangible');--> statement-breakpoint
CREATE TYPE "public"."cost_category" AS ENUM('licence', 'implementation', 'integration', 'training', 'subscription', 'maintenance', 'infrastructure', 'internal_staff', 'decommissioning');--> statement-breakpoint
CREATE TYPE "public"."factor_kind" AS ENUM('quantitative', 'qualitative');--> statement-breakpoint
CREATE TYPE "public"."frequency" AS ENUM('monthly', 'annual');--> statement-breakpoint
CREATE TYPE "public"."investment_category" AS ENUM('crm', 'erp', 'ecommerce', 'marketing_automation', 'cx_automation', 'process_automation', 'cybersecurity', 'cloud_infrastructure', 'collaboration', 'analytics_bi', 'hardware', 'other');--> statement-breakpoint
CREATE TYPE "public"."investment_status" AS ENUM('proposed', 'approved', 'implementing', 'live', 'retired');--> statement-breakpoint
CREATE TYPE "public"."item_kind" AS ENUM('one_time', 'recurring');--> statement-breakpoint
CREATE TYPE "public"."kpi_direction" AS ENUM('higher', 'lower');--> statement-breakpoint
CREATE TYPE "public"."kpi_unit" AS ENUM('currency', 'percent', 'count', 'score', 'duration');--> statement-breakpoint
CREATE TYPE "public"."perspective" AS ENUM('financial', 'customer', 'internal_process', 'learning_growth');--> statement-breakpoint
CREATE TYPE "public"."risk_status" AS ENUM('open', 'mitigating', 'accepted', 'closed');--> statement-breakpoint
CREATE TYPE "public"."risk_type" AS ENUM('implementation', 'obsolescence', 'security', 'integration', 'vendor', 'compliance');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('owner', 'admin', 'member', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."scenario_kind" AS ENUM('optimistic', 'likely', 'pessimistic', 'custom');--> statement-breakpoint
CREATE TYPE "public"."size_band" AS ENUM('micro', 'small', 'medium', 'large');--> statement-breakpoint
CREATE TYPE "public"."value_chain_activity" AS ENUM('inbound_logistics', 'operations', 'outbound_logistics', 'marketing_sales', 'service', 'firm_infrastructure', 'hr_management', 'technology_development', 'procurement');--> statement-breakpoint
CREATE TABLE "invitations" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"role" "role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "invitations_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_org_id_user_id_pk" PRIMARY KEY("org_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"industry" text DEFAULT 'other' NOT NULL,
	"size_band" "size_band" DEFAULT 'small' NOT NULL,
	"employees" integer,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"discount_rate" numeric(7, 5) DEFAULT '0.08' NOT NULL,
	"fiscal_year_start_month" smallint DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organizations_slug_format" CHECK ("organizations"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "organizations_currency_iso" CHECK ("organizations"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "organizations_discount_rate_range" CHECK ("organizations"."discount_rate" > -1 AND "organizations"."discount_rate" < 10),
	CONSTRAINT "organizations_fy_start_month" CHECK ("organizations"."fiscal_year_start_month" BETWEEN 1 AND 12),
	CONSTRAINT "organizations_employees_positive" CHECK ("organizations"."employees" IS NULL OR "organizations"."employees" > 0)
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_failures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "benefit_items" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"investment_id" uuid NOT NULL,
	"category" "benefit_category" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" "item_kind" NOT NULL,
	"frequency" "frequency",
	"amount_cents" bigint NOT NULL,
	"start_month" date NOT NULL,
	"end_month" date,
	"ramp_up_months" smallint DEFAULT 0 NOT NULL,
	"confidence" numeric(4, 3) DEFAULT '1' NOT NULL,
	"calculator" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_items_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "benefit_items_amount_nonnegative" CHECK ("benefit_items"."amount_cents" >= 0),
	CONSTRAINT "benefit_items_frequency_when_recurring" CHECK (("benefit_items"."kind" = 'recurring') = ("benefit_items"."frequency" IS NOT NULL)),
	CONSTRAINT "benefit_items_end_after_start" CHECK ("benefit_items"."end_month" IS NULL OR "benefit_items"."end_month" >= "benefit_items"."start_month"),
	CONSTRAINT "benefit_items_ramp_up_range" CHECK ("benefit_items"."ramp_up_months" BETWEEN 0 AND 120),
	CONSTRAINT "benefit_items_confidence_range" CHECK ("benefit_items"."confidence" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE TABLE "cost_items" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"investment_id" uuid NOT NULL,
	"category" "cost_category" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" "item_kind" NOT NULL,
	"frequency" "frequency",
	"amount_cents" bigint NOT NULL,
	"start_month" date NOT NULL,
	"end_month" date,
	"renewal_date" date,
	"notice_days" smallint,
	"annual_uplift_pct" numeric(6, 3),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_items_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "cost_items_amount_nonnegative" CHECK ("cost_items"."amount_cents" >= 0),
	CONSTRAINT "cost_items_frequency_when_recurring" CHECK (("cost_items"."kind" = 'recurring') = ("cost_items"."frequency" IS NOT NULL)),
	CONSTRAINT "cost_items_end_after_start" CHECK ("cost_items"."end_month" IS NULL OR "cost_items"."end_month" >= "cost_items"."start_month"),
	CONSTRAINT "cost_items_notice_range" CHECK ("cost_items"."notice_days" IS NULL OR "cost_items"."notice_days" BETWEEN 0 AND 730)
);
--> statement-breakpoint
CREATE TABLE "investments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"vendor" text DEFAULT '' NOT NULL,
	"category" "investment_category" NOT NULL,
	"value_chain_activity" "value_chain_activity" DEFAULT 'operations' NOT NULL,
	"status" "investment_status" DEFAULT 'proposed' NOT NULL,
	"go_live_date" date,
	"useful_life_months" smallint DEFAULT 36 NOT NULL,
	"owner_name" text,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "investments_org_name_key" UNIQUE("org_id","name"),
	CONSTRAINT "investments_useful_life_range" CHECK ("investments"."useful_life_months" BETWEEN 1 AND 600)
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"investment_id" uuid NOT NULL,
	"type" "risk_type" NOT NULL,
	"title" text NOT NULL,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"mitigation" text DEFAULT '' NOT NULL,
	"status" "risk_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "risks_likelihood_range" CHECK ("risks"."likelihood" BETWEEN 1 AND 5),
	CONSTRAINT "risks_impact_range" CHECK ("risks"."impact" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "scoring_factors" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"investment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"weight" numeric(5, 2) NOT NULL,
	"score" smallint NOT NULL,
	"kind" "factor_kind" DEFAULT 'qualitative' NOT NULL,
	CONSTRAINT "scoring_factors_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "scoring_factors_name_key" UNIQUE("org_id","investment_id","name"),
	CONSTRAINT "scoring_factors_weight_range" CHECK ("scoring_factors"."weight" BETWEEN 0 AND 100),
	CONSTRAINT "scoring_factors_score_range" CHECK ("scoring_factors"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "alignments" (
	"org_id" uuid NOT NULL,
	"investment_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"strength" smallint NOT NULL,
	CONSTRAINT "alignments_org_id_investment_id_goal_id_pk" PRIMARY KEY("org_id","investment_id","goal_id"),
	CONSTRAINT "alignments_strength_range" CHECK ("alignments"."strength" BETWEEN 0 AND 5)
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"perspective" "perspective" NOT NULL,
	"target_text" text DEFAULT '' NOT NULL,
	"weight" smallint DEFAULT 1 NOT NULL,
	"target_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "goals_org_title_key" UNIQUE("org_id","title"),
	CONSTRAINT "goals_weight_range" CHECK ("goals"."weight" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"investment_id" uuid,
	"name" text NOT NULL,
	"kind" "scenario_kind" NOT NULL,
	"benefit_multiplier" numeric(6, 3) DEFAULT '1' NOT NULL,
	"cost_multiplier" numeric(6, 3) DEFAULT '1' NOT NULL,
	"delay_months" smallint DEFAULT 0 NOT NULL,
	"adoption_rate" numeric(4, 3) DEFAULT '1' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scenarios_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "scenarios_multipliers_nonnegative" CHECK ("scenarios"."benefit_multiplier" >= 0 AND "scenarios"."cost_multiplier" >= 0),
	CONSTRAINT "scenarios_delay_range" CHECK ("scenarios"."delay_months" BETWEEN 0 AND 120),
	CONSTRAINT "scenarios_adoption_range" CHECK ("scenarios"."adoption_rate" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE TABLE "kpi_measurements" (
	"org_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"period" date NOT NULL,
	"value" numeric(14, 4) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_measurements_org_id_kpi_id_period_pk" PRIMARY KEY("org_id","kpi_id","period"),
	CONSTRAINT "kpi_measurements_period_first_of_month" CHECK (extract(day from "kpi_measurements"."period") = 1)
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"perspective" "perspective" NOT NULL,
	"unit" "kpi_unit" NOT NULL,
	"direction" "kpi_direction" NOT NULL,
	"baseline" numeric(14, 4) NOT NULL,
	"target" numeric(14, 4) NOT NULL,
	"target_date" date,
	"weight" numeric(6, 3) DEFAULT '1' NOT NULL,
	"investment_id" uuid,
	"goal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpis_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "kpis_org_name_key" UNIQUE("org_id","name"),
	CONSTRAINT "kpis_weight_positive" CHECK ("kpis"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"org_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_items" ADD CONSTRAINT "benefit_items_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_items" ADD CONSTRAINT "benefit_items_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_items" ADD CONSTRAINT "cost_items_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_items" ADD CONSTRAINT "cost_items_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investments" ADD CONSTRAINT "investments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_factors" ADD CONSTRAINT "scoring_factors_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_factors" ADD CONSTRAINT "scoring_factors_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignments" ADD CONSTRAINT "alignments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignments" ADD CONSTRAINT "alignments_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignments" ADD CONSTRAINT "alignments_org_id_goal_id_goals_org_id_id_fk" FOREIGN KEY ("org_id","goal_id") REFERENCES "public"."goals"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_org_id_kpi_id_kpis_org_id_id_fk" FOREIGN KEY ("org_id","kpi_id") REFERENCES "public"."kpis"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE set null (investment_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_org_id_goal_id_goals_org_id_id_fk" FOREIGN KEY ("org_id","goal_id") REFERENCES "public"."goals"("org_id","id") ON DELETE set null (goal_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invitations_org_email_idx" ON "invitations" USING btree ("org_id","email");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_failures_lookup_idx" ON "sign_in_failures" USING btree ("email","ip","created_at");--> statement-breakpoint
CREATE INDEX "benefit_items_investment_idx" ON "benefit_items" USING btree ("org_id","investment_id");--> statement-breakpoint
CREATE INDEX "cost_items_investment_idx" ON "cost_items" USING btree ("org_id","investment_id");--> statement-breakpoint
CREATE INDEX "investments_org_status_idx" ON "investments" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "risks_investment_idx" ON "risks" USING btree ("org_id","investment_id");--> statement-breakpoint
CREATE INDEX "alignments_goal_idx" ON "alignments" USING btree ("org_id","goal_id");--> statement-breakpoint
CREATE INDEX "scenarios_investment_idx" ON "scenarios" USING btree ("org_id","investment_id");--> statement-breakpoint
CREATE INDEX "kpi_measurements_org_period_idx" ON "kpi_measurements" USING btree ("org_id","period");--> statement-breakpoint
CREATE INDEX "kpis_org_perspective_idx" ON "kpis" USING btree ("org_id","perspective");--> statement-breakpoint
CREATE INDEX "audit_log_org_time_idx" ON "audit_log" USING btree ("org_id","created_at");