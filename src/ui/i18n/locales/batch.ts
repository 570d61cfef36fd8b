/** Strings of the batch feature, in English, Russian and Polish. */
export default {
  en: {},
  ru: {},
  pl: {},
};
