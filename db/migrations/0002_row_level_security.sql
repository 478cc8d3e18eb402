-- Row-level security: a second wall under the application's own tenant checks. Every tenant table only
-- shows and accepts rows of the workspaces named in the transaction setting app.org_id (a comma-separated
-- list of uuids, set with set_config(..., true), i.e. SET LOCAL), to every role but superusers; FORCE
-- applies it to the tables' owner as well. techfolio_app is the role for application connections: it owns
-- nothing and may only read and write rows. Unset or empty settings show nothing.
DO $$
BEGIN
  CREATE ROLE techfolio_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- roles belong to the server, not the database: another database created it already
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO techfolio_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO techfolio_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO techfolio_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO techfolio_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO techfolio_app;
--> statement-breakpoint
CREATE FUNCTION "techfolio_org_ids"() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('app.org_id', true), ''), ',')::uuid[], '{}'::uuid[])
$$;
--> statement-breakpoint
CREATE FUNCTION "techfolio_user_id"() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_log" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "memberships" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "memberships" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "invitations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "invitations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "invitations" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "integrations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "integrations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "integrations" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "kpis" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "kpis" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "kpis" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "kpi_measurements" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "kpi_measurements" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "kpi_measurements" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "investments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "investments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "investments" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "cost_items" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "cost_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "cost_items" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "benefit_items" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "benefit_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "benefit_items" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "risks" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "risks" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "risks" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "scoring_factors" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "scoring_factors" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "scoring_factors" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "goals" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "goals" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "goals" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "alignments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "alignments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "alignments" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "scenarios" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "scenarios" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "scenarios" USING ("org_id" = ANY ("techfolio_org_ids"())) WITH CHECK ("org_id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "organizations" USING ("id" = ANY ("techfolio_org_ids"())) WITH CHECK ("id" = ANY ("techfolio_org_ids"()));
--> statement-breakpoint
-- A signed-in user finds their own memberships, and the workspaces they belong to, before a workspace is chosen.
CREATE POLICY "own_memberships" ON "memberships" FOR SELECT USING ("user_id" = "techfolio_user_id"());
--> statement-breakpoint
CREATE POLICY "member_of" ON "organizations" FOR SELECT USING (EXISTS (
  SELECT 1 FROM "memberships" m WHERE m."org_id" = "organizations"."id" AND m."user_id" = "techfolio_user_id"()
));
--> statement-breakpoint
-- An invitation link is a capability: holding its token (app.invitation is the token's hash) shows that one invitation.
CREATE POLICY "invitation_by_token" ON "invitations" FOR SELECT USING ("token_hash" = nullif(current_setting('app.invitation', true), ''));
