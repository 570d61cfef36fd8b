/**
 * What crosses the customers worker boundary for issue #10's screens: the client list (open, query, rows,
 * export), the customer dashboard's figures and a client's "why". Domain types (queries, explanations,
 * trend figures) stay in src/core/customers; this file only adds the shapes of calls.
 */
import type { WorkspaceKeys } from '../core/crypto/workspace-keys';
import type { Segment } from '../core/customers/client-query';
import type { WhyPart } from '../core/customers/client-why';
import type { CustomerKpis, ForecastTotal, MonthTotal } from '../core/customers/sales-trend';

/** Workspace keys (to decrypt in the worker) and the page's data version (a new one rebuilds the list). */
export interface ListContext { keys: WorkspaceKeys; version: number; dbName?: string }

export interface ClientListInfo {
  total: number;
  matching: number;
  withForecast: number;
  /** As-of day of the newest forecast, if any. */
  asOfDay?: number;
  /** Client records still holding a v1 full name to split (the page then runs the split). */
  legacyNames: number;
  /** When the worker built this list, in ms from the build's start (snapshot, directory, forecast, join, total). */
  buildMs?: Record<string, number>;
  /** Clients decrypted into the search index so far (search and text sorts wait for all of them). */
  searchDone: number;
  searchReady: boolean;
}

/** One row as the list shows it (decrypted in the worker for display only). */
export interface ClientListRow {
  id: string;
  customerId: string;
  name: string;
  email: string;
  segment: Segment;
  orders: number;
  lastPurchaseDay?: number;
  spend30?: number;
  pBuy14?: number;
  pAlive?: number;
}

/** Column headers and segment names in the user's language, for the CSV export. */
export interface ExportLabels { headers: string[]; segments: Record<Segment, string>; delimiter: ',' | ';' | '\t' }

export interface CustomerDashboard {
  kpis: CustomerKpis;
  months: MonthTotal[];
  /** Next month's forecast total with its interval (undefined before any forecast). */
  forecast?: ForecastTotal & { asOfDay: number };
  bestF1Threshold?: number;
}

export interface ClientWhy {
  asOfDay: number;
  salesModelId: string;
  purchaseModelId: string;
  sales: WhyPart[];
  purchase: WhyPart[];
}
