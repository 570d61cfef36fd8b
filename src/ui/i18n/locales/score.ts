/** Strings of the score feature, in English, Russian and Polish. */
export default {
  en: {},
  ru: {},
  pl: {},
};
