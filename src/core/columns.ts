/**
 * Maps the headers of a user's CSV to the card's canonical field names, so that files exported
 * from other tools (other casing, spaces, snake_case, Russian or Polish headers) score without
 * manual renaming. Unknown headers are reported (and passed through by callers), never guessed.
 */
import type { ModelCard } from './card/types';

/** Lower-cases, drops diacritics (ł→l, ё→е) and removes whitespace, '_', '-', '.', so "Time_On-Site" = "timeonsite". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ё/g, 'е')
    .replace(/[\s_\-.:/()]+/g, '');
}

/** Extra spellings per canonical field (en/ru/pl); the canonical name itself always matches. */
export const SYNONYMS: Record<string, string[]> = {
  CustomerID: ['customer id', 'customer_id', 'id', 'client id', 'lead id', 'ID клиента', 'ID', 'идентификатор', 'клиент', 'ID klienta', 'identyfikator', 'klient'],
  Age: ['age', 'Возраст', 'Wiek'],
  Gender: ['gender', 'sex', 'Пол', 'Płeć'],
  Income: ['income', 'annual income', 'Доход', 'Годовой доход', 'Dochód', 'Dochód roczny'],
  CampaignChannel: ['campaign channel', 'channel', 'Канал кампании', 'Канал', 'Kanał kampanii', 'Kanał'],
  CampaignType: ['campaign type', 'Тип кампании', 'Typ kampanii'],
  AdSpend: ['ad spend', 'advertising spend', 'Расходы на рекламу', 'Рекламный бюджет', 'Wydatki na reklamę', 'Budżet reklamowy'],
  ClickThroughRate: ['click through rate', 'ctr', 'CTR', 'Кликабельность', 'Коэффициент кликабельности', 'Współczynnik klikalności'],
  ConversionRate: ['conversion rate', 'Коэффициент конверсии', 'Współczynnik konwersji'],
  WebsiteVisits: ['website visits', 'visits', 'Посещения сайта', 'Визиты', 'Wizyty na stronie', 'Odwiedziny strony'],
  PagesPerVisit: ['pages per visit', 'Страниц за визит', 'Страниц за посещение', 'Stron na wizytę', 'Strony na wizytę'],
  TimeOnSite: ['time on site', 'Время на сайте', 'Czas na stronie'],
  SocialShares: ['social shares', 'shares', 'Репосты', 'Поделились в соцсетях', 'Udostępnienia', 'Udostępnienia społecznościowe'],
  EmailOpens: ['email opens', 'Открытия писем', 'Открытия email', 'Otwarcia e-maili', 'Otwarcia maili'],
  EmailClicks: ['email clicks', 'Клики в письмах', 'Клики по email', 'Kliknięcia w e-mailach', 'Kliknięcia maili'],
  PreviousPurchases: ['previous purchases', 'Предыдущие покупки', 'Прошлые покупки', 'Poprzednie zakupy', 'Wcześniejsze zakupy'],
  LoyaltyPoints: ['loyalty points', 'Баллы лояльности', 'Бонусные баллы', 'Punkty lojalnościowe'],
  AdvertisingPlatform: ['advertising platform', 'Рекламная платформа', 'Platforma reklamowa'],
  AdvertisingTool: ['advertising tool', 'Рекламный инструмент', 'Narzędzie reklamowe'],
  Conversion: ['conversion', 'converted', 'target', 'Конверсия', 'Konwersja'],
};

export interface ColumnMatch {
  /** Canonical field (incl. the target when present) → index of the header that supplies it. */
  mapping: Record<string, number>;
  /** Headers that matched no field (callers pass them through untouched). */
  unmapped: string[];
  missingRequired: string[];
  missingOptional: string[];
}

/** Matches headers to card.fields and card.target; the first header wins if two map to the same field. */
export function matchColumns(headers: readonly string[], card: ModelCard): ColumnMatch {
  const lookup = new Map<string, string>();
  const targets = [...card.fields.map((f) => f.name), card.target];
  // Canonical names first so they beat any synonym of another field.
  for (const name of targets) lookup.set(normalizeHeader(name), name);
  for (const name of targets) {
    for (const syn of SYNONYMS[name] ?? []) {
      const key = normalizeHeader(syn);
      if (!lookup.has(key)) lookup.set(key, name);
    }
  }
  const mapping: Record<string, number> = {};
  const unmapped: string[] = [];
  headers.forEach((h, i) => {
    const field = lookup.get(normalizeHeader(h));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = i;
    else unmapped.push(h);
  });
  const missingRequired: string[] = [];
  const missingOptional: string[] = [];
  for (const f of card.fields) {
    if (mapping[f.name] !== undefined) continue;
    (f.required ? missingRequired : missingOptional).push(f.name);
  }
  return { mapping, unmapped, missingRequired, missingOptional };
}
