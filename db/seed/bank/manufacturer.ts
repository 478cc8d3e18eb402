/**
 * Precision Parts' Girokonto: SEPA direct debits for subscriptions, transfers for the ERP partner's
 * milestone and change-request invoices (far past the €40,000 fixed fee), the interim project lead,
 * the RPA licence renewed after a second reminder, and the payroll, rent and material that match nothing.
 */
import type { Random } from "../random";
import { germanGirokonto } from "./formats";
import { monthly, once, yearly, FIRST_MONTH, LAST_MONTH } from "./schedule";
import type { BankSpec, Payment, RuleSpec } from "./types";


function erpLines(random: Random): Payment[] {
  const days = random.fork("erp-days");
  return [
    ...once(-14, 20, 16_000, { payee: "Nordwerk Consulting GmbH", type: "ÜBERWEISUNG", memo: "RE 2411-118 Anzahlung 40% Implementierung Cloud ERP" }),
    ...once(-11, 18, 12_000, { payee: "Nordwerk Consulting GmbH", type: "ÜBERWEISUNG", memo: "RE 2502-031 Meilenstein 2 Fachkonzept" }),
    ...once(-8, 19, 12_000, { payee: "Nordwerk Consulting GmbH", type: "ÜBERWEISUNG", memo: "RE 2505-077 Meilenstein 3 Datenmigration Teil 1" }),
    ...once(-6, 15, 9_000, { payee: "Nordwerk Consulting GmbH", type: "ÜBERWEISUNG", memo: "RE 2507-102 CR-01 Datenmigration Abschlag 50%" }),
    ...once(-4, 15, 9_000, { payee: "Nordwerk Consulting GmbH", type: "ÜBERWEISUNG", memo: "RE 2509-140 CR-01 Datenmigration Schlussrechnung" }),
    ...once(-2, 21, 12_500, { payee: "Nordwerk Consulting GmbH", type: "ÜBERWEISUNG", memo: "RE 2511-166 CR-02 MES-Schnittstelle" }),
    // Consultant days beyond the fixed fee, billed monthly since the data migration overran.
    ...monthly(-9, LAST_MONTH, 27, () => 1_150 * days.int(1, 3), { payee: "Nordwerk Consulting GmbH", type: "ÜBERWEISUNG", memo: "Beratertage lt. Stundennachweis" }),
    ...monthly(-14, LAST_MONTH, 28, 1_650, { payee: "ProjektWerk Interim GmbH", type: "ÜBERWEISUNG", memo: "Interim-Projektleitung ERP 0,3 FTE" }),
    ...monthly(-12, LAST_MONTH, 1, 1_440, { payee: "Kestrel ERP GmbH", type: "SEPA-LASTSCHRIFT", memo: "Subskription Cloud ERP 45 Nutzer" }),
    ...once(-3, 9, -380, { payee: "Kestrel ERP GmbH", type: "GUTSCHRIFT", memo: "Gutschrift Nutzerkorrektur" }),
  ];
}

