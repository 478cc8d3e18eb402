CREATE TYPE "public"."actual_source" AS ENUM('typed', 'imported', 'api');--> statement-breakpoint
CREATE TYPE "public"."attribution_method" AS ENUM('equal', 'weighted', 'time_decay');--> statement-breakpoint
CREATE TABLE "actual_benefits" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"investment_id" uuid NOT NULL,
	"month" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" "actual_source" DEFAULT 'typed' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actual_benefits_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "actual_benefits_month_first_of_month" CHECK (extract(day from "actual_benefits"."month") = 1),
	CONSTRAINT "actual_benefits_amount_range" CHECK ("actual_benefits"."amount_cents" BETWEEN -1000000000000 AND 1000000000000),
	CONSTRAINT "actual_benefits_description_length" CHECK (length("actual_benefits"."description") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "actual_costs" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"booked_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"payee" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"source" "actual_source" NOT NULL,
	"investment_id" uuid,
	"cost_category" "cost_category",
	"import_id" uuid,
	"fingerprint" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actual_costs_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "actual_costs_org_fingerprint_key" UNIQUE("org_id","fingerprint"),
	CONSTRAINT "actual_costs_amount_range" CHECK ("actual_costs"."amount_cents" BETWEEN -1000000000000 AND 1000000000000),
	CONSTRAINT "actual_costs_category_needs_technology" CHECK ("actual_costs"."cost_category" IS NULL OR "actual_costs"."investment_id" IS NOT NULL),
	CONSTRAINT "actual_costs_text_lengths" CHECK (length("actual_costs"."payee") <= 500 AND length("actual_costs"."description") <= 1000 AND length("actual_costs"."reference") <= 200 AND length("actual_costs"."fingerprint") <= 200)
);
--> statement-breakpoint
CREATE TABLE "actual_imports" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"rows" integer NOT NULL,
	"added" integer NOT NULL,
	"duplicates" integer NOT NULL,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actual_imports_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "actual_imports_counts" CHECK ("actual_imports"."rows" >= 0 AND "actual_imports"."added" >= 0 AND "actual_imports"."duplicates" >= 0)
);
--> statement-breakpoint
CREATE TABLE "match_rules" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"field" text NOT NULL,
	"pattern" text NOT NULL,
	"investment_id" uuid NOT NULL,
	"cost_category" "cost_category",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_rules_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "match_rules_field" CHECK ("match_rules"."field" IN ('payee', 'description', 'reference', 'any')),
	CONSTRAINT "match_rules_pattern_length" CHECK (length("match_rules"."pattern") BETWEEN 1 AND 200)
);
--> statement-breakpoint
ALTER TABLE "benefit_items" ADD COLUMN "kpi_id" uuid;--> statement-breakpoint
ALTER TABLE "benefit_items" ADD COLUMN "value_per_unit_cents" bigint;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "attribution" "attribution_method" DEFAULT 'equal' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_preferences" ADD COLUMN "delimiter" text DEFAULT 'auto' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_preferences" ADD COLUMN "mapping" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "actual_benefits" ADD CONSTRAINT "actual_benefits_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actual_benefits" ADD CONSTRAINT "actual_benefits_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actual_costs" ADD CONSTRAINT "actual_costs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actual_costs" ADD CONSTRAINT "actual_costs_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE set null (investment_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actual_costs" ADD CONSTRAINT "actual_costs_org_id_import_id_actual_imports_org_id_id_fk" FOREIGN KEY ("org_id","import_id") REFERENCES "public"."actual_imports"("org_id","id") ON DELETE set null (import_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actual_imports" ADD CONSTRAINT "actual_imports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actual_imports" ADD CONSTRAINT "actual_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_rules" ADD CONSTRAINT "match_rules_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_rules" ADD CONSTRAINT "match_rules_org_id_investment_id_investments_org_id_id_fk" FOREIGN KEY ("org_id","investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actual_benefits_org_investment_month_idx" ON "actual_benefits" USING btree ("org_id","investment_id","month");--> statement-breakpoint
CREATE INDEX "actual_costs_org_booked_on_idx" ON "actual_costs" USING btree ("org_id","booked_on");--> statement-breakpoint
CREATE INDEX "actual_costs_org_investment_idx" ON "actual_costs" USING btree ("org_id","investment_id","booked_on");--> statement-breakpoint
CREATE INDEX "match_rules_org_position_idx" ON "match_rules" USING btree ("org_id","position");--> statement-breakpoint
ALTER TABLE "benefit_items" ADD CONSTRAINT "benefit_items_org_id_kpi_id_kpis_org_id_id_fk" FOREIGN KEY ("org_id","kpi_id") REFERENCES "public"."kpis"("org_id","id") ON DELETE set null (kpi_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_items" ADD CONSTRAINT "benefit_items_value_per_unit_positive" CHECK ("benefit_items"."value_per_unit_cents" IS NULL OR "benefit_items"."value_per_unit_cents" BETWEEN 1 AND 100000000000);--> statement-breakpoint
ALTER TABLE "import_preferences" ADD CONSTRAINT "import_preferences_delimiter" CHECK ("import_preferences"."delimiter" IN ('auto', 'comma', 'semicolon', 'tab', 'pipe'));--> statement-breakpoint
ALTER TABLE "actual_imports" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "actual_imports" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "actual_imports" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "actual_costs" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "actual_costs" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "actual_costs" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "match_rules" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "match_rules" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "match_rules" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "actual_benefits" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "actual_benefits" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "actual_benefits" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
