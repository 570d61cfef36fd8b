/** The planner's navigation label (the app shell needs it before the planner's own catalogue loads). */
export default {
  en: { 'nav.planner': 'Planner' },
  ru: { 'nav.planner': 'Планировщик' },
  pl: { 'nav.planner': 'Planer' },
};
