/** Registry of per-feature catalogues. Each feature owns one file; add it here. */
import common from './common';
import score from './score';
import batch from './batch';
import auth from './auth';
import settings from './settings';
import pwa from './pwa';
import dashboard from './dashboard';
import errors from './errors';
import audit from './audit';
import csvReader from './csv-reader';
import customers from './customers';
import models from './models';
import privacy from './privacy';
import plannerNav from './planner-nav';
import duplicates from './duplicates';
import clientScreens from './client-screens';
import tiers from './tiers';
import phone from './phone';
import monitoring from './monitoring';

export type Catalogue = { en: Record<string, string>; ru: Record<string, string>; pl: Record<string, string> };
export const catalogues: Catalogue[] = [common, score, batch, auth, settings, pwa, dashboard, errors, audit, csvReader, customers, models, privacy, plannerNav, duplicates, clientScreens, tiers, phone, monitoring];
