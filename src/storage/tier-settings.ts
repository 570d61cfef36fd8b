/**
 * The user's priority-tier rule (issue #13): unset = the model card's default (bands of calibrated
 * probability), or 'decile' for the thesis rule (deciles 1–3 / 4–7 / 8–10). Read by the score screen and
 * the batch bridge, which pass it to the workers; the rule itself always comes from the card.
 */
import type { TierRule } from '../core/card/types';
import { TIER_RULES } from '../core/tiers/rule';
import { getSetting, removeSetting, setSetting } from './settings-repo';

const KEY = 'scoring.tierRule';

export async function getTierRule(): Promise<TierRule | undefined> {
  const v = await getSetting<unknown>(KEY, undefined);
  return typeof v === 'string' && (TIER_RULES as readonly string[]).includes(v) ? (v as TierRule) : undefined;
}

export async function setTierRule(rule: TierRule | undefined): Promise<void> {
  if (rule === undefined) return removeSetting(KEY);
  if (!TIER_RULES.includes(rule)) throw new Error(`Unknown tier rule "${String(rule)}"`);
  return setSetting(KEY, rule);
}
