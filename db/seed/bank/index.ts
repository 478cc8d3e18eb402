/** Each demo client's bank, by workspace slug. */
import { accountingBank } from "./accounting";
import { cafeBank } from "./cafe";
import { manufacturerBank } from "./manufacturer";
import type { BankSpec } from "./types";

export const DEMO_BANKS: Record<string, BankSpec> = {
  "harbor-bakery": cafeBank,
  "precision-parts": manufacturerBank,
  "ledger-and-co": accountingBank,
};
