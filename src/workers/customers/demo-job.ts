/**
 * "Load demo data" in the customers worker: the core's seeded generator (clients, orders, activity with
 * real BG/NBD structure) stored through the same path as a user's import (sealed, keyed, deduplicated).
 */
import type { LeadLensDb } from '../../storage/db';
import type { CustomerImportResult, CustomerProgress } from '../../bridge/customers-contract';
import type { DemoArgs } from './protocol';

export async function loadDemoData(_database: LeadLensDb, _args: DemoArgs, _onProgress: (p: CustomerProgress) => void): Promise<CustomerImportResult[]> {
  await Promise.resolve();
  throw new Error('[not_ready] The demo generator is not available yet');
}
