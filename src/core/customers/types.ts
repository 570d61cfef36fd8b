/**
 * Domain types of the customer half (clients, orders, activity, forecasts). Pure data: used by the page,
 * the customers worker, storage and the Node CLI alike. Days are integer "epoch days" (days since
 * 1970-01-01 UTC) so that point-in-time logic never meets time zones; amounts are in the file's currency.
 *
 * Bulk data is columnar (typed arrays indexed by client), because real order books have hundreds of
 * thousands of lines: one JS object per order would be slow to build, store and transfer.
 */

/** One client as entered or imported. Personal fields (names, email, notes) are sealed at rest by storage. */
export interface Client {
  customerId: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  /** Registration date (epoch day); tenure is derived from it. */
  registeredDay?: number;
  notes?: string;
}

/** One order line as imported (one CSV row). Same-day lines of a client merge into one purchase day in features. */
export interface OrderLine { customerId: string; day: number; amount: number; items: number }

/** One activity snapshot (web behaviour seen on `day`). Missing measures are undefined, never 0. */
export interface ActivitySnapshot {
  customerId: string;
  day: number;
  visits7d?: number;
  visits?: number;
  newsletterOpened?: 0 | 1;
  adClicks?: number;
  /** Minutes on site. */
  timeOnSite?: number;
}

/**
 * Orders of many clients, columnar and sorted by (client, day). `client[i]` indexes `clientIds`.
 * Built once per data set (core/customers/order-book.ts), shared by features, fitting and prediction.
 */
export interface OrderBook {
  clientIds: string[];
  client: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  items: Int32Array;
}

/** Activity snapshots, columnar and sorted by (client, day); NaN marks a measure the row did not have. */
export interface ActivityBook {
  /**
   * Ids that `client[i]` indexes (set by core/customers/activity-book.ts). When absent, `client[i]` indexes
   * the OrderBook's `clientIds` (older callers).
   */
  clientIds?: string[];
  client: Int32Array;
  day: Int32Array;
  visits7d: Float64Array;
  visits: Float64Array;
  newsletterOpened: Float64Array;
  adClicks: Float64Array;
  timeOnSite: Float64Array;
}

/** Model kinds of the two customer tasks (the ids of stored models carry the kind). */
export type SalesModelKind = 'naive' | 'linear' | 'bgnbd-gg';
export type PurchaseModelKind = 'logistic' | 'bgnbd';

/** One client's forecast as of a date, as stored and shown (model ids say which models produced it). */
export interface ClientForecast {
  customerId: string;
  asOfDay: number;
  /** Expected spend in the next 30 days. */
  spend30: number;
  /** Expected number of purchases (purchase days) in the next 30 days. */
  purchases30: number;
  /** P(alive) from BG/NBD; undefined when no BG/NBD model was fitted. */
  pAlive?: number;
  /** P(at least one purchase in the next 14 days). */
  pBuy14: number;
  salesModelId: string;
  purchaseModelId: string;
}
