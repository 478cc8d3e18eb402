CREATE TABLE "import_preferences" (
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"header" text NOT NULL,
	"decimal" text NOT NULL,
	"date_order" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_preferences_org_id_kind_header_pk" PRIMARY KEY("org_id","kind","header"),
	CONSTRAINT "import_preferences_decimal" CHECK ("import_preferences"."decimal" IN ('auto', 'point', 'comma')),
	CONSTRAINT "import_preferences_date_order" CHECK ("import_preferences"."date_order" IN ('auto', 'ymd', 'dmy', 'mdy')),
	CONSTRAINT "import_preferences_header_length" CHECK (length("import_preferences"."header") <= 4000)
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "locale" text DEFAULT 'en-US' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_preferences" ADD CONSTRAINT "import_preferences_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_locale_known" CHECK ("organizations"."locale" IN ('en-US', 'en-GB', 'de-DE', 'fr-FR', 'nl-NL'));--> statement-breakpoint
ALTER TABLE "import_preferences" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "import_preferences" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "import_preferences" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
