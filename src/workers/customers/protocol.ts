/**
 * The customers worker's Comlink API (implemented by customers.worker.ts, called through
 * src/bridge/customers-bridge.ts). Every long call takes an `onProgress` proxy; cancelling terminates the
 * worker (WorkerBridge), and each storage step is its own transaction, so a cancel never leaves half a chunk.
 */
import type { WorkspaceKeys } from '../../core/crypto/workspace-keys';
import type { CustomerImportResult, CustomerProgress, CustomerTotals } from '../../bridge/customers-contract';
import type { ForecastArgs, ForecastSummary, ThresholdFigures } from '../../bridge/customers-forecast-contract';
import type { ImportArgs } from './import-file';
import type { CustomerModelsStatus, RetrainOutcome } from '../../bridge/customers-retrain-contract';
import type { ClientListWorkerApi } from './client-list-api';

export interface DemoArgs { keys: WorkspaceKeys; encIds: boolean; clients?: number; seed?: number }

export interface CustomersWorkerApi extends ClientListWorkerApi {
  importFile(args: ImportArgs & { dbName?: string }, onProgress: (p: CustomerProgress) => void): Promise<CustomerImportResult>;
  loadDemo(args: DemoArgs & { dbName?: string }, onProgress: (p: CustomerProgress) => void): Promise<CustomerImportResult[]>;
  forecast(args: ForecastArgs & { dbName?: string }, onProgress: (p: CustomerProgress) => void): Promise<ForecastSummary>;
  totals(dbName?: string): Promise<CustomerTotals>;
  /** The newest forecast's decision at `threshold` (undefined before any forecast). */
  threshold(threshold: number, dbName?: string): Promise<ThresholdFigures | undefined>;
  /** The active sales and purchase models (the newest forecast's) and the newest order day (Models panel). */
  customerModels(dbName?: string): Promise<CustomerModelsStatus>;
  /** Refits the customer models; the new ones become active only if not worse (core/forecast/retrain-rule.ts). */
  retrainCustomerModels(onProgress: (p: CustomerProgress) => void, dbName?: string): Promise<RetrainOutcome>;
}
