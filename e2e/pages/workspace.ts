import type { Page } from "@playwright/test";
import { ActualsImportPage, ActualsPage } from "./actuals";
import { DashboardPage } from "./dashboard";
import { KpiEntryPage, KpiListPage, ScorecardPage } from "./kpis";
import { PortfolioImportPage, PortfolioPage, TechnologyForm, TechnologyPage } from "./portfolio";
import { BenefitsPage, ReportsPage } from "./review";
import { AuditPage, MembersPage, SettingsPage, WorkspaceDataPage } from "./settings";
import { BudgetPage, GoalsPage, ScenariosPage, StrategyPage } from "./strategy";

/** One workspace (`/w/<slug>`) and its sections, as a signed-in member sees them. */
export class Workspace {
  readonly path: string;
  readonly dashboard;
  readonly portfolio;
  readonly newTechnology;
  readonly technology;
  readonly portfolioImport;
  readonly kpis;
  readonly kpiEntry;
  readonly scorecard;
  readonly goals;
  readonly scenarios;
  readonly budget;
  readonly strategy;
  readonly benefits;
  readonly reports;
  readonly settings;
  readonly members;
  readonly data;
  readonly audit;
  readonly actuals;
  readonly actualsImport;

  constructor(
    readonly page: Page,
    /** A slug (`harbor-bakery`) or the workspace's path (`/w/harbor-bakery`). */
    workspace: string,
  ) {
    this.path = workspace.startsWith("/w/") ? workspace : `/w/${workspace}`;
    const at = <T>(Section: new (page: Page, workspace: string) => T) => new Section(page, this.path);
    this.dashboard = at(DashboardPage);
    this.portfolio = at(PortfolioPage);
    this.newTechnology = at(TechnologyForm);
    this.technology = at(TechnologyPage);
    this.portfolioImport = at(PortfolioImportPage);
    this.kpis = at(KpiListPage);
    this.kpiEntry = at(KpiEntryPage);
    this.scorecard = at(ScorecardPage);
    this.goals = at(GoalsPage);
    this.scenarios = at(ScenariosPage);
    this.budget = at(BudgetPage);
    this.strategy = at(StrategyPage);
    this.benefits = at(BenefitsPage);
    this.reports = at(ReportsPage);
    this.settings = at(SettingsPage);
    this.members = at(MembersPage);
    this.data = at(WorkspaceDataPage);
    this.audit = at(AuditPage);
    this.actuals = at(ActualsPage);
    this.actualsImport = at(ActualsImportPage);
  }

  get slug(): string {
    return this.path.slice("/w/".length);
  }

  /** A URL pattern for one of the workspace's pages, e.g. `urlOf("portfolio/<id>")`. */
  urlOf(page: string): RegExp {
    const id = "[0-9a-f-]{36}";
    return new RegExp(`${this.path}/${page.replace("<id>", id)}$`);
  }
}
