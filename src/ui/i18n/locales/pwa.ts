/** Strings of the pwa feature, in English, Russian and Polish. */
export default {
  en: {},
  ru: {},
  pl: {},
};
