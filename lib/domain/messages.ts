/**
 * Messages the database layer answers with, shared with the forms and tests that show or expect them.
 * They live here (not in a feature's schemas) so db/queries can throw them without importing a feature.
 */

/** Goals: a title taken in this workspace, compared without case. */
export const DUPLICATE_GOAL_TITLE = "A goal with this title exists.";

/** KPIs: a name taken in this workspace. */
export const DUPLICATE_KPI_NAME = "A KPI with this name already exists.";

/** Technologies: the optimistic lock found a newer version than the form was opened on. */
export const TECHNOLOGY_CONFLICT_MESSAGE = "This technology was changed by someone else since you opened it. Reload to see their changes; nothing was saved.";
/** Actual payments: the optimistic lock found a newer version than the edit dialog was opened on. */
export const ACTUAL_COST_CONFLICT_MESSAGE = "This payment was changed by someone else since you opened it. Reload to see their changes; nothing was saved.";
/** Matching rules: likewise. */
export const MATCH_RULE_CONFLICT_MESSAGE = "This rule was changed by someone else since you opened it. Reload to see their changes; nothing was saved.";
/** Actual benefits: likewise. */
export const ACTUAL_BENEFIT_CONFLICT_MESSAGE = "This benefit amount was changed by someone else since you opened it. Reload to see their changes; nothing was saved.";

/** Integrations: an end that is not one of this workspace's technologies. */
export const UNKNOWN_TECHNOLOGY_MESSAGE = "This technology is not in this workspace.";
/** Integrations: the same link, in the same direction, exists already. */
export const DUPLICATE_LINK_MESSAGE = "These two technologies are already linked in this direction.";

/** Invitations: used, revoked, expired, unknown or malformed: one answer for all of them. */
export const INVITATION_UNAVAILABLE = "This invitation can no longer be used. Ask the workspace admin for a new one.";
/** Sign-up from an invitation with an email that already has an account. */
export const ACCOUNT_EXISTS = "An account with this email already exists. Sign in to accept the invitation.";

/** Templates: a source workspace the user is not admin+ of (or the target itself). */
export const SOURCE_REFUSED_MESSAGE = "Choose a workspace you are an admin of as the source.";
