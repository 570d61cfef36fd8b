/** Strings saying how much cluster structure there is (#13), in English, Russian and Polish. */
export default {
  en: {
    'clusters.quality.figure': 'Silhouette {s} with {k} clusters.',
    'clusters.quality.none': 'That is no substantial cluster structure: these leads do not fall into distinct groups, so read the cluster names as rough descriptions of slices of similar leads, not as different kinds of lead.',
    'clusters.quality.weak': 'That is a weak structure that may be artificial: treat the cluster names as rough descriptions.',
    'clusters.quality.reasonable': 'That is a reasonable cluster structure.',
    'clusters.quality.strong': 'That is a strong cluster structure.',
    'clusters.quality.rule': '(Rule of Kaufman & Rousseeuw: 0.25 or less, no substantial structure; up to 0.50 weak; up to 0.70 reasonable; above 0.70 strong.)',
    'clusters.qualified': '{name} (loose group)',
  },
  ru: {
    'clusters.quality.figure': 'Силуэт {s} при {k} кластерах.',
    'clusters.quality.none': 'Это означает отсутствие выраженной кластерной структуры: лиды не делятся на отдельные группы, поэтому названия кластеров — лишь приблизительные описания похожих лидов, а не разные типы лидов.',
    'clusters.quality.weak': 'Это слабая структура, возможно, искусственная: считайте названия кластеров приблизительными описаниями.',
    'clusters.quality.reasonable': 'Это достаточно выраженная кластерная структура.',
    'clusters.quality.strong': 'Это сильная кластерная структура.',
    'clusters.quality.rule': '(Правило Кауфмана и Руссеу: 0,25 и ниже — нет существенной структуры; до 0,50 — слабая; до 0,70 — приемлемая; выше 0,70 — сильная.)',
    'clusters.qualified': '{name} (условная группа)',
  },
  pl: {
    'clusters.quality.figure': 'Sylwetka {s} przy {k} klastrach.',
    'clusters.quality.none': 'To brak istotnej struktury skupień: leady nie dzielą się na odrębne grupy, więc nazwy klastrów czytaj jako przybliżone opisy podobnych leadów, a nie różne rodzaje leadów.',
    'clusters.quality.weak': 'To słaba struktura, być może sztuczna: traktuj nazwy klastrów jako przybliżone opisy.',
    'clusters.quality.reasonable': 'To wyraźna struktura skupień.',
    'clusters.quality.strong': 'To silna struktura skupień.',
    'clusters.quality.rule': '(Reguła Kaufmana i Rousseeuwa: 0,25 lub mniej — brak istotnej struktury; do 0,50 — słaba; do 0,70 — wyraźna; powyżej 0,70 — silna.)',
    'clusters.qualified': '{name} (umowna grupa)',
  },
};