function technologyLines(): Payment[] {
  return [
    ...once(-11, 9, 14_000, { payee: "SenseLine Industrial IoT GmbH", type: "ÜBERWEISUNG", memo: "RE SL-4471 14 Sensor-Kits und Gateways" }),
    ...once(-10, 23, 3_500, { payee: "SenseLine Industrial IoT GmbH", type: "ÜBERWEISUNG", memo: "RE SL-4502 Installation und Kalibrierung" }),
    ...monthly(-10, LAST_MONTH, 14, 690, { payee: "SenseLine Industrial IoT GmbH", type: "SEPA-LASTSCHRIFT", memo: "Plattform Predictive Maintenance" }),
    ...once(-19, 6, 6_500, { payee: "FlowBots Solutions B.V.", type: "ÜBERWEISUNG", memo: "INV 2024-0912 Bot-Entwicklung Eingangsrechnungen" }),
    ...once(-18, 5, 4_800, { payee: "FlowBots Solutions B.V.", type: "ÜBERWEISUNG", memo: "INV 2024-1003 Lizenz Unattended Bot Jahr 1" }),
    // Year two was due six months ago; paid after the second reminder, at the new list price.
    ...once(-5, 12, 5_232, { payee: "FlowBots Solutions B.V.", type: "ÜBERWEISUNG", memo: "INV 2025-1003 Lizenz Jahr 2 - 2. Mahnung" }),
    ...yearly(-24, 3, (o) => (o >= -12 ? 10_464 : 9_600), { payee: "Vertex CAM Software GmbH", type: "SEPA-LASTSCHRIFT", memo: "Jahreslizenz 4 Arbeitsplätze" }),
    ...once(-9, 25, 5_000, { payee: "QualiTrack GmbH", type: "ÜBERWEISUNG", memo: "Einführung QMS Prozessaufnahme" }),
    ...monthly(-8, LAST_MONTH, 1, 390, { payee: "QualiTrack GmbH", type: "SEPA-LASTSCHRIFT", memo: "QMS 15 Nutzer" }),
    ...yearly(-16, 2, 1_800, { payee: "IT-Service Brandt", type: "ÜBERWEISUNG", memo: "Wartungsvertrag Fileserver" }),
    ...once(-7, 11, 640, { payee: "IT-Service Brandt", type: "ÜBERWEISUNG", memo: "Notfalleinsatz RAID-Ausfall Fileserver" }),
    ...monthly(-14, LAST_MONTH, 10, 247.5, { payee: "ShieldPoint Security GmbH", type: "SEPA-LASTSCHRIFT", memo: "MDR 55 Geräte" }),
  ];
}

function operatingLines(random: Random): Payment[] {
  const noise = random.fork("operating");
  const about = (amount: number, sd: number) => () => amount * noise.normal(1, sd);
  return [
    ...monthly(FIRST_MONTH, LAST_MONTH, 27, about(168_000, 0.02), { payee: "Löhne und Gehälter Sammelauftrag", type: "SAMMELÜBERWEISUNG", memo: "Lohn/Gehalt" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 10, about(31_500, 0.03), { payee: "Finanzamt Reutlingen", type: "SEPA-LASTSCHRIFT", memo: "Lohnsteuer" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 26, about(34_800, 0.02), { payee: "AOK Baden-Württemberg", type: "SEPA-LASTSCHRIFT", memo: "Sozialversicherungsbeiträge" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 3, 14_500, { payee: "Gewerbepark Süd GmbH", type: "DAUERAUFTRAG", memo: "Miete Halle A und B" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 15, about(9_800, 0.1), { payee: "Stadtwerke Reutlingen", type: "SEPA-LASTSCHRIFT", memo: "Strom Abschlag" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 8, about(42_000, 0.12), { payee: "Stahlhandel Meier KG", type: "ÜBERWEISUNG", memo: "Rundstahl und Platten" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 28, 24.9, { payee: "Kontoführung", type: "ENTGELT", memo: "Kontoführungsentgelt" }),
  ];
}

const RULES: RuleSpec[] = [
  { field: "payee", pattern: "Nordwerk Consulting", investment: "erp", category: "implementation" },
  { field: "payee", pattern: "ProjektWerk Interim", investment: "erp", category: "internal_staff" },
  { field: "payee", pattern: "Kestrel ERP", investment: "erp", category: "subscription" },
  { field: "description", pattern: "Predictive Maintenance", investment: "sensors", category: "subscription" },
  { field: "description", pattern: "Kalibrierung", investment: "sensors", category: "implementation" },
  { field: "payee", pattern: "SenseLine", investment: "sensors", category: "licence" },
  { field: "description", pattern: "Bot-Entwicklung", investment: "rpa", category: "implementation" },
  { field: "payee", pattern: "FlowBots", investment: "rpa", category: "licence" },
  { field: "payee", pattern: "Vertex CAM", investment: "cad", category: "subscription" },
  { field: "description", pattern: "Einführung QMS", investment: "qms", category: "implementation" },
  { field: "payee", pattern: "QualiTrack", investment: "qms", category: "subscription" },
  { field: "payee", pattern: "IT-Service Brandt", investment: "fileserver", category: "maintenance" },
  { field: "payee", pattern: "ShieldPoint", investment: "edr", category: "subscription" },
];

export const manufacturerBank: BankSpec = {
  format: germanGirokonto,
  payments: (random) => [...erpLines(random), ...technologyLines(), ...operatingLines(random)],
  rules: RULES,
};
