CREATE TABLE "integrations" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"from_investment_id" uuid NOT NULL,
	"to_investment_id" uuid NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "integrations_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "integrations_org_from_to_key" UNIQUE("org_id","from_investment_id","to_investment_id"),
	CONSTRAINT "integrations_not_self" CHECK ("integrations"."from_investment_id" <> "integrations"."to_investment_id")
);
--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_from_investment_fk" FOREIGN KEY ("org_id","from_investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_to_investment_fk" FOREIGN KEY ("org_id","to_investment_id") REFERENCES "public"."investments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "integrations_to_idx" ON "integrations" USING btree ("org_id","to_investment_id");