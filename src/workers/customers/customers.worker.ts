/**
 * The customers worker: imports (parse, seal, dedupe, store), demo data, and forecasting (fit, backtest,
 * predict, store) run here, with Dexie opened in the worker, so hundreds of thousands of order lines and
 * tens of thousands of WebCrypto calls never touch the page's main thread.
 */
import { expose } from 'comlink';
import { db, openDb } from '../../storage/db';
import { ACTIVITY_SCHEMA, countLines, ORDER_SCHEMA } from '../../storage/customers/line-chunks';
import { directoryCount } from '../../storage/customers/client-directory';
import { importFile } from './import-file';
import { runForecastJob, thresholdJob } from './forecast-job';
import { loadDemoData } from './demo-job';
import type { CustomersWorkerApi } from './protocol';
import { clientListApi } from './client-list-api';
import { customerModelsStatus, retrainJob } from './retrain-job';

const database = (name?: string) => (name ? openDb(name) : db());

const api: CustomersWorkerApi = {
  ...clientListApi(database),
  importFile: (args, onProgress) => importFile(database(args.dbName), args, onProgress),
  loadDemo: (args, onProgress) => loadDemoData(database(args.dbName), args, onProgress),
  forecast: (args, onProgress) => runForecastJob(database(args.dbName), args, onProgress),
  threshold: (threshold, dbName) => thresholdJob(database(dbName), threshold),
  customerModels: (dbName) => customerModelsStatus(database(dbName)),
  retrainCustomerModels: (onProgress, dbName) => retrainJob(database(dbName), onProgress),
  async totals(dbName) {
    const d = database(dbName);
    return { clients: (await d.clients.count()) + (await directoryCount(d)), orders: await countLines(d, ORDER_SCHEMA), activity: await countLines(d, ACTIVITY_SCHEMA), forecasts: await d.forecastRuns.count() };
  },
};

expose(api);
